import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, forgetSite, isEnabledFor, loadSettings, parseSettings, setDefaultEnabled, setSiteEnabled, siteKey,
  type StorageAreaLike,
} from '../../src/shared/settings';

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('settings', () => {
  it('defaults to cleaning up every site', async () => {
    const settings = await loadSettings(memoryArea());
    expect(settings).toEqual({ defaultEnabled: true, sites: {} });
    expect(isEnabledFor(settings, 'jpost.com')).toBe(true);
    expect(isEnabledFor(settings, null)).toBe(false);
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
    expect(parseSettings({ defaultEnabled: 'yes', sites: { 'jpost.com': false } })).toEqual({ defaultEnabled: true, sites: { 'jpost.com': false } });
    expect(parseSettings({ defaultEnabled: false, sites: [1, 2] })).toEqual({ defaultEnabled: false, sites: {} });
    expect(parseSettings({ sites: { 'ok.com': true, 'bad host!': true, 'x.com': 'no' } }).sites).toEqual({ 'ok.com': true });
    expect(parseSettings({ defaultEnabled: null, sites: null, unknown: 5 })).toEqual(DEFAULT_SETTINGS);
  });

  it('never throws into the UI when storage fails', async () => {
    const broken: StorageAreaLike = { get: () => Promise.reject(new Error('gone')), set: () => Promise.resolve() };
    await expect(loadSettings(broken)).resolves.toEqual({ defaultEnabled: true, sites: {} });
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
