/**
 * The one typed settings module. Each setting is its own storage key, validated on read:
 * a corrupt, wrong-typed or unknown value falls back to that key's default and never throws,
 * so one bad key cannot take the others down with it.
 */

export interface Settings {
  /** Clean up article pages on sites the user has not decided about. */
  defaultEnabled: boolean;
  /** Per-site choice, keyed by host without `www.`. */
  sites: Record<string, boolean>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ defaultEnabled: true, sites: {} });

export const SETTINGS_KEYS = ['defaultEnabled', 'sites'] as const satisfies readonly (keyof Settings)[];

/** The part of `browser.storage.StorageArea` the module needs; tests pass an in-memory one. */
export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const HOST_RE = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/;

/** The key a page's settings live under: lower-case host without a leading `www.`. */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.host.toLowerCase().replace(/^www\./, '');
}

function parseSites(raw: unknown): Record<string, boolean> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const sites: Record<string, boolean> = {};
  for (const [host, value] of Object.entries(raw)) {
    if (HOST_RE.test(host) && typeof value === 'boolean') sites[host] = value;
  }
  return sites;
}

/** Validate raw stored values key by key. Never throws. */
export function parseSettings(raw: Record<string, unknown>): Settings {
  return {
    defaultEnabled: typeof raw.defaultEnabled === 'boolean' ? raw.defaultEnabled : DEFAULT_SETTINGS.defaultEnabled,
    sites: parseSites(raw.sites),
  };
}

export function isEnabledFor(settings: Settings, site: string | null): boolean {
  if (site === null) return false;
  return settings.sites[site] ?? settings.defaultEnabled;
}

export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  try {
    return parseSettings(await area.get([...SETTINGS_KEYS]));
  } catch {
    return { ...DEFAULT_SETTINGS, sites: {} };
  }
}

export async function setSiteEnabled(area: StorageAreaLike, site: string, enabled: boolean): Promise<Settings> {
  const settings = await loadSettings(area);
  settings.sites[site] = enabled;
  await area.set({ sites: settings.sites });
  return settings;
}

export async function forgetSite(area: StorageAreaLike, site: string): Promise<Settings> {
  const settings = await loadSettings(area);
  delete settings.sites[site];
  await area.set({ sites: settings.sites });
  return settings;
}

export async function setDefaultEnabled(area: StorageAreaLike, enabled: boolean): Promise<Settings> {
  await area.set({ defaultEnabled: enabled });
  return loadSettings(area);
}
