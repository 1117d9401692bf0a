import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, MAX_RULES, MAX_RULE_LENGTH, QUOTA_BYTES_PER_ITEM, QuotaError, RuleLimitError, SETTINGS_KEYS,
  addRule, checkQuota, exportSettings, forgetSite, importSettings, isEnabledFor, isQuotaError, itemBytes,
  loadSettings, parseSettings, parseSettingsFile, removeRule, setDefaultEnabled, setSiteEnabled, siteKey,
  type Settings, type StorageAreaLike,
} from '../../src/shared/settings';

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown>; writes: number } {
  const data = { ...initial };
  const area = {
    data,
    writes: 0,
    async get(keys: string[]) {
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(items: Record<string, unknown>) {
      area.writes += 1;
      Object.assign(data, structuredClone(items));
    },
  };
  return area;
}

const EMPTY: Settings = { defaultEnabled: true, sites: {}, rules: [] };

describe('settings', () => {
  it('defaults to cleaning up every site, with no rules', async () => {
    const settings = await loadSettings(memoryArea());
    expect(settings).toEqual(EMPTY);
    expect(isEnabledFor(settings, 'jpost.com')).toBe(true);
    expect(isEnabledFor(settings, null)).toBe(false);
  });

  it('watches every settings key, rules included', () => {
    expect([...SETTINGS_KEYS].sort()).toEqual(['defaultEnabled', 'rules', 'sites']);
  });

  it('keeps a per-site override over the default', async () => {
    const area = memoryArea();
    await setSiteEnabled(area, 'jpost.com', false);
    let settings = await setDefaultEnabled(area, false);
    expect(isEnabledFor(settings, 'jpost.com')).toBe(false);
    expect(isEnabledFor(settings, 'example.org')).toBe(false);
    await setSiteEnabled(area, 'example.org', true);
    settings = await loadSettings(area);
    expect(isEnabledFor(settings, 'example.org')).toBe(true);
    settings = await forgetSite(area, 'jpost.com');
    expect(settings.sites).toEqual({ 'example.org': true });
  });

  it('falls back per key on corrupt values and keeps the good ones', () => {
    expect(parseSettings({ defaultEnabled: 'yes', sites: { 'jpost.com': false } })).toEqual({ defaultEnabled: true, sites: { 'jpost.com': false }, rules: [] });
    expect(parseSettings({ defaultEnabled: false, sites: [1, 2] })).toEqual({ defaultEnabled: false, sites: {}, rules: [] });
    expect(parseSettings({ sites: { 'ok.com': true, 'bad host!': true, 'x.com': 'no' } }).sites).toEqual({ 'ok.com': true });
    expect(parseSettings({ defaultEnabled: null, sites: null, rules: null, unknown: 5 })).toEqual(DEFAULT_SETTINGS);
  });

  it("falls back per key on a future version's stored shapes, keeping the keys it understands", async () => {
    const area = memoryArea({
      defaultEnabled: { value: false, since: 3 },
      sites: { 'keep.com': false, 'new.com': { enabled: true, mode: 'aggressive' } },
      rules: ['##.keep', { line: '##.new', kind: 'promo' }],
      version: 3,
    });
    expect(await loadSettings(area)).toEqual({ defaultEnabled: true, sites: { 'keep.com': false }, rules: ['##.keep'] });
    expect(area.writes).toBe(0);
  });

  it('never throws into the UI when storage fails', async () => {
    const broken: StorageAreaLike = { get: () => Promise.reject(new Error('gone')), set: () => Promise.resolve() };
    await expect(loadSettings(broken)).resolves.toEqual(EMPTY);
  });

  it('never hands out the shared defaults object', async () => {
    const settings = await loadSettings(memoryArea({ rules: 'nope' }));
    settings.rules.push('##.x');
    settings.sites['a.com'] = true;
    expect(DEFAULT_SETTINGS.rules).toEqual([]);
    expect(DEFAULT_SETTINGS.sites).toEqual({});
  });

  it.each([
    ['https://www.jpost.com/a-b-c', 'jpost.com'],
    ['http://News.Example.org:8080/x', 'news.example.org:8080'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('keys %s as %j', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });
});

describe('rules in storage', () => {
  it.each([
    ['not a list', 'nope', []],
    ['an object', { 0: '##.a' }, []],
    ['null', null, []],
  ])('falls back to no rules for %s and keeps the other keys', (_name, raw, rules) => {
    expect(parseSettings({ defaultEnabled: false, sites: { 'a.com': true }, rules: raw })).toEqual({
      defaultEnabled: false,
      sites: { 'a.com': true },
      rules,
    });
  });

  it('drops bad entries, trims and de-duplicates, keeps the valid ones in order', () => {
    const long = `##.${'a'.repeat(MAX_RULE_LENGTH)}`;
    const exact = `##.${'b'.repeat(MAX_RULE_LENGTH - 3)}`;
    expect(
      parseSettings({ rules: ['  ##.promo  ', 5, '', '   ', null, long, exact, '##.promo', { a: 1 }, 'a.com##.x ! ad'] }).rules,
    ).toEqual(['##.promo', exact, 'a.com##.x ! ad']);
  });

  it(`keeps at most ${MAX_RULES} rules`, () => {
    const raw = Array.from({ length: MAX_RULES + 20 }, (_, i) => `##.r${i}`);
    const { rules } = parseSettings({ rules: raw });
    expect(rules).toHaveLength(MAX_RULES);
    expect(rules[0]).toBe('##.r0');
    expect(rules.at(-1)).toBe(`##.r${MAX_RULES - 1}`);
  });

  it('adds a rule once (trimmed) and removes it', async () => {
    const area = memoryArea({ sites: { 'a.com': false } });
    let settings = await addRule(area, '  example.com##.promo ! promo ');
    expect(settings.rules).toEqual(['example.com##.promo ! promo']);
    settings = await addRule(area, '##.box:has-text(Sale)');
    const writes = area.writes;
    settings = await addRule(area, 'example.com##.promo ! promo');
    expect(area.writes).toBe(writes);
    expect(settings.rules).toEqual(['example.com##.promo ! promo', '##.box:has-text(Sale)']);
    expect(area.data.rules).toEqual(settings.rules);

    settings = await removeRule(area, ' example.com##.promo ! promo');
    expect(settings.rules).toEqual(['##.box:has-text(Sale)']);
    expect(area.data.rules).toEqual(['##.box:has-text(Sale)']);
    const before = area.writes;
    await removeRule(area, '##.not-there');
    expect(area.writes).toBe(before);
    expect(area.data.sites).toEqual({ 'a.com': false });
  });

  it('refuses empty, too-long and one-too-many rules without writing', async () => {
    const area = memoryArea({ rules: Array.from({ length: MAX_RULES }, (_, i) => `##.r${i}`) });
    await expect(addRule(area, '   ')).rejects.toThrow(RuleLimitError);
    await expect(addRule(area, `##.${'x'.repeat(MAX_RULE_LENGTH)}`)).rejects.toThrow(/longer than 1000/);
    await expect(addRule(area, '##.one-more')).rejects.toThrow(/500 rules/);
    expect(area.writes).toBe(0);
  });
});

describe('sync quota pre-check', () => {
  /** Rules whose JSON item is just over QUOTA_BYTES_PER_ITEM (without the last one it fits). */
  const bigRules: string[] = [];
  while (itemBytes('rules', bigRules) <= QUOTA_BYTES_PER_ITEM) {
    bigRules.push(`example.com##.some-long-class-name-${String(bigRules.length).padStart(3, '0')} ! promo`);
  }

  it('counts the key and the JSON of the value in UTF-8 bytes, as Chrome does', () => {
    expect(itemBytes('rules', ['##.a'])).toBe('rules'.length + '["##.a"]'.length);
    expect(itemBytes('rules', ['##.é'])).toBe('rules'.length + '["##.é"]'.length + 1);
    expect(itemBytes('rules', bigRules)).toBeGreaterThan(QUOTA_BYTES_PER_ITEM);
    expect(() => checkQuota({ rules: bigRules.slice(0, 40) })).not.toThrow();
  });

  it('throws a QuotaError naming the key before writing', async () => {
    const area = memoryArea({ rules: bigRules.slice(0, -1) });
    expect(itemBytes('rules', bigRules.slice(0, -1))).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    const error = await addRule(area, bigRules.at(-1)!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaError);
    expect(error).toMatchObject({ name: 'QuotaError', key: 'rules', limit: 8192 });
    expect((error as QuotaError).bytes).toBeGreaterThan(8192);
    expect((error as QuotaError).message).toMatch(/"rules" would take [\d,]+ bytes; sync storage allows 8,192 bytes per setting/);
    expect(area.writes).toBe(0);
    expect(isQuotaError(error)).toBe(true);
  });

  it('checks site writes too', async () => {
    const sites = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`site-number-${i}.example`, true]));
    const area = memoryArea({ sites });
    await expect(setSiteEnabled(area, 'one-more.example', false)).rejects.toThrow(QuotaError);
    expect(area.writes).toBe(0);
  });

  it('recognises browsers’ own quota rejections', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.'))).toBe(true);
    expect(isQuotaError(new Error('network down'))).toBe(false);
    expect(isQuotaError('Quota exceeded')).toBe(true);
  });
});

describe('settings files', () => {
  const full: Settings = {
    defaultEnabled: false,
    sites: { 'jpost.com': false, 'news.example.org:8080': true },
    rules: ['example.com##.promo ! promo', '##.box:has-text(Sale) ! other', 'a.com,b.org##div:has-text(/dear reader/i) ! donation'],
  };

  it('exports pretty JSON with a format marker and version', () => {
    const text = exportSettings(full);
    expect(text).toContain('\n  "format": "quiet-reader-settings",\n  "version": 1,');
    expect(JSON.parse(text)).toEqual({ format: 'quiet-reader-settings', version: 1, ...full });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['format', 'version', 'defaultEnabled', 'sites', 'rules']);
  });

  it('round-trips exactly through export, parse and import', async () => {
    const parsed = parseSettingsFile(exportSettings(full));
    expect(parsed).toEqual({ ok: true, settings: full });
    const area = memoryArea({ defaultEnabled: true, sites: { 'other.com': true }, rules: ['##.old'] });
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = await importSettings(area, parsed.settings);
    expect(imported).toEqual(full);
    expect(area.writes).toBe(1);
    expect(await loadSettings(area)).toEqual(full);
    expect(exportSettings(await loadSettings(area))).toBe(exportSettings(full));
  });

  it('round-trips any valid settings exactly (property)', () => {
    const host = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,30}(?::[0-9]{1,5})?$/);
    const rule = fc.string({ minLength: 1, maxLength: 80 }).map((line) => line.trim()).filter((line) => line !== '');
    const settings = fc.record({
      defaultEnabled: fc.boolean(),
      sites: fc.dictionary(host, fc.boolean(), { maxKeys: 20 }),
      rules: fc.uniqueArray(rule, { maxLength: 30 }),
    });
    fc.assert(
      fc.property(settings, (value) => {
        expect(parseSettingsFile(exportSettings(value))).toEqual({ ok: true, settings: value });
      }),
      { numRuns: 300, seed: 6 },
    );
  });

  it('round-trips the defaults', () => {
    expect(parseSettingsFile(exportSettings(EMPTY))).toEqual({ ok: true, settings: EMPTY });
  });

  it('trims rule lines and drops exact duplicates', () => {
    const text = JSON.stringify({ format: 'quiet-reader-settings', version: 1, defaultEnabled: true, sites: {}, rules: [' ##.a ', '##.a'] });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: { ...EMPTY, rules: ['##.a'] } });
  });

  const file = (patch: Record<string, unknown>, drop: string[] = []): string => {
    const data: Record<string, unknown> = { format: 'quiet-reader-settings', version: 1, defaultEnabled: true, sites: {}, rules: [], ...patch };
    for (const key of drop) delete data[key];
    return JSON.stringify(data);
  };

  it.each<[string, string, RegExp]>([
    ['over 1 MB', `{"pad":"${'x'.repeat(1024 * 1024)}"}`, /^the file is too large \(1\.0 MB; settings files are at most 1 MB\)$/],
    ['not JSON', '{"format": ', /^not JSON: /],
    ['empty text', '', /^not JSON: /],
    ['a JSON list', '[1,2]', /not a Quiet Reader settings file \(expected a JSON object\)/],
    ['JSON null', 'null', /expected a JSON object/],
    ['no format', file({}, ['format']), /no "format" field/],
    ['another format', file({ format: 'ublock' }), /"format" is "ublock", expected "quiet-reader-settings"/],
    ['a newer version', file({ version: 2 }), /newer Quiet Reader \(settings version 2; this version reads version 1\)/],
    ['a text version', file({ version: '1' }), /"version" must be a whole number from 1, not "1"/],
    ['version 0', file({ version: 0 }), /"version" must be a whole number/],
    ['version 1.5', file({ version: 1.5 }), /"version" must be a whole number/],
    ['an unknown field', file({ site: {} }), /unknown field "site"/],
    ['a missing field', file({}, ['rules']), /the "rules" field is missing/],
    ['a text defaultEnabled', file({ defaultEnabled: 'true' }), /"defaultEnabled" must be true or false, not "true"/],
    ['sites as a list', file({ sites: ['a.com'] }), /"sites" must be an object of host names to true or false, not a list/],
    ['sites as null', file({ sites: null }), /"sites" must be an object .* not null/],
    ['a bad host', file({ sites: { 'ok.com': true, 'Bad Host!': true } }), /"sites" has an entry "Bad Host!" that is not a host name/],
    ['a non-boolean site', file({ sites: { 'x.com': 'no' } }), /"sites" entry "x\.com" must be true or false, not "no"/],
    ['rules as text', file({ rules: '##.a' }), /"rules" must be a list of rule lines, not "##\.a"/],
    ['a non-text rule', file({ rules: ['##.a', 7] }), /"rules" entry 2 must be a text line, not 7/],
    ['an empty rule', file({ rules: ['##.a', '  '] }), /"rules" entry 2 is empty/],
    ['a too-long rule', file({ rules: [`##.${'a'.repeat(1000)}`] }), /"rules" entry 1 is longer than 1000 characters/],
    ['too many rules', file({ rules: Array.from({ length: 501 }, (_, i) => `##.r${i}`) }), /"rules" has 501 entries; at most 500 are allowed/],
  ])('refuses %s with a clear message', (_name, text, error) => {
    const parsed = parseSettingsFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });

  it('measures the 1 MB limit in UTF-8 bytes', () => {
    const padded = (n: number, ch: string): string => file({ x: ch.repeat(n) });
    // 400,000 two-byte characters are 800,000 bytes: fine until a field is checked.
    expect(parseSettingsFile(padded(400_000, 'é'))).toEqual({ ok: false, error: 'unknown field "x"' });
    // 600,000 of them are over 1 MB in bytes, though the string is shorter than 1,048,576.
    expect(parseSettingsFile(padded(600_000, 'é'))).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('imports nothing when an item is over the sync quota', async () => {
    const area = memoryArea({ defaultEnabled: true, sites: { 'keep.com': true }, rules: ['##.keep'] });
    const rules = Array.from({ length: 200 }, (_, i) => `example.com##.some-long-class-name-${i} ! promo`);
    await expect(importSettings(area, { defaultEnabled: false, sites: {}, rules })).rejects.toThrow(QuotaError);
    expect(area.writes).toBe(0);
    expect(await loadSettings(area)).toEqual({ defaultEnabled: true, sites: { 'keep.com': true }, rules: ['##.keep'] });
  });
});
