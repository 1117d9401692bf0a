import { describe, expect, it } from 'vitest';
import { matchElement, matchTokens, splitTokens } from '../../../src/core/signals/tokens';
import { dom } from '../../helpers/fixtures';

function element(attributes: string): Element {
  return dom(`<!doctype html><body><div ${attributes}></div></body>`).window.document.querySelector('div')!;
}

describe('splitTokens', () => {
  it('splits on punctuation and camelCase humps, lower-cased', () => {
    expect(splitTokens('div-gpt-ad-1 shareButtons  newsletter_box')).toEqual(['div', 'gpt', 'ad', '1', 'share', 'buttons', 'newsletter', 'box']);
    expect(splitTokens('teaser-größe')).toEqual(['teaser', 'größe']);
  });
});

describe('matchTokens', () => {
  it('matches whole tokens, pairs and joined pairs only', () => {
    expect(matchTokens(['top', 'ad'])).toEqual({ kind: 'ad', token: 'ad' });
    expect(matchTokens(['ad', 'slot'])).toEqual({ kind: 'ad', token: 'adslot' });
    expect(matchTokens(['header'])).toBeNull();
    // Names of Object.prototype are not tokens.
    expect(matchTokens(['constructor', 'to', 'string'])).toBeNull();
    expect(matchTokens(['most', 'read'])).toEqual({ kind: 'related', token: 'mostread' });
  });

  it('takes two tokens run together before the first alone', () => {
    expect(matchTokens(['paywall', 'promo'])).toEqual({ kind: 'promo', token: 'paywallpromo' });
    expect(matchTokens(['paywall', 'box'])).toEqual({ kind: 'overlay', token: 'paywall' });
  });

  it('never matches an element that names the article content', () => {
    expect(matchTokens(['share', 'article', 'body'])).toBeNull();
    expect(matchTokens(['share', 'entrycontent'])).toBeNull();
    expect(matchTokens(['share', 'articlebody'])).toBeNull();
  });
});

describe('matchElement', () => {
  it('reads class, id, aria-label and data-* names and short values', () => {
    expect(matchElement(element('class="sidebar promo-box"'))?.kind).toBe('promo');
    expect(matchElement(element('id="div-gpt-ad-123"'))?.kind).toBe('ad');
    expect(matchElement(element('aria-label="Share this article"'))?.kind).toBe('share');
    expect(matchElement(element('data-ad-slot="1234"'))?.kind).toBe('ad');
    expect(matchElement(element('data-component="recommended-articles"'))?.kind).toBe('related');
  });

  it('ignores URLs in data values and elements without names', () => {
    expect(matchElement(element('data-href="https://example.com/share"'))).toBeNull();
    expect(matchElement(element(''))).toBeNull();
    expect(matchElement(element('class="header loading"'))).toBeNull();
  });

  it('finds keys split by separators or camelCase humps, and passes names holding none', () => {
    expect(matchElement(element('class="Share_Bar"'))).toEqual({ kind: 'share', token: 'sharebar' });
    expect(matchElement(element('class="mostRead"'))).toEqual({ kind: 'related', token: 'mostread' });
    expect(matchElement(element('class="page-wrapper main-grid"'))).toBeNull();
  });

  it('gives the same answer for a name it has seen before', () => {
    const first = matchElement(element('class="social-share-bar"'));
    expect(matchElement(element('class="social-share-bar"'))).toEqual(first);
  });
});
