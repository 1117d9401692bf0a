// @vitest-environment jsdom
/** The options page's rules, export / import and failed-save handling, in jsdom with storage mocked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportSettings, type Settings } from '../../src/shared/settings';

type Listener = (changes: Record<string, unknown>, areaName: string) => void;

const mock = vi.hoisted(() => ({
  stored: {} as Record<string, unknown>,
  listeners: [] as Listener[],
  /** When set, the next writes reject with this (like a storage.sync quota error). */
  failWith: null as Error | null,
  writes: 0,
}));

vi.mock('webextension-polyfill', () => {
  const area = {
    get: (keys: string[]) =>
      Promise.resolve(structuredClone(Object.fromEntries(keys.filter((k) => k in mock.stored).map((k) => [k, mock.stored[k]])))),
    set: (items: Record<string, unknown>) => {
      if (mock.failWith) return Promise.reject(mock.failWith);
      mock.writes += 1;
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

const $ = <T extends Element>(selector: string): T => {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`no ${selector}`);
  return node;
};
const ruleInput = (): HTMLInputElement => $('#qr-rule-input');
const kindSelect = (): HTMLSelectElement => $('#qr-rule-kind');
const ruleError = (): HTMLElement => $('#qr-rule-error');
const transferError = (): HTMLElement => $('#qr-transfer-error');
const transferStatus = (): HTMLElement => $('#qr-transfer-status');

/** The rendered rule list as { group heading: rule lines }. */
function renderedRules(): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const heading of document.querySelectorAll<HTMLElement>('#qr-rules h3')) {
    const list = heading.nextElementSibling;
    groups[heading.textContent ?? ''] = Array.from(list?.querySelectorAll<HTMLElement>('li[data-rule]') ?? [], (li) => li.dataset.rule ?? '');
  }
  return groups;
}

function addRule(line: string, kind?: string): void {
  ruleInput().value = line;
  ruleInput().dispatchEvent(new Event('input', { bubbles: true }));
  if (kind !== undefined) kindSelect().value = kind;
  $<HTMLButtonElement>('#qr-rule-add').click();
}

function chooseFile(contents: string, name = 'settings.json'): void {
  const input = $<HTMLInputElement>('#qr-import-file');
  const file = new File([contents], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const START: Settings = { defaultEnabled: true, sites: { 'keep.example': false }, rules: ['##.existing ! other'] };

beforeAll(async () => {
  const html = readFileSync(join(__dirname, '..', '..', 'src/options/options.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  mock.stored = { ...structuredClone(START) };
  await import('../../src/options/options');
  await vi.waitFor(() => expect(document.documentElement.dataset.ready).toBe('1'));
});

beforeEach(() => {
  mock.failWith = null;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('options page: your rules', () => {
  it('labels the rule input and the kind select, and links the error to the input', () => {
    expect(ruleInput().labels?.[0]?.textContent).toBe('Rule');
    expect(kindSelect().labels?.[0]?.textContent).toBe('Hides');
    expect(ruleInput().getAttribute('aria-describedby')?.split(' ')).toContain('qr-rule-error');
    expect(ruleError().getAttribute('role')).toBe('alert');
    expect(Array.from(kindSelect().options, (o) => o.value)).toEqual([
      'related', 'promo', 'donation', 'newsletter', 'share', 'ad', 'overlay', 'other',
    ]);
    expect(kindSelect().value).toBe('other');
    expect(renderedRules()).toEqual({ 'All sites': ['##.existing ! other'] });
  });

  it('adds a valid rule with the chosen kind and groups it by site', async () => {
    addRule('example.com##.promo', 'promo');
    await vi.waitFor(() => expect(mock.stored.rules).toEqual(['##.existing ! other', 'example.com##.promo ! promo']));
    await vi.waitFor(() =>
      expect(renderedRules()).toEqual({ 'All sites': ['##.existing ! other'], 'example.com': ['example.com##.promo ! promo'] }),
    );
    expect(ruleInput().value).toBe('');
    expect(kindSelect().value).toBe('other');
    expect(ruleError().textContent).toBe('');
  });

  it('keeps a kind the line already names and defaults to "other"', async () => {
    addRule('##.box:has-text(Sale) ! ad', 'promo');
    addRule('a.org,b.org##aside', 'other');
    await vi.waitFor(() =>
      expect(mock.stored.rules).toEqual([
        '##.existing ! other', 'example.com##.promo ! promo', '##.box:has-text(Sale) ! ad', 'a.org,b.org##aside ! other',
      ]),
    );
    await vi.waitFor(() => expect(Object.keys(renderedRules())).toEqual(['All sites', 'a.org, b.org', 'example.com']));
  });

  it.each([
    ['##.a[', /^This rule isn't valid: bad selector "\.a\["\.$/],
    ['example.com', /not an element-hiding rule/],
    ['##.a ! sidebar', /unknown kind "sidebar"/],
    ['   ', /^Type a rule first/],
    ['example.com##.promo ! promo', /^That rule is already in your list\.$/],
  ])('rejects %j inline and saves nothing', async (line, error) => {
    const before = structuredClone(mock.stored);
    const writes = mock.writes;
    addRule(line);
    await vi.waitFor(() => expect(ruleError().textContent).toMatch(error));
    expect(ruleInput().getAttribute('aria-invalid')).toBe('true');
    expect(ruleInput().value).toBe(line);
    expect(document.activeElement).toBe(ruleInput());
    expect(mock.writes).toBe(writes);
    expect(mock.stored).toEqual(before);
    // Typing again clears the error.
    ruleInput().dispatchEvent(new Event('input', { bubbles: true }));
    expect(ruleError().textContent).toBe('');
    expect(ruleInput().hasAttribute('aria-invalid')).toBe(false);
  });

  it('removes a rule and moves focus to the next Remove button', async () => {
    const remove = $<HTMLButtonElement>('li[data-rule="##.box:has-text(Sale) ! ad"] .qr-remove');
    expect(remove.getAttribute('aria-label')).toBe('Remove rule ##.box:has-text(Sale) ! ad');
    remove.focus();
    remove.click();
    await vi.waitFor(() => expect(mock.stored.rules).toEqual(['##.existing ! other', 'example.com##.promo ! promo', 'a.org,b.org##aside ! other']));
    await vi.waitFor(() => expect((document.activeElement as HTMLElement | null)?.closest('li')?.dataset.rule).toBe('a.org,b.org##aside ! other'));
  });

  it('shows the quota message when a write is refused and keeps the stored list', async () => {
    mock.failWith = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const before = structuredClone(mock.stored);
    addRule('##.one-too-many');
    await vi.waitFor(() =>
      expect(ruleError().textContent).toBe(
        "Couldn't save: your settings are larger than the browser's sync storage allows (QUOTA_BYTES_PER_ITEM quota exceeded). Remove some rules or sites and try again.",
      ),
    );
    expect(ruleInput().value).toBe('##.one-too-many');
    expect(mock.stored).toEqual(before);
    expect(Object.values(renderedRules()).flat()).not.toContain('##.one-too-many ! other');
  });

  it('puts the default switch back to the stored state when its write fails', async () => {
    mock.failWith = new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.');
    const toggle = $<HTMLInputElement>('#qr-default-switch');
    expect(toggle.checked).toBe(true);
    toggle.click();
    await vi.waitFor(() => expect($('#qr-save-error').textContent).toMatch(/^Couldn't save: your settings are larger than the browser's sync storage allows \(QuotaExceededError/));
    await vi.waitFor(() => expect(toggle.checked).toBe(true));
    expect(mock.stored.defaultEnabled).toBe(true);
    mock.failWith = null;
    toggle.click();
    await vi.waitFor(() => expect(mock.stored.defaultEnabled).toBe(false));
    await vi.waitFor(() => expect($('#qr-save-error').textContent).toBe(''));
    toggle.click();
    await vi.waitFor(() => expect(mock.stored.defaultEnabled).toBe(true));
  });

  it('pre-checks the sync item size before writing', async () => {
    const writes = mock.writes;
    mock.stored.rules = Array.from({ length: 180 }, (_, i) => `example.com##.a-fairly-long-class-name-${i} ! promo`);
    for (const listener of mock.listeners) listener({ rules: {} }, 'sync');
    await vi.waitFor(() => expect(renderedRules()['example.com']).toHaveLength(180));
    addRule('##.more');
    await vi.waitFor(() => expect(ruleError().textContent).toMatch(/larger than the browser's sync storage allows \("rules" would take [\d,]+ bytes; sync storage allows 8,192 bytes per setting\)/));
    expect(mock.writes).toBe(writes);
    mock.stored.rules = ['##.existing ! other', 'example.com##.promo ! promo'];
    for (const listener of mock.listeners) listener({ rules: {} }, 'sync');
    await vi.waitFor(() => expect(renderedRules()['example.com']).toHaveLength(1));
  });
});

describe('options page: export and import', () => {
  it('exports the stored settings as quiet-reader-settings.json and revokes the URL', async () => {
    let blob: Blob | null = null;
    const create = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:quiet-reader/1';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    $<HTMLButtonElement>('#qr-export').click();
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('quiet-reader-settings.json');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:quiet-reader/1');
    expect(clicked[0]!.isConnected).toBe(false);
    expect(blob).not.toBeNull();
    const text = await blob!.text();
    expect(blob!.type).toBe('application/json');
    expect(text).toBe(exportSettings(mock.stored as unknown as Settings));
    expect(JSON.parse(text)).toMatchObject({ format: 'quiet-reader-settings', version: 1, sites: { 'keep.example': false } });
    expect(transferStatus().textContent).toBe('Settings exported to quiet-reader-settings.json');
    await vi.waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:quiet-reader/1'), { timeout: 3000 });
  });

  it('opens the file picker from the Import button', () => {
    const click = vi.spyOn($<HTMLInputElement>('#qr-import-file'), 'click').mockImplementation(() => undefined);
    $<HTMLButtonElement>('#qr-import').click();
    expect(click).toHaveBeenCalledOnce();
    expect($<HTMLInputElement>('#qr-import-file').accept).toContain('.json');
  });

  const good = {
    format: 'quiet-reader-settings', version: 1, defaultEnabled: false,
    sites: { 'a.example': true, 'b.example': false }, rules: ['news.example##.promo ! promo'],
  };

  it.each<[string, string, RegExp]>([
    ['not JSON', '{ nope', /^Couldn't import: not JSON: /],
    ['another format', JSON.stringify({ ...good, format: 'other' }), /^Couldn't import: not a Quiet Reader settings file/],
    ['a newer version', JSON.stringify({ ...good, version: 3 }), /newer Quiet Reader \(settings version 3/],
    ['a bad host', JSON.stringify({ ...good, sites: { 'no way': true } }), /"sites" has an entry "no way" that is not a host name/],
    ['a bad rule', JSON.stringify({ ...good, rules: ['##.fine', 'x.com##a[[', '##.b['] }), /^Couldn't import: rule 2 “x\.com##a\[\[” isn't valid: bad selector "a\[\["$/],
    ['a too-large file', `{"x":"${'a'.repeat(1024 * 1024)}"}`, /^Couldn't import: the file is too large \(1\.0 MB/],
  ])('refuses a file with %s, says why and changes nothing', async (_name, contents, error) => {
    const before = structuredClone(mock.stored);
    const writes = mock.writes;
    transferStatus().textContent = 'old status';
    chooseFile(contents);
    await vi.waitFor(() => expect(transferError().textContent).toMatch(error));
    expect(transferError().getAttribute('role')).toBe('alert');
    expect(transferStatus().textContent).toBe('');
    expect(mock.writes).toBe(writes);
    expect(mock.stored).toEqual(before);
    expect($<HTMLInputElement>('#qr-import-file').value).toBe('');
  });

  it('refuses an import the sync quota would not take and keeps the stored state', async () => {
    const before = structuredClone(mock.stored);
    mock.failWith = new Error('QUOTA_BYTES quota exceeded');
    chooseFile(JSON.stringify(good));
    await vi.waitFor(() => expect(transferError().textContent).toMatch(/^Couldn't save: your settings are larger than the browser's sync storage allows \(QUOTA_BYTES quota exceeded\)/));
    expect(mock.stored).toEqual(before);
  });

  it('applies a good file and reports what it imported', async () => {
    chooseFile(JSON.stringify(good));
    await vi.waitFor(() => expect(transferStatus().textContent).toBe('Imported 2 sites and 1 rule'));
    expect(transferError().textContent).toBe('');
    const { format: _f, version: _v, ...settings } = good;
    expect(mock.stored).toEqual(settings);
    await vi.waitFor(() => expect(renderedRules()).toEqual({ 'news.example': ['news.example##.promo ! promo'] }));
    expect(Array.from(document.querySelectorAll<HTMLElement>('li[data-site]'), (li) => li.dataset.site)).toEqual(['a.example', 'b.example']);
    expect($<HTMLInputElement>('#qr-default-switch').checked).toBe(false);
  });

  it('round-trips: an exported file imports back to the same settings', async () => {
    const exported = exportSettings(mock.stored as unknown as Settings);
    mock.stored = { defaultEnabled: true, sites: {}, rules: [] };
    chooseFile(exported);
    await vi.waitFor(() => expect(transferStatus().textContent).toBe('Imported 2 sites and 1 rule'));
    expect(exportSettings(mock.stored as unknown as Settings)).toBe(exported);
  });
});
