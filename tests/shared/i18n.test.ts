import { describe, expect, it } from 'vitest';
import { localizePage, t } from '../../src/shared/i18n';
import { catalogue, fakeI18n, localeNames } from '../helpers/i18n';

const english = catalogue('en');
const placeholdersOf = (message: string): string[] => [...new Set(Array.from(message.matchAll(/\$([A-Za-z0-9_]+)\$/g), (m) => m[1]!.toLowerCase()))].sort();

describe('locales', () => {
  it('include English, Hebrew, German, French and Spanish', () => {
    expect(localeNames()).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'he']));
  });

  it.each(localeNames())('%s has exactly the English keys, each with the same placeholders', (locale) => {
    const messages = catalogue(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(english)) {
      const translated = messages[key]!;
      expect(translated.message.trim(), `${locale} ${key}`).not.toBe('');
      expect(translated.placeholders ?? {}, `${locale} ${key}`).toEqual(entry.placeholders ?? {});
      expect(placeholdersOf(translated.message), `${locale} ${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it.each(localeNames())('%s names its own language and direction', (locale) => {
    const messages = catalogue(locale);
    expect(messages.uiLanguage?.message).toBe(locale);
    expect(messages.uiDirection?.message).toBe(locale === 'he' ? 'rtl' : 'ltr');
  });

  it('keep the store description within Chrome’s 132 characters', () => {
    for (const locale of localeNames()) expect(catalogue(locale).extDescription!.message.length, locale).toBeLessThanOrEqual(132);
  });
});

describe('t', () => {
  it('fills placeholders in order', () => {
    expect(t('importBadRule', 3, '##x', 'bad selector')).toBe('rule 3 “##x” isn\'t valid: bad selector');
    expect(t('siteSwitch', 'news.example')).toBe('Clean up on news.example');
  });

  it('sets the page language and direction from the UI language', () => {
    const scope = globalThis as { chrome?: unknown };
    const saved = scope.chrome;
    scope.chrome = { i18n: fakeI18n('he') };
    try {
      const doc = { documentElement: { lang: '', dir: '' } } as unknown as Document;
      localizePage(doc);
      expect(doc.documentElement).toMatchObject({ lang: 'he', dir: 'rtl' });
      expect(t('show')).toBe('הצגה');
    } finally {
      scope.chrome = saved;
    }
  });
});
