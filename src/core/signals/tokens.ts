/**
 * Attribute-token signals. Class, id, data-* names and values, aria-label and role are split
 * into lower-case word tokens ("div-gpt-ad-1", "shareButtons" → div gpt ad 1, share buttons),
 * so that "ad" matches `ad-slot` but never `header` or `load`.
 */
import type { ClutterKind } from '../types';

/** Single tokens and two-token phrases (joined with a space) that name a clutter kind. */
const TOKEN_KINDS: Record<string, ClutterKind> = Object.fromEntries(
  (
    [
      ['ad', 'ad ads adv advert adverts advertisement advertisements advertising adslot adunit adsbygoogle adsense dfp gpt doubleclick sponsor sponsored billboard leaderboard skyscraper mpu outstream teads dianomi'],
      ['share', 'share sharing sharebar sharetools shares social addthis sharethis sociallinks'],
      ['newsletter', 'newsletter newsletters nieuwsbrief signup optin mailinglist'],
      ['related', 'related recommended recommendations recirculation recirc outbrain taboola trending mostread mostpopular readmore readnext alsoread youmaylike morestories'],
      ['promo', 'promo promos promotion promoted upsell subscribe-cta paywall-promo cta offer'],
      ['donation', 'donate donation donations contribute contribution contributions'],
      ['overlay', 'paywall regwall modal overlay backdrop interstitial popup lightbox-overlay tp-modal tp-backdrop'],
      ['other', 'cookie cookies consent gdpr'],
    ] as const
  ).flatMap(([kind, list]) => list.split(' ').map((token) => [token.replace('-', ' '), kind] as const)),
);

/** Tokens that mark the article itself; an element carrying them is never clutter by token. */
const CONTENT_TOKENS = new Set([
  'articlebody',
  'article body',
  'post body',
  'entry content',
  'story body',
  'article content',
  'post content',
  'main content',
]);

/** Words of an attribute value: split on non-alphanumerics and camelCase humps. */
export function splitTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** The tokens of the attributes an element is named by. Role "banner" is the site header, not an ad. */
export function elementTokens(element: Element): string[] {
  const parts: string[] = [];
  const cls = element.getAttribute('class');
  if (cls) parts.push(cls);
  if (element.id) parts.push(element.id);
  const label = element.getAttribute('aria-label');
  if (label && label.length < 60) parts.push(label);
  for (const attr of Array.from(element.attributes)) {
    if (attr.name.startsWith('data-') && attr.name.length > 5) {
      parts.push(attr.name.slice(5));
      if (attr.value.length < 40 && !/[/:]/.test(attr.value)) parts.push(attr.value);
    }
  }
  return parts.flatMap(splitTokens);
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
    const pair = i + 1 < tokens.length ? `${one} ${tokens[i + 1]}` : '';
    if (CONTENT_TOKENS.has(one) || CONTENT_TOKENS.has(pair)) return null;
    if (match) continue;
    const token = [pair, one + (tokens[i + 1] ?? ''), one].find((candidate) => TOKEN_KINDS[candidate]);
    if (token) match = { kind: TOKEN_KINDS[token]!, token };
  }
  return match;
}
