/**
 * Attribute-token signals. Class, id, data-* names and values, aria-label and role are split
 * into lower-case word tokens ("div-gpt-ad-1", "shareButtons" → div gpt ad 1, share buttons),
 * so that "ad" matches `ad-slot` but never `header` or `load`.
 */
import type { ClutterKind } from '../types';

/** Words that name a clutter kind, alone or as two tokens run together ("ad-slot" → adslot). */
const TOKEN_KINDS = new Map<string, ClutterKind>(
  (
    [
      ['ad', 'ad ads adv advert adverts advertisement advertisements advertising adslot adunit adsbygoogle adsense dfp gpt doubleclick sponsor sponsored billboard leaderboard skyscraper mpu outstream teads dianomi'],
      ['share', 'share sharing sharebar sharetools shares social addthis sharethis sociallinks'],
      ['newsletter', 'newsletter newsletters nieuwsbrief signup optin mailinglist'],
      ['related', 'related recommended recommendations recirculation recirc outbrain taboola trending mostread mostpopular readnext alsoread youmaylike morestories'],
      ['promo', 'promo promos promotion promoted upsell paywallpromo cta offer'],
      ['donation', 'donate donation donations contribute contribution contributions'],
      ['overlay', 'paywall regwall modal overlay backdrop interstitial popup'],
      ['other', 'cookie cookies consent gdpr'],
    ] as const
  ).flatMap(([kind, list]) => list.split(' ').map((token) => [token, kind] as const)),
);

/**
 * Most names hold no clutter word at all. With separators squeezed out, any name that can match
 * contains a key ("share-bar" → sharebar), so one native test spares the rest the splitting.
 */
const KEYS = RegExp([...TOKEN_KINDS.keys()].join('|'), 'i');

/** Tokens that mark the article itself, alone or run together; an element carrying them is never clutter by token. */
const CONTENT_TOKENS = new Set(['articlebody', 'postbody', 'entrycontent', 'storybody', 'articlecontent', 'postcontent', 'maincontent']);

/** What splits an attribute value into words. */
const SEPARATORS = /[^a-z0-9\u00aa-\uffff]+/gi;

/**
 * Words of an attribute value: split on non-alphanumerics and camelCase humps. Anything past
 * ASCII counts as a letter, which spares the page a Unicode-mode regex for names that are
 * almost always ASCII.
 */
export function splitTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(SEPARATORS)
    .filter((token) => token.length > 0);
}

/** The attribute text an element is named by. Role "banner" is the site header, not an ad. */
function nameOf(element: Element): string {
  let name = element.getAttribute('class') ?? '';
  if (element.id) name += ` ${element.id}`;
  const label = element.getAttribute('aria-label');
  if (label && label.length < 60) name += ` ${label}`;
  // Attribute names, not `attributes`: reading that makes the browser build an Attr node for each.
  for (const attr of element.getAttributeNames()) {
    if (attr.length > 5 && attr.startsWith('data-')) {
      name += ` ${attr.slice(5)}`;
      const value = element.getAttribute(attr) ?? '';
      if (value.length < 40 && !/[/:]/.test(value)) name += ` ${value}`;
    }
  }
  return name;
}

export interface TokenMatch {
  kind: ClutterKind;
  token: string;
}

/** The first clutter kind the element's tokens name, unless they also name article content. */
export function matchTokens(tokens: string[]): TokenMatch | null {
  let match: TokenMatch | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const one = tokens[i]!;
    // The last token has no next: it stands alone.
    const joined = one + (tokens[i + 1] ?? '\0');
    if (CONTENT_TOKENS.has(one) || CONTENT_TOKENS.has(joined)) return null;
    if (match) continue;
    // Two tokens run together ("share bar" → sharebar) before one alone.
    const token = TOKEN_KINDS.has(joined) ? joined : TOKEN_KINDS.has(one) ? one : null;
    if (token) match = { kind: TOKEN_KINDS.get(token)!, token };
  }
  return match;
}

/** Matches by name: a page repeats the same class strings hundreds of times. */
const matchesByName = new Map<string, TokenMatch | null>();
const MAX_CACHED_NAMES = 10_000;

/** The clutter kind an element's attributes name, if any (see matchTokens). */
export function matchElement(element: Element): TokenMatch | null {
  if (!element.hasAttributes()) return null;
  const name = nameOf(element);
  if (name === '') return null;
  let match = matchesByName.get(name);
  if (match === undefined) {
    match = KEYS.test(name.replace(SEPARATORS, '')) ? matchTokens(splitTokens(name)) : null;
    if (matchesByName.size >= MAX_CACHED_NAMES) matchesByName.clear();
    matchesByName.set(name, match);
  }
  return match;
}
