/** The popup's and article view's text, by role, read from _locales through the one i18n accessor. */
import type { ClutterKind } from '../core/types';
import { t } from '../shared/i18n';

export const kindLabels: Record<ClutterKind, string> = {
  donation: t('kindDonation'),
  promo: t('kindPromo'),
  newsletter: t('kindNewsletter'),
  related: t('kindRelated'),
  share: t('kindShare'),
  ad: t('kindAd'),
  overlay: t('kindOverlay'),
  other: t('kindOther'),
};

export const strings = {
  appName: t('extName'),
  loading: t('loading'),
  extracting: t('extracting'),
  ready: t('ready'),
  openReader: t('openReader'),
  siteSwitch: (site: string): string => t('siteSwitch', site),
  settingSaved: (site: string, on: boolean): string => t(on ? 'cleanupOnFor' : 'cleanupOffFor', site),
  settingFailed: (message: string): string => t('settingFailed', message),

  unreachableTitle: t('unreachableTitle'),
  unreachableWhy: {
    browserPage: t('whyBrowserPage'),
    store: t('whyStore'),
    file: t('whyFile'),
    pdf: t('whyPdf'),
    reload: t('whyReload'),
    generic: t('whyGeneric'),
  },

  notArticleTitle: t('notArticleTitle'),
  notArticleWhy: t('notArticleWhy'),
  noReasons: t('noReasons'),

  errorTitle: t('errorTitle'),
  unknownError: t('unknownError'),
  noAnswer: t('noAnswer'),
  badAnswer: t('badAnswer'),
  pageError: (message: string): string => t('pageError', message),
  gaveUpTitle: t('gaveUpTitle'),
  gaveUpElements: (count: string, limit: string): string => t('gaveUpElements', count, limit),
  gaveUpTime: (ms: string, limit: string): string => t('gaveUpTime', ms, limit),

  minRead: (minutes: number): string => t('minRead', minutes),
  untitled: t('untitled'),

  hiddenCount: (count: number): string => (count === 1 ? t('hiddenOne') : t('hiddenMany', count)),
  hiddenRegion: t('hiddenRegion'),
  nothingHidden: t('nothingHidden'),
  cleanupOff: (site: string): string => t('cleanupOff', site),
  show: t('show'),
  shown: t('shown'),
  revealed: t('revealed'),
  revealFailed: t('revealFailed'),
  notClutter: t('notClutter'),
  kept: t('kept'),
  keptOn: (site: string): string => t('keptOn', site),
  keepFailed: t('keepFailed'),
  noText: t('noText'),
  kinds: kindLabels,
} as const;
