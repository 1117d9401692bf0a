/**
 * Where settings live: `browser.storage.sync` when the browser offers it, else `browser.storage.local`.
 * Every context (popup, options, content script) should read and write through `settingsArea()`
 * (or only read through `settingsReader()`, as the content script does) and listen through
 * `watchSettings()`, so they agree on the area.
 */
import type { Browser } from 'webextension-polyfill';
import { SETTINGS_KEYS, type SettingsReader, type StorageAreaLike } from './settings';

/** The storage part of the extension API: the polyfill's `browser`, or the native one in the content script. */
export type StorageApi = Pick<Browser, 'storage'>;

export type SettingsAreaName = 'sync' | 'local';

/** Set once sync has failed to read in this context (e.g. Firefox with sync storage disabled). */
let syncBroken = false;

function syncAvailable(browser: StorageApi): boolean {
  return !syncBroken && typeof browser.storage.sync?.get === 'function';
}

/** The area settings are read from and written to in this context right now. */
export function settingsAreaName(browser: StorageApi): SettingsAreaName {
  return syncAvailable(browser) ? 'sync' : 'local';
}

/**
 * The read half of `settingsArea()`, for the content script, which never writes settings (and so
 * does not carry the write half). Reads fall back to `local` for good if `sync` throws.
 */
export function settingsReader(browser: StorageApi): SettingsReader {
  return {
    async get(keys: string[]): Promise<Record<string, unknown>> {
      if (syncAvailable(browser)) {
        try {
          return await browser.storage.sync.get(keys);
        } catch {
          syncBroken = true;
        }
      }
      return browser.storage.local.get(keys);
    },
  };
}

/**
 * The settings storage area. Reads as `settingsReader()`; write errors (e.g. a sync quota) are
 * passed on rather than silently diverging from other contexts.
 */
export function settingsArea(browser: StorageApi): StorageAreaLike {
  return {
    get: settingsReader(browser).get,
    async set(items: Record<string, unknown>): Promise<void> {
      if (syncAvailable(browser)) return browser.storage.sync.set(items);
      return browser.storage.local.set(items);
    },
  };
}

const WATCHED: ReadonlySet<string> = new Set(SETTINGS_KEYS);

/** Call `onChange` whenever a settings key changes in sync or local storage. Returns an unsubscribe. */
export function watchSettings(browser: StorageApi, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string): void => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (Object.keys(changes).some((key) => WATCHED.has(key))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
