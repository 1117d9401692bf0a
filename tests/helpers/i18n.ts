/** The browser's i18n API over _locales/, for unit tests: messages and placeholders as browsers do them. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../_locales');

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

export function catalogue(locale: string): Record<string, LocaleMessage> {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, LocaleMessage>;
}

/** getMessage as Chrome and Firefox do it: named placeholders → their `$n` content → the substitution. */
export function fakeI18n(locale: string) {
  const messages = catalogue(locale);
  return {
    getMessage(name: string, substitutions: string[] = []): string {
      const entry = messages[name];
      if (!entry) return '';
      return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, placeholder: string) => {
        const content = entry.placeholders?.[placeholder.toLowerCase()]?.content;
        if (content === undefined) return whole;
        return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
      });
    },
  };
}
