// @vitest-environment jsdom
/**
 * The popup flow end to end in jsdom, with the extension APIs mocked: the real popup.html is
 * loaded, popup.ts runs, and the states tests read from <html data-state> are checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState, Request } from '../../src/shared/messages';

const ROOT = join(__dirname, '..', '..');
const POPUP_HTML = readFileSync(join(ROOT, 'src/popup/popup.html'), 'utf8');

type Listener = (changes: Record<string, unknown>, areaName: string) => void;

const mock = vi.hoisted(() => ({
  answer: (_request: Request): Promise<unknown> => Promise.reject(new Error('Receiving end does not exist.')),
  tabUrl: undefined as string | undefined,
  stored: {} as Record<string, unknown>,
  listeners: [] as Listener[],
  created: [] as { url: string; openerTabId: number }[],
}));

vi.mock('webextension-polyfill', () => {
  const area = {
    get: (keys: string[]) =>
      Promise.resolve(Object.fromEntries(keys.filter((k) => k in mock.stored).map((k) => [k, mock.stored[k]]))),
    set: (items: Record<string, unknown>) => {
      Object.assign(mock.stored, items);
      for (const listener of mock.listeners) {
        listener(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'sync');
      }
      return Promise.resolve();
    },
  };
  return {
    default: {
      tabs: {
        query: () => Promise.resolve([{ id: 7 }]),
        get: () => Promise.resolve({ id: 7, url: mock.tabUrl }),
        sendMessage: (_tabId: number, request: Request) => mock.answer(request),
        create: (properties: { url: string; openerTabId: number }) => Promise.resolve(void mock.created.push(properties)),
      },
      runtime: { getURL: (path: string) => `chrome-extension://qr/${path}` },
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

function pageState(overrides: Partial<PageState> = {}): PageState {
  return {
    url: 'https://www.jpost.com/middle-east/iran-us-pullout-key-to-iraq-stability',
    site: 'jpost.com',
    isArticle: true,
    reasons: ['json-ld NewsArticle'],
    enabled: true,
    hidden: [{ id: 3, kind: 'donation', text: 'Dear Reader, as you can imagine…' }],
    timings: { detect: 1, classifyHide: 2, cleanRuns: 1 },
    gaveUp: null,
    error: null,
    ...overrides,
  };
}

async function runPopup(search = ''): Promise<HTMLElement> {
  const parsed = new DOMParser().parseFromString(POPUP_HTML, 'text/html');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  window.history.replaceState(null, '', `/popup.html${search}`);
  vi.resetModules();
  await import('../../src/popup/popup');
  const root = document.documentElement;
  await vi.waitFor(() => expect(root.dataset.state).toBeDefined(), { timeout: 5000 });
  return root;
}

beforeEach(() => {
  mock.stored = {};
  mock.listeners = [];
  mock.tabUrl = undefined;
  mock.created = [];
  delete document.documentElement.dataset.state;
  delete document.documentElement.dataset.paintedMs;
  document.documentElement.className = '';
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('says it cannot read a page without a content script', async () => {
    mock.tabUrl = 'chrome://extensions/';
    const root = await runPopup();
    expect(root.dataset.state).toBe('unreachable');
    expect(Number(root.dataset.paintedMs)).toBeGreaterThan(0);
    expect(document.querySelector('h1')?.textContent).toBe("Quiet Reader can't read this page");
    expect(document.querySelector('.qr-why')?.textContent).toBe("Browsers don't let extensions run on their own pages.");
  });

  it('says when a page is not an article, with reasons collapsed', async () => {
    // The content script answers the snapshot request with null off articles.
    mock.answer = (request) =>
      Promise.resolve(request.type === 'qr:getPageState' ? pageState({ isArticle: false, reasons: ['no json-ld'], hidden: [] }) : null);
    const root = await runPopup();
    expect(root.dataset.state).toBe('not-article');
    expect(document.querySelector('h1')?.textContent).toBe("This doesn't look like an article");
    expect(document.querySelector('details.qr-reasons li')?.textContent).toBe('no json-ld');
    expect(document.querySelector<HTMLButtonElement>('#qr-open-reader')?.hidden).toBe(true);
    expect(document.querySelector<HTMLInputElement>('#qr-site-switch')?.checked).toBe(true);
  });

  it('says when the page was too large to look at', async () => {
    const gaveUp = { reason: 'elements', measured: 100_001, limit: 50_000 } as const;
    mock.answer = (request) =>
      Promise.resolve(request.type === 'qr:getPageState' ? pageState({ isArticle: false, hidden: [], gaveUp }) : undefined);
    const root = await runPopup();
    expect(root.dataset.state).toBe('gave-up');
    expect(document.querySelector('h1')?.textContent).toBe('This page is too large to clean up');
    expect(document.querySelector('.qr-why')?.textContent).toMatch(/100,001 elements.*more than 50,000/);
  });

  it('notes when cleaning an article stopped following the page for taking too long', async () => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/jpost-seed.html'), 'utf8');
    const gaveUp = { reason: 'time', measured: 1500, limit: 1000 } as const;
    mock.answer = (request) => {
      if (request.type === 'qr:getPageState') return Promise.resolve(pageState({ gaveUp }));
      return Promise.resolve(request.type === 'qr:getSnapshot' ? { url: pageState().url, html } : true);
    };
    const root = await runPopup();
    expect(root.dataset.state).toBe('article');
    expect(document.querySelector('#qr-hidden .qr-note')?.textContent).toMatch(/took 1,500 ms \(more than 1,000 ms\)/);
  });

  it('asks for the snapshot without waiting for the page state', async () => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/jpost-seed.html'), 'utf8');
    const sent: Request['type'][] = [];
    let answerState: (state: PageState) => void = () => undefined;
    mock.answer = (request) => {
      sent.push(request.type);
      if (request.type === 'qr:getPageState') return new Promise((resolve) => (answerState = resolve));
      return Promise.resolve(request.type === 'qr:getSnapshot' ? { url: pageState().url, html } : true);
    };
    const popup = runPopup();
    await vi.waitFor(() => expect(sent).toEqual(['qr:getPageState', 'qr:getSnapshot']));
    answerState(pageState());
    expect((await popup).dataset.state).toBe('article');
  });

  it('shows an error rather than a blank popup on a bad answer', async () => {
    mock.answer = () => Promise.resolve({ nonsense: true });
    const root = await runPopup();
    expect(root.dataset.state).toBe('error');
    expect(document.querySelector('h1')?.textContent).toBe('Something went wrong');
  });

  it('renders the extracted article, the switch and the hidden list; uses ?tab=', async () => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/jpost-seed.html'), 'utf8');
    const sent: [Request][] = [];
    mock.stored = { sites: { 'jpost.com': false } };
    mock.answer = (request) => {
      sent.push([request]);
      if (request.type === 'qr:getPageState') return Promise.resolve(pageState({ enabled: false }));
      if (request.type === 'qr:getSnapshot') return Promise.resolve({ url: pageState().url, html });
      return Promise.resolve(true);
    };
    const root = await runPopup('?tab=12');
    expect(root.dataset.state).toBe('article');
    expect(root.classList.contains('qr-in-tab')).toBe(true);
    const article = document.querySelector('article.qr-article')!;
    expect(article.querySelector('h1')?.textContent).toMatch(/Iran/);
    expect(article.querySelector('.qr-body')?.textContent?.length).toBeGreaterThan(200);
    expect(article.textContent).not.toMatch(/Dear Reader/);

    const toggle = document.querySelector<HTMLInputElement>('#qr-site-switch')!;
    expect(document.querySelector('#qr-site-toggle')?.hasAttribute('hidden')).toBe(false);
    expect(toggle.labels?.[0]?.textContent).toBe('Clean up on jpost.com');
    expect(toggle.checked).toBe(false);
    toggle.click();
    await vi.waitFor(() => expect(mock.stored.sites).toEqual({ 'jpost.com': true }));

    const show = document.querySelector<HTMLButtonElement>('#qr-hidden button.qr-show')!;
    show.click();
    await vi.waitFor(() => expect(sent.some(([r]) => r.type === 'qr:reveal' && r.id === 3)).toBe(true));

    const openReader = document.querySelector<HTMLButtonElement>('#qr-open-reader')!;
    expect(openReader.hidden).toBe(false);
    expect(openReader.textContent).toBe('Open in reader');
    openReader.click();
    await vi.waitFor(() => expect(mock.created).toEqual([{ url: 'chrome-extension://qr/reader.html?tab=12', openerTabId: 12 }]));
  });

  it('"Not clutter" stores the exception rule made from a snapshot taken at the click', async () => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/jpost-seed.html'), 'utf8');
    const url = pageState().url;
    // The page hid the block again under a new id after the popup's first snapshot.
    const later = '<html><body><p>Story</p><aside class="donate-box" data-quiet-reader-hidden="3">Dear Reader</aside></body></html>';
    let snapshots = 0;
    mock.answer = (request) => {
      if (request.type === 'qr:getPageState') return Promise.resolve(pageState());
      if (request.type === 'qr:getSnapshot') return Promise.resolve({ url, html: snapshots++ === 0 ? html : later });
      return Promise.resolve(true);
    };
    expect((await runPopup()).dataset.state).toBe('article');
    document.querySelector<HTMLButtonElement>('#qr-hidden button.qr-keep')!.click();
    await vi.waitFor(() => expect(mock.stored.rules).toEqual(['jpost.com#@#aside.donate-box']));
    expect(snapshots).toBe(2);
  });

  it('"Not clutter" stores nothing when the block is no longer hidden in the page', async () => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/jpost-seed.html'), 'utf8');
    let snapshots = 0;
    mock.answer = (request) => {
      if (request.type === 'qr:getPageState') return Promise.resolve(pageState());
      if (request.type === 'qr:getSnapshot') return Promise.resolve({ url: pageState().url, html: snapshots++ === 0 ? html : '<p>gone</p>' });
      return Promise.resolve(true);
    };
    expect((await runPopup()).dataset.state).toBe('article');
    const keep = document.querySelector<HTMLButtonElement>('#qr-hidden button.qr-keep')!;
    keep.click();
    await vi.waitFor(() => expect(snapshots).toBe(2));
    await vi.waitFor(() => expect(keep.disabled).toBe(false));
    expect(mock.stored.rules).toBeUndefined();
  });
});
