/** Every user-visible string of the popup, in one place for localization later. */
import type { ClutterKind } from '../core/types';

export const strings = {
  appName: 'Quiet Reader',
  loading: 'Reading the page…',
  extracting: 'Cleaning up the article…',
  ready: 'Article ready',
  siteSwitch: (site: string): string => `Clean up on ${site}`,
  settingSaved: (site: string, on: boolean): string =>
    on ? `Clean-up turned on for ${site}` : `Clean-up turned off for ${site}`,
  settingFailed: (message: string): string => `Couldn't save the setting: ${message}`,

  unreachableTitle: "Quiet Reader can't read this page",
  unreachableWhy: {
    browserPage: "Browsers don't let extensions run on their own pages.",
    store: "Add-on stores don't let extensions run on their pages.",
    file: "Local files can only be read if you allow it in the browser's extension settings.",
    pdf: "PDFs open in the browser's own viewer, which extensions can't read.",
    reload: 'The page may still be loading, or it was open before Quiet Reader was installed. Try reloading it.',
    generic:
      'Browsers keep extensions off their own pages, add-on stores and PDFs. If this is a normal web page, try reloading it.',
  },

  notArticleTitle: "This doesn't look like an article",
  notArticleWhy: 'Why not?',
  noReasons: 'No article signals were found.',

  errorTitle: 'Something went wrong',
  unknownError: 'Unknown error',
  noAnswer: 'The page did not answer.',
  badAnswer: 'The page sent an answer Quiet Reader did not understand.',
  pageError: (message: string): string => `The page reported a problem: ${message}`,
  gaveUpTitle: 'This page is too large to clean up',
  gaveUpElements: (count: string, limit: string): string =>
    `It has ${count} elements; Quiet Reader leaves pages with more than ${limit} alone so they stay fast.`,
  gaveUpTime: (ms: string, limit: string): string =>
    `Cleaning it took ${ms} ms (more than ${limit} ms), so Quiet Reader stopped following its changes. What was hidden stays hidden.`,

  minRead: (minutes: number): string => `${minutes} min read`,
  untitled: 'Untitled article',
  articleRegion: 'Article',

  hiddenCount: (count: number): string => (count === 1 ? '1 item hidden' : `${count} items hidden`),
  hiddenRegion: 'Hidden items',
  nothingHidden: 'Nothing is hidden on this page.',
  cleanupOff: (site: string): string => `Clean-up is off on ${site}.`,
  show: 'Show',
  shown: 'Shown',
  revealed: 'Shown on the page.',
  revealFailed: "Couldn't show that block. The page may have changed.",
  noText: '(no text)',
  kinds: {
    donation: 'Donation appeal',
    promo: 'Promotion',
    newsletter: 'Newsletter sign-up',
    related: 'Related links',
    share: 'Share buttons',
    ad: 'Ad',
    overlay: 'Overlay',
    other: 'Other',
  } satisfies Record<ClutterKind, string>,
} as const;
