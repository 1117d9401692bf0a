import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { f1Of, foldTypography, meanPRF, pageHaystack, reachableRate, reachableTitle, shingleCounts, snippetRate, tokens } from '../../bench/lib/metrics';

describe('shingle metric', () => {
  it('tokenizes runs of Unicode word characters', () => {
    expect(tokens("Al-Maliki's visit, 2006 — שלום עולם")).toEqual(['Al', 'Maliki', 's', 'visit', '2006', 'שלום', 'עולם']);
  });

  it('counts shingles as multisets, scaled to sum to one', () => {
    // truth: a b c d e → shingles abcd, bcde; predicted: a b c d x → abcd, bcdx
    expect(shingleCounts('a b c d e', 'a b c d x')).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
    expect(f1Of('a b c d e', 'a b c d e')).toBe(1);
    expect(f1Of('a b c d e', 'v w x y z')).toBe(0);
  });

  it('averages precision and recall over the pages where they are defined', () => {
    const pages = [shingleCounts('a b c d e', 'a b c d e'), shingleCounts('a b c d e', ''), shingleCounts('', '')];
    const { precision, recall } = meanPRF(pages);
    expect(precision).toBe(1); // the empty prediction has no precision
    expect(recall).toBeCloseTo(2 / 3);
  });

  it('finds snippets case- and whitespace-folded', () => {
    expect(snippetRate(['Hello  World', 'absent'], 'well, hello world!')).toBe(0.5);
    expect(snippetRate([], 'x')).toBeNull();
  });

  it('folds typographic quotes and dashes only when asked (the diagnostic row)', () => {
    const page = 'They’re “largely positive” — and good';
    expect(snippetRate(["they're largely"], page)).toBe(0);
    expect(snippetRate(['they\'re "largely', '"largely positive" - and'], page, foldTypography)).toBe(1);
  });

  it('bounds with-rate and titles by what the page holds anywhere, past layout and Markdown', () => {
    const doc = new JSDOM(
      '<head><title>Site | The Headline</title><meta property="og:title" content="Another Title"></head>' +
        '<body><p>They’re <a href="/x">largely</a>positive.</p><ul><li>First point</li><li>Second point</li></ul>' +
        '<img alt="A caption in alt text"></body>',
    ).window.document;
    const haystack = pageHaystack(doc);
    // Spaces the page lacks around a link, list markers and the attribute's text are found; the
    // straightened quote is not there to find.
    expect(reachableRate(['largely positive', '- First point\n- Second point', 'caption in alt', "They're"], haystack)).toBe(0.75);
    expect(reachableRate([], haystack)).toBeNull();
    expect(reachableTitle('another title', haystack)).toBe(true);
    expect(reachableTitle('The Headline Reworded', haystack)).toBe(false);
    expect(reachableTitle(null, haystack)).toBeNull();
    // Folded to ASCII on both sides, the straightened quote is found; list markers still go.
    const folded = pageHaystack(doc, foldTypography);
    expect(reachableRate(["They're", '- First point'], folded, foldTypography)).toBe(1);
  });
});
