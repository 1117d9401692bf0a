/** Shared data shapes of the pure core. Everything here is plain, serialisable data. */

/** What a hidden block is, as shown to the user. */
export type ClutterKind =
  | 'donation'
  | 'promo'
  | 'newsletter'
  | 'related'
  | 'share'
  | 'ad'
  | 'overlay'
  | 'other';

export const CLUTTER_KINDS: readonly ClutterKind[] = [
  'donation',
  'promo',
  'newsletter',
  'related',
  'share',
  'ad',
  'overlay',
  'other',
];

/** One piece of clutter found on the page, with why we believe it is clutter. */
export interface ClutterBlock {
  element: Element;
  kind: ClutterKind;
  /** Human-readable reasons, e.g. `rule jpost.com##.OUTBRAIN`, `class token "newsletter"`. */
  evidence: string[];
}

/** A hidden block as reported across the message boundary (no DOM references). */
export interface HiddenItem {
  id: number;
  kind: ClutterKind;
  /** The block's first words, for the popup list. */
  text: string;
}

export interface Detection {
  isArticle: boolean;
  /** Every signal that was looked at and what it said, e.g. `json-ld NewsArticle`. */
  reasons: string[];
}

/** The extracted article: sanitized html plus metadata. */
export interface Article {
  title: string;
  byline: string | null;
  /** ISO 8601 date or date-time as published, when known. */
  published: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: { src: string; caption: string | null } | null;
  /** Sanitized article html. Safe to render. */
  html: string;
  text: string;
  wordCount: number;
  readingMinutes: number;
}
