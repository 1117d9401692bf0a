/** Every user-visible string of the reader's own controls (the article view's are in popup/strings). */
import type { ReaderSettings } from '../shared/settings';

export const strings = {
  toolbar: 'Reading settings',
  theme: 'Theme',
  themes: { system: 'Follow system', light: 'Light', sepia: 'Sepia', dark: 'Dark' } satisfies Record<ReaderSettings['theme'], string>,
  font: 'Font',
  fonts: { serif: 'Serif', sans: 'Sans-serif' } satisfies Record<ReaderSettings['font'], string>,
  fontSize: 'Text size',
  lineWidth: 'Line width',
  lineHeight: 'Line height',
  hideImages: 'Hide images',
  copyMarkdown: 'Copy as Markdown',
  copyText: 'Copy text',
  saveHtml: 'Save as HTML',
  print: 'Print',
  copied: 'Copied to the clipboard',
  copyFailed: (message: string): string => `Couldn't copy: ${message}`,
  saved: (file: string): string => `Saved ${file}`,
  original: 'Original page',
  themeNow: (theme: string): string => `Theme: ${theme}`,
  sizeNow: (px: number): string => `Text size ${px}`,
} as const;
