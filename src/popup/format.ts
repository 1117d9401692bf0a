/** Pure formatting helpers for the popup. No browser APIs, so they unit-test under jsdom. */
import type { ClutterKind } from '../core/types';
import { strings } from './strings';

export interface FormattedDate {
  /** What to show: the localized date, or the raw value when it can't be parsed. */
  text: string;
  /** A valid `datetime` attribute value, or null when the raw value was not parsable. */
  datetime: string | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Format a published date in the given locale (default: the browser's). A date without a time is
 * shown as that calendar day in any time zone; an unparsable value is shown as it came.
 */
export function formatDate(raw: string | null, locale?: string | string[]): FormattedDate | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  const dateOnly = DATE_ONLY.test(value);
  const time = Date.parse(value);
  if (Number.isNaN(time)) return { text: value, datetime: null };
  try {
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      ...(dateOnly ? { timeZone: 'UTC' } : {}),
    });
    return { text: format.format(new Date(time)), datetime: value };
  } catch {
    return { text: value, datetime: null };
  }
}

/** "N min read", or null when there is nothing to read. */
export function formatReadingTime(minutes: number): string | null {
  if (!Number.isFinite(minutes) || minutes <= 0) return null;
  return strings.minRead(Math.max(1, Math.round(minutes)));
}

export function kindLabel(kind: ClutterKind): string {
  return strings.kinds[kind] ?? strings.kinds.other;
}

/** An error of any shape as one line of text. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return strings.unknownError;
}

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'blob:',
  'javascript:',
]);

const STORE_HOSTS: readonly [host: string, pathPrefix: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.opera.com', '/'],
];

/**
 * One line saying why the content script can't be reached. `url` is often unknown (the extension has
 * no "tabs" permission), in which case the answer is generic.
 */
export function unreachableReason(url: string | undefined): string {
  const why = strings.unreachableWhy;
  if (!url) return why.generic;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return why.generic;
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return why.browserPage;
  if (parsed.protocol === 'file:') return /\.pdf$/i.test(parsed.pathname) ? why.pdf : why.file;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return why.generic;
  const host = parsed.hostname.toLowerCase();
  if (STORE_HOSTS.some(([storeHost, prefix]) => host === storeHost && parsed.pathname.startsWith(prefix))) {
    return why.store;
  }
  if (/\.pdf$/i.test(parsed.pathname)) return why.pdf;
  return why.reload;
}
