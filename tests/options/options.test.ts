// @vitest-environment jsdom
/** The options page in jsdom with storage mocked: renders, writes settings and follows storage changes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, unknown>, areaName: string) => void;

const mock = vi.hoisted(() => ({
  stored: {} as Record<string, unknown>,
  listeners: [] as Listener[],
}));

vi.mock('webextension-polyfill', () => {
  const area = {
    get: (keys: string[]) =>
      Promise.resolve(Object.fromEntries(keys.filter((k) => k in mock.stored).map((k) => [k, mock.stored[k]]))),
    set: (items: Record<string, unknown>) => {
      Object.assign(mock.stored, structuredClone(items));
      for (const listener of mock.listeners) listener(items, 'sync');
      return Promise.resolve();
    },
  };
  return {
    default: {
      storage: {
        sync: area,
        local: area,
        onChanged: {
          addListener: (listener: Listener) => mock.listeners.push(listener),
          removeListener: () => undefined,
        },
      },
    },
  };
});

const root = document.documentElement;
const sites = (): string[] => Array.from(document.querySelectorAll<HTMLElement>('li[data-site]'), (li) => li.dataset.site ?? '');

beforeAll(async () => {
  const html = readFileSync(join(__dirname, '..', '..', 'src/options/options.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  mock.stored = { defaultEnabled: false, sites: { 'b.example': true, 'a.example': false } };
  await import('../../src/options/options');
  await vi.waitFor(() => expect(root.dataset.ready).toBe('1'));
});

describe('options page', () => {
  it('renders the default switch and the sorted site list', () => {
    expect(document.querySelector<HTMLInputElement>('#qr-default-switch')?.checked).toBe(false);
    expect(sites()).toEqual(['a.example', 'b.example']);
  });

  it('writes the default and per-site switches', async () => {
    document.querySelector<HTMLInputElement>('#qr-default-switch')?.click();
    await vi.waitFor(() => expect(mock.stored.defaultEnabled).toBe(true));
    document.querySelector<HTMLInputElement>('li[data-site="a.example"] input')?.click();
    await vi.waitFor(() => expect(mock.stored.sites).toEqual({ 'a.example': true, 'b.example': true }));
  });

  it('follows changes made elsewhere', async () => {
    mock.stored.sites = { 'c.example': false };
    for (const listener of mock.listeners) listener({ sites: { newValue: mock.stored.sites } }, 'local');
    await vi.waitFor(() => expect(sites()).toEqual(['c.example']));
  });

  it('removes a site, moves focus sensibly and shows the empty state', async () => {
    const remove = document.querySelector<HTMLButtonElement>('li[data-site="c.example"] .qr-remove')!;
    remove.focus();
    remove.click();
    await vi.waitFor(() => expect(document.querySelector('.qr-empty')?.textContent).toBe('No site settings yet'));
    expect(mock.stored.sites).toEqual({});
    expect(document.activeElement?.id).toBe('qr-sites-heading');
  });
});
