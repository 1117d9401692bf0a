/**
 * Affiliate disclosures in an extracted article: the publisher's note that links in the piece
 * earn it money ("This post contains affiliate links…", "If you buy through our links, we may
 * earn a commission", "As an Amazon Associate I earn from qualifying purchases"). The law asks
 * for it near the links; it is the page's fine print, not the story. A paragraph that talks
 * about affiliate programmes ("Streamers earn a commission when viewers buy…") makes no
 * statement about this page's own links and stays.
 */
import { lineOf, MEDIA } from './dom';
import { collapse } from './text';

/**
 * The statements, in the project's languages: the page holds such links, or we/I earn from
 * them.
 */
const DISCLOSURE = new RegExp(
  [
    '\\b(?:contains?|includes?|uses?|may contain|may include|are|is)\\s+(?:some\\s+)?(?:affiliate|commissionable)\\s+(?:links?|ones)\\b',
    '\\b(?:we|i)\\s+(?:may\\s+|might\\s+|will\\s+|can\\s+)?(?:earn|receive|get|make)\\b.{0,40}\\b(?:commissions?|compensation|kickback)\\b',
    '\\bearns? from qualifying purchases\\b',
    '\\bas an amazon (?:associate|affiliate)\\b',
    '\\b(?:enthält|enthalten|contient|contiene|contienen|contém|bevat)\\s.{0,20}(?:affiliate|affiliés|d.affiliation|afiliad|affiliazione)|\\bwir\\b.{0,30}\\bprovision\\b',
    '(?:מכיל|כולל).{0,10}קישורי שותפים',
  ].join('|'),
  'i',
);
/** A disclosure is a sentence or three: a longer block is part of the story. */
const MAX_DISCLOSURE_LENGTH = 400;
/** The blocks a disclosure is set in. */
const BLOCKS = 'p, div, aside, section, em, small, span';
/** A point of a list or a cell of a table is part of a comparison, not the page's note. */
const POINTS = 'li, td, th, dd, dt';

/** Remove the affiliate disclosures under `root`; returns what went. */
export function dropDisclosures(root: Element): Element[] {
  // Most articles disclose nothing: one search of the whole text spares the walk over its blocks.
  if (!DISCLOSURE.test(collapse(root.textContent ?? ''))) return [];
  const removed: Element[] = [];
  // Innermost first: the disclosure goes, not the box that also holds the intro.
  for (const block of Array.from(root.querySelectorAll(BLOCKS)).reverse()) {
    if (!root.contains(block) || block.closest(POINTS)) continue;
    const raw = block.textContent ?? '';
    // Most blocks are longer than a disclosure: the raw length rules them out before any regex.
    if (raw.length > 2 * MAX_DISCLOSURE_LENGTH) continue;
    const text = collapse(raw);
    if (text.length > MAX_DISCLOSURE_LENGTH || !DISCLOSURE.test(text) || block.querySelector(MEDIA)) continue;
    // With the boxes around it that hold nothing else.
    const line = lineOf(block, root);
    line.remove();
    removed.push(line);
  }
  return removed;
}
