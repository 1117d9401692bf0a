/**
 * The one accessor for UI text. Messages live in _locales/<language>/messages.json and are read
 * through the browser's i18n API in the browser's UI language. Keys are typed from the English
 * catalogue, so a missing key is a type error; tests/shared/i18n.test.ts checks that every locale
 * has every English key with the same placeholders.
 */
type Catalogue = typeof import('../../_locales/en/messages.json');
export type MessageKey = keyof Catalogue;

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

/** Firefox's `browser.i18n` or Chrome's `chrome.i18n`: the same synchronous API in both. */
function i18n(): I18nApi {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = scope.browser?.i18n ?? scope.chrome?.i18n;
  if (!api) throw new Error('The i18n API is missing: UI text is read in extension pages only.');
  return api;
}

/** The message for `key` with `$1`… filled in; the key itself if the browser has no such message. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return i18n().getMessage(key, substitutions.map(String)) || key;
}

/**
 * Give an extension page the language and direction of the catalogue its text comes from. Each
 * catalogue names them (uiLanguage, uiDirection): Chromium can pick a catalogue from the system
 * language while getUILanguage() and @@bidi_dir still say English.
 */
export function localizePage(doc: Document): void {
  doc.documentElement.lang = t('uiLanguage');
  doc.documentElement.dir = t('uiDirection') === 'rtl' ? 'rtl' : 'ltr';
}
