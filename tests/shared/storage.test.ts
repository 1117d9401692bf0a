import { describe, expect, it } from 'vitest';
import { settingsArea, settingsReader, type StorageApi } from '../../src/shared/storage';

/** A fake `browser.storage` whose sync area can be made to fail on read. */
function fakeStorage(syncFails: boolean) {
  const data = { sync: { rules: ['##.sync'] } as Record<string, unknown>, local: { rules: ['##.local'] } as Record<string, unknown> };
  const areaOf = (name: 'sync' | 'local') => ({
    get: (keys: string[]) =>
      name === 'sync' && syncFails
        ? Promise.reject(new Error('sync is disabled'))
        : Promise.resolve(Object.fromEntries(keys.filter((k) => k in data[name]).map((k) => [k, data[name][k]]))),
    set: (items: Record<string, unknown>) => Promise.resolve(void Object.assign(data[name], items)),
  });
  const api = { storage: { sync: areaOf('sync'), local: areaOf('local') } } as unknown as StorageApi;
  return { api, data };
}

describe('settingsReader and settingsArea', () => {
  it('read and write sync storage when it works', async () => {
    const { api, data } = fakeStorage(false);
    expect(await settingsReader(api).get(['rules'])).toEqual({ rules: ['##.sync'] });
    await settingsArea(api).set({ rules: ['##.new'] });
    expect(data.sync.rules).toEqual(['##.new']);
    expect(await settingsArea(api).get(['rules'])).toEqual({ rules: ['##.new'] });
  });

  // Last: once sync has failed to read, the module uses local for good in this context.
  it('fall back to local storage for good once sync fails to read', async () => {
    const { api, data } = fakeStorage(true);
    expect(await settingsReader(api).get(['rules'])).toEqual({ rules: ['##.local'] });
    await settingsArea(api).set({ rules: ['##.new'] });
    expect(data.local.rules).toEqual(['##.new']);
    expect(data.sync.rules).toEqual(['##.sync']);
  });
});
