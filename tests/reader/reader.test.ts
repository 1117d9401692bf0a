// @vitest-environment jsdom
/**
 * The reader page in jsdom with the extension APIs mocked: the real reader.html is loaded,
 * reader.ts runs, and the article, the remembered look, the keys and the exports are checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState, Request } from '../../src/shared/messages';
import { fixture } from '../helpers/fixtures';

const READER_HTML = readFileSync(join(import.meta.dirname, '../../src/reader/reader.html'), 'utf8');
const PAGE_URL = 'https://news.example.co.il/city/2024/05/bike-lanes';

const mock = vi.hoisted(() => ({
  stored: {} as Record<string, unknown>,
  removed: [] as number[],
  created: [] as string[],
}));

vi.mock('webextension-polyfill', () => {
  const area = {
    get: (keys: string[]) => Promise.resolve(Object.fromEntries(keys.filter((k) => k in mock.stored).map((k) => [k, mock.stored[k]]))),
    set: (items: Record<string, unknown>) => Promise.resolve(void Object.assign(mock.stored, items)),
  };
  const state: PageState = {
    url: PAGE_URL, site: 'news.example.co.il', isArticle: true, reasons: [], enabled: true,
    hidden: [{ id: 1, kind: 'related', text: 'כתבות נוספות' }], timings: { detect: 1, classifyHide: 1, cleanRuns: 1 }, gaveUp: null, error: null,
  };
  return {
    default: {
      tabs: {
        query: () => Promise.resolve([{ id: 7 }]),
        get: () => Promise.resolve({ id: 7 }),
        getCurrent: () => Promise.resolve({ id: 99 }),
        remove: (id: number) => Promise.resolve(void mock.removed.push(id)),
        sendMessage: (_tabId: number, request: Request) =>
          Promise.resolve(request.type === 'qr:getPageState' ? state : request.type === 'qr:getSnapshot' ? { url: PAGE_URL, html: fixture('hebrew-rtl.html') } : true),
      },
      storage: { sync: area, local: area, onChanged: { addListener: () => undefined, removeListener: () => undefined } },
    },
  };
});

async function openReader(): Promise<HTMLElement> {
  const parsed = new DOMParser().parseFromString(READER_HTML, 'text/html');
  document.documentElement.className = parsed.documentElement.className;
  document.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  window.history.replaceState(null, '', '/reader.html?tab=7');
  vi.resetModules();
  await import('../../src/reader/reader');
  const root = document.documentElement;
  await vi.waitFor(() => expect(root.dataset.state).toBe('article'), { timeout: 10_000 });
  return root;
}

const press = (key: string): void => void document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

beforeEach(() => {
  mock.stored = { theme: 'dark', fontSize: 22 };
  mock.removed = [];
  delete document.documentElement.dataset.state;
});

describe('reader', () => {
  it('renders the Hebrew article right to left, with its source link and the hidden list', async () => {
    await openReader();
    const article = document.querySelector<HTMLElement>('article.qr-article')!;
    expect(article.dir).toBe('rtl');
    expect(article.lang).toBe('he');
    expect(document.title).toBe('העירייה מרחיבה את שבילי האופניים במרכז העיר');
    expect(article.querySelector<HTMLAnchorElement>('.qr-source a')?.href).toBe(PAGE_URL);
    expect(document.querySelector('#qr-hidden .qr-hidden-item')?.textContent).toContain('כתבות נוספות');
    expect(document.getElementById('qr-actions')?.hidden).toBe(false);
  });

  it('applies the remembered look, labels every control, and remembers changes', async () => {
    const root = await openReader();
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--qr-font-size')).toBe('22px');
    const controls = Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#qr-toolbar input, #qr-toolbar select'));
    expect(controls.length).toBe(6);
    for (const control of controls) expect(control.labels?.[0]?.textContent?.trim(), control.id).toBeTruthy();
    expect((document.getElementById('qr-theme') as HTMLSelectElement).value).toBe('dark');

    const font = document.getElementById('qr-font') as HTMLSelectElement;
    font.value = 'sans';
    font.dispatchEvent(new Event('change'));
    expect(root.dataset.font).toBe('sans');
    await vi.waitFor(() => expect(mock.stored.font).toBe('sans'));
  });

  it('+ and − change the size, T the theme, Esc closes the tab', async () => {
    const root = await openReader();
    press('+');
    expect(root.style.getPropertyValue('--qr-font-size')).toBe('23px');
    press('-');
    press('-');
    expect(mock.stored.fontSize).toBe(21);
    press('t');
    expect(root.dataset.theme).toBe('system');
    expect(mock.stored.theme).toBe('system');
    press('Escape');
    // Every reader loaded in this file's one jsdom document still listens, so each closes tab 99.
    await vi.waitFor(() => expect(new Set(mock.removed)).toEqual(new Set([99])));
  });

  it('copies Markdown with front matter and text, and saves an HTML file', async () => {
    await openReader();
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    document.getElementById('qr-copy-markdown')!.click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]![0]).toMatch(new RegExp(`^---\\ntitle: "העירייה[^\\n]*\\nauthor: "דנה לוי"\\ndate: "2024-05-14T09:30:00\\+03:00"\\nsource: "${PAGE_URL}"\\n---\\n`));
    document.getElementById('qr-copy-text')!.click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect(writeText.mock.calls[1]![0]).toContain('העירייה הודיעה היום');

    const createObjectURL = vi.fn((_blob: Blob) => 'blob:qr-test');
    Object.assign(URL, { createObjectURL, revokeObjectURL: () => undefined });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    document.getElementById('qr-save-html')!.click();
    expect(clicked[0]?.download).toBe('העירייה-מרחיבה-את-שבילי-האופניים-במרכז-העיר.html');
    const saved = await createObjectURL.mock.calls[0]![0].text();
    expect(saved).toMatch(/^<!doctype html>\n<html lang="he" dir="rtl">/);
  });
});
