/** The reader's own controls' text (the article view's is in popup/strings), from _locales. */
import { t } from '../shared/i18n';
import type { ReaderSettings } from '../shared/settings';

export const strings = {
  toolbar: t('readerToolbar'),
  theme: t('readerTheme'),
  themes: { system: t('themeSystem'), light: t('themeLight'), sepia: t('themeSepia'), dark: t('themeDark') } satisfies Record<ReaderSettings['theme'], string>,
  font: t('readerFont'),
  fonts: { serif: t('fontSerif'), sans: t('fontSans') } satisfies Record<ReaderSettings['font'], string>,
  fontSize: t('readerFontSize'),
  lineWidth: t('readerLineWidth'),
  lineHeight: t('readerLineHeight'),
  hideImages: t('readerHideImages'),
  copyMarkdown: t('copyMarkdown'),
  copyText: t('copyText'),
  saveHtml: t('saveHtml'),
  print: t('print'),
  copied: t('copied'),
  copyFailed: (message: string): string => t('copyFailed', message),
  saved: (file: string): string => t('savedFile', file),
  original: t('originalPage'),
  themeNow: (theme: string): string => t('themeNow', theme),
  sizeNow: (px: number): string => t('sizeNow', px),
} as const;
