/**
 * The one typed settings module. Each setting is its own storage key, validated on read:
 * a corrupt, wrong-typed or unknown value falls back to that key's default and never throws,
 * so one bad key cannot take the others down with it.
 *
 * Settings files (export / import) are the opposite: `parseSettingsFile` is strict and reports
 * the first problem, so a damaged or foreign file never half-applies.
 */

export interface Settings {
  /** Clean up article pages on sites the user has not decided about. */
  defaultEnabled: boolean;
  /** Per-site choice, keyed by host without `www.`. */
  sites: Record<string, boolean>;
  /**
   * The user's own element-hiding rules, one uBlock Origin cosmetic-filter line each
   * (`example.com##.promo ! promo`). Syntax is checked by `parseRule` in src/core/rules.ts;
   * this module only guarantees trimmed, non-empty, bounded, unique strings.
   */
  rules: string[];
}

/** Clean up on sites the user has not decided about, until told otherwise. */
const DEFAULT_ENABLED = true;

// Marked pure so that bundles which never read it (content.js) drop it; defaults are built from
// DEFAULT_ENABLED there.
export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ Object.freeze({
  defaultEnabled: DEFAULT_ENABLED,
  sites: /* @__PURE__ */ Object.freeze({}) as Record<string, boolean>,
  rules: /* @__PURE__ */ Object.freeze([]) as unknown as string[],
});

export const SETTINGS_KEYS = ['defaultEnabled', 'sites', 'rules'] as const satisfies readonly (keyof Settings)[];

/** Longest rule line accepted, in characters. */
export const MAX_RULE_LENGTH = 1000;
/** Most rules kept; extra ones in storage are dropped on read, an import with more is refused. */
export const MAX_RULES = 500;
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox uses the same figure). */
export const QUOTA_BYTES_PER_ITEM = 8192;
/** chrome.storage.sync.QUOTA_BYTES. Three items of at most 8,192 bytes each always fit. */
export const QUOTA_BYTES = 102_400;
/** Largest settings file `parseSettingsFile` reads. */
export const MAX_SETTINGS_FILE_BYTES = 1_048_576; // 1 MB (a literal, so bundles that do not use it drop it)

export const SETTINGS_FILE_FORMAT = 'quiet-reader-settings';
export const SETTINGS_FILE_VERSION = 1;

/** The part of `browser.storage.StorageArea` the module needs; tests pass an in-memory one. */
export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Enough of a storage area to load settings from. */
export type SettingsReader = Pick<StorageAreaLike, 'get'>;

/** A write that would not fit in one sync storage item; thrown before anything is written. */
export class QuotaError extends Error {
  override readonly name = 'QuotaError';
  constructor(
    /** The settings key that is too large. */
    readonly key: string,
    /** Its size as storage.sync counts it: key length plus the JSON of the value, in UTF-8 bytes. */
    readonly bytes: number,
    readonly limit: number = QUOTA_BYTES_PER_ITEM,
  ) {
    super(
      `"${key}" would take ${bytes.toLocaleString('en-US')} bytes; ` +
        `sync storage allows ${limit.toLocaleString('en-US')} bytes per setting`,
    );
  }
}

/** True for a `QuotaError` or a storage write the browser refused for quota (Chrome or Firefox wording). */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof QuotaError) return true;
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
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

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { defaultEnabled: DEFAULT_ENABLED, sites: {}, rules: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseSites(raw: unknown): Record<string, boolean> {
  if (!isRecord(raw)) return {};
  const sites: Record<string, boolean> = {};
  for (const [host, value] of Object.entries(raw)) {
    if (HOST_RE.test(host) && typeof value === 'boolean') sites[host] = value;
  }
  return sites;
}

/** Whether a (trimmed) rule line can be stored: size only, not syntax. */
function storableRuleLine(line: string): boolean {
  return line !== '' && line.length <= MAX_RULE_LENGTH;
}

/** Why a rule line cannot be stored, or null if it can (the wording stays out of content.js). */
function ruleLineProblem(line: string): string | null {
  if (storableRuleLine(line)) return null;
  return line === '' ? 'is empty' : `is longer than ${MAX_RULE_LENGTH} characters`;
}

/** Lenient: keeps trimmed, non-empty, not-too-long, unique strings, at most MAX_RULES of them. */
function parseRules(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const rules: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw as unknown[]) {
    if (rules.length >= MAX_RULES) break;
    if (typeof entry !== 'string') continue;
    const line = entry.trim();
    if (!storableRuleLine(line) || seen.has(line)) continue;
    seen.add(line);
    rules.push(line);
  }
  return rules;
}

/** Validate raw stored values key by key. Never throws. */
export function parseSettings(raw: Record<string, unknown>): Settings {
  return {
    defaultEnabled: typeof raw.defaultEnabled === 'boolean' ? raw.defaultEnabled : DEFAULT_ENABLED,
    sites: parseSites(raw.sites),
    rules: parseRules(raw.rules),
  };
}

export function isEnabledFor(settings: Settings, site: string | null): boolean {
  if (site === null) return false;
  return settings.sites[site] ?? settings.defaultEnabled;
}

export async function loadSettings(area: SettingsReader): Promise<Settings> {
  try {
    return parseSettings(await area.get([...SETTINGS_KEYS]));
  } catch {
    return defaultSettings();
  }
}

const utf8 = /* @__PURE__ */ new TextEncoder();

/** An item's size as storage.sync counts it: key plus JSON of the value, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return utf8.encode(key).length + utf8.encode(JSON.stringify(value) ?? '').length;
}

/** Throw `QuotaError` for the first item over QUOTA_BYTES_PER_ITEM. */
export function checkQuota(items: Readonly<Record<string, unknown>>): void {
  for (const [key, value] of Object.entries(items)) {
    const bytes = itemBytes(key, value);
    if (bytes > QUOTA_BYTES_PER_ITEM) throw new QuotaError(key, bytes);
  }
}

/** Every write goes through here: quota pre-check first, so an oversized write changes nothing. */
async function write(area: StorageAreaLike, items: Partial<Settings>): Promise<void> {
  checkQuota(items);
  await area.set(items);
}

export async function setSiteEnabled(area: StorageAreaLike, site: string, enabled: boolean): Promise<Settings> {
  const settings = await loadSettings(area);
  settings.sites[site] = enabled;
  await write(area, { sites: settings.sites });
  return settings;
}

export async function forgetSite(area: StorageAreaLike, site: string): Promise<Settings> {
  const settings = await loadSettings(area);
  delete settings.sites[site];
  await write(area, { sites: settings.sites });
  return settings;
}

export async function setDefaultEnabled(area: StorageAreaLike, enabled: boolean): Promise<Settings> {
  await write(area, { defaultEnabled: enabled });
  return loadSettings(area);
}

/** Thrown by `addRule` for a line that cannot be stored at all (empty, too long, list full). */
export class RuleLimitError extends Error {
  override readonly name = 'RuleLimitError';
}

/**
 * Add one rule line (trimmed). A line already in the list is not added twice and nothing is
 * written. Syntax is the caller's job (`parseRule`); this checks only what storage needs.
 */
export async function addRule(area: StorageAreaLike, line: string): Promise<Settings> {
  const rule = line.trim();
  const problem = ruleLineProblem(rule);
  if (problem !== null) throw new RuleLimitError(`The rule ${problem}.`);
  const settings = await loadSettings(area);
  if (settings.rules.includes(rule)) return settings;
  if (settings.rules.length >= MAX_RULES) throw new RuleLimitError(`You already have ${MAX_RULES} rules, the most allowed.`);
  settings.rules.push(rule);
  await write(area, { rules: settings.rules });
  return settings;
}

/** Remove a rule line (compared trimmed). Nothing is written if it is not in the list. */
export async function removeRule(area: StorageAreaLike, line: string): Promise<Settings> {
  const rule = line.trim();
  const settings = await loadSettings(area);
  const kept = settings.rules.filter((r) => r !== rule);
  if (kept.length === settings.rules.length) return settings;
  settings.rules = kept;
  await write(area, { rules: kept });
  return settings;
}

/** Replace every setting at once (one `set` call, after the quota pre-check of every key). */
export async function importSettings(area: StorageAreaLike, settings: Settings): Promise<Settings> {
  const items: Settings = {
    defaultEnabled: settings.defaultEnabled,
    sites: { ...settings.sites },
    rules: [...settings.rules],
  };
  await write(area, items);
  return loadSettings(area);
}

/* ---------------------------------------------------------------- reader look */

/**
 * How the reader (and the popup's article) looks. Each field is its own storage key, read
 * leniently like the rest: a bad value falls back to that field's default. These are preferences
 * of the device, not site knowledge, so settings files leave them out.
 */
export interface ReaderSettings {
  theme: 'system' | 'light' | 'sepia' | 'dark';
  font: 'serif' | 'sans';
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line length in `ch`. */
  lineWidth: number;
  /** Unitless line height. */
  lineHeight: number;
  hideImages: boolean;
}

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const satisfies readonly ReaderSettings['theme'][];
export const FONTS = ['serif', 'sans'] as const satisfies readonly ReaderSettings['font'][];

/** Allowed [min, max, step] of each number setting. */
export const READER_RANGES = {
  fontSize: [14, 28, 1],
  lineWidth: [45, 90, 5],
  lineHeight: [1.2, 2, 0.1],
} as const satisfies Record<string, readonly [number, number, number]>;

export type ReaderNumberKey = keyof typeof READER_RANGES;

export const DEFAULT_READER_SETTINGS: Readonly<ReaderSettings> = /* @__PURE__ */ Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineWidth: 65,
  lineHeight: 1.6,
  hideImages: false,
});

export const READER_KEYS = /* @__PURE__ */ Object.keys(DEFAULT_READER_SETTINGS) as (keyof ReaderSettings)[];

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

function inRange(key: ReaderNumberKey, value: unknown): number {
  const [min, max] = READER_RANGES[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : DEFAULT_READER_SETTINGS[key];
}

/** Validate raw stored values field by field. Never throws. */
export function parseReaderSettings(raw: Record<string, unknown>): ReaderSettings {
  const d = DEFAULT_READER_SETTINGS;
  return {
    theme: oneOf(THEMES, raw.theme, d.theme),
    font: oneOf(FONTS, raw.font, d.font),
    fontSize: inRange('fontSize', raw.fontSize),
    lineWidth: inRange('lineWidth', raw.lineWidth),
    lineHeight: inRange('lineHeight', raw.lineHeight),
    hideImages: typeof raw.hideImages === 'boolean' ? raw.hideImages : d.hideImages,
  };
}

export async function loadReaderSettings(area: StorageAreaLike): Promise<ReaderSettings> {
  try {
    return parseReaderSettings(await area.get(READER_KEYS));
  } catch {
    return { ...DEFAULT_READER_SETTINGS };
  }
}

/** Store one reader setting; a value that would not read back as itself is refused before writing. */
export async function setReaderSetting<K extends keyof ReaderSettings>(
  area: StorageAreaLike,
  key: K,
  value: ReaderSettings[K],
): Promise<void> {
  if (parseReaderSettings({ [key]: value })[key] !== value) throw new RangeError(`${key} cannot be ${String(value)}`);
  checkQuota({ [key]: value });
  await area.set({ [key]: value });
}

/** One step up or down of a number setting, kept within its range and free of float noise. */
export function stepReaderNumber(key: ReaderNumberKey, current: number, direction: 1 | -1): number {
  const [min, max, step] = READER_RANGES[key];
  const next = Math.round((current + direction * step) / step) * step;
  return Math.min(max, Math.max(min, Number(next.toFixed(2))));
}

/** The theme after `current` in the order light → sepia → dark → system. */
export function nextTheme(current: ReaderSettings['theme']): ReaderSettings['theme'] {
  const order: ReaderSettings['theme'][] = ['light', 'sepia', 'dark', 'system'];
  return order[(order.indexOf(current) + 1) % order.length] ?? 'light';
}

/* ---------------------------------------------------------------- settings files */

export interface SettingsFile extends Settings {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
}

export type ParsedSettingsFile = { ok: true; settings: Settings } | { ok: false; error: string };

/** All settings as a pretty-printed JSON document; `parseSettingsFile` reads it back exactly. */
export function exportSettings(settings: Settings): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    defaultEnabled: settings.defaultEnabled,
    sites: settings.sites,
    rules: settings.rules,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// A call marked pure, not a spread: bundles that never read a settings file (content.js) drop it.
const FILE_FIELDS: readonly string[] = /* @__PURE__ */ ['format', 'version'].concat(SETTINGS_KEYS);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The error `parseSettingsFile` gives for a file over MAX_SETTINGS_FILE_BYTES (also used before reading one). */
export function settingsFileTooLarge(bytes: number): string {
  return `the file is too large (${formatBytes(bytes)}; settings files are at most 1 MB)`;
}

class FileProblem extends Error {}

function fileSites(raw: unknown): Record<string, boolean> {
  if (!isRecord(raw)) throw new FileProblem(`"sites" must be an object of host names to true or false, not ${describe(raw)}`);
  const sites: Record<string, boolean> = {};
  for (const [host, value] of Object.entries(raw)) {
    if (!HOST_RE.test(host)) throw new FileProblem(`"sites" has an entry ${describe(host)} that is not a host name`);
    if (typeof value !== 'boolean') throw new FileProblem(`"sites" entry "${host}" must be true or false, not ${describe(value)}`);
    sites[host] = value;
  }
  return sites;
}

function fileRules(raw: unknown): string[] {
  if (!Array.isArray(raw)) throw new FileProblem(`"rules" must be a list of rule lines, not ${describe(raw)}`);
  const entries = raw as unknown[];
  if (entries.length > MAX_RULES) throw new FileProblem(`"rules" has ${entries.length} entries; at most ${MAX_RULES} are allowed`);
  const rules: string[] = [];
  entries.forEach((entry, index) => {
    if (typeof entry !== 'string') throw new FileProblem(`"rules" entry ${index + 1} must be a text line, not ${describe(entry)}`);
    const line = entry.trim();
    const problem = ruleLineProblem(line);
    if (problem !== null) throw new FileProblem(`"rules" entry ${index + 1} ${problem}`);
    if (!rules.includes(line)) rules.push(line);
  });
  return rules;
}

/**
 * Read a settings file, strictly: the first problem is reported and no settings come back.
 * Rule *syntax* is not checked here (it needs a DOM); the options page runs `parseRule` on
 * every line before applying.
 */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  const size = utf8.encode(text).length;
  if (size > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, error: settingsFileTooLarge(size) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    if (!isRecord(data)) throw new FileProblem('not a Quiet Reader settings file (expected a JSON object)');
    if (!('format' in data)) throw new FileProblem('not a Quiet Reader settings file (it has no "format" field)');
    if (data.format !== SETTINGS_FILE_FORMAT) {
      throw new FileProblem(
        `not a Quiet Reader settings file ("format" is ${describe(data.format)}, expected "${SETTINGS_FILE_FORMAT}")`,
      );
    }
    const { version } = data;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new FileProblem(`"version" must be a whole number from 1, not ${describe(version)}`);
    }
    if (version > SETTINGS_FILE_VERSION) {
      throw new FileProblem(
        `the file is from a newer Quiet Reader (settings version ${version}; this version reads version ${SETTINGS_FILE_VERSION}). Update the extension to import it`,
      );
    }
    const unknown = Object.keys(data).find((key) => !FILE_FIELDS.includes(key));
    if (unknown !== undefined) throw new FileProblem(`unknown field ${describe(unknown)}`);
    const missing = SETTINGS_KEYS.find((key) => !(key in data));
    if (missing !== undefined) throw new FileProblem(`the "${missing}" field is missing`);
    if (typeof data.defaultEnabled !== 'boolean') {
      throw new FileProblem(`"defaultEnabled" must be true or false, not ${describe(data.defaultEnabled)}`);
    }
    return { ok: true, settings: { defaultEnabled: data.defaultEnabled, sites: fileSites(data.sites), rules: fileRules(data.rules) } };
  } catch (error) {
    if (error instanceof FileProblem) return { ok: false, error: error.message };
    throw error;
  }
}
