/**
 * The publisher's notes set among the story's paragraphs in an extracted article:
 *
 *  - its affiliate disclosure, that links in the piece earn it money ("This post contains
 *    affiliate links…", "If you buy through our links, we may earn a commission", "As an Amazon
 *    Associate I earn from qualifying purchases"). The law asks for it near the links; it is the
 *    page's fine print, not the story. A paragraph that talks about affiliate programmes
 *    ("Streamers earn a commission when viewers buy…") makes no statement about this page's own
 *    links and stays;
 *  - a plug for its newsletter ("Sign up for our Watch Party newsletter…", "… newsletter,
 *    delivered right to your inbox"): a sentence that both calls to sign up and names the
 *    newsletter. In the page, classify hides such a block inside the article only when it says
 *    two appeals; in the reader one plug is enough. Advice in a list ("subscribe to industry
 *    newsletters") stays.
 */
import { lineOf, MEDIA } from './dom';
import { collapse } from './text';

/**
 * The notes, in the project's languages: the page holds affiliate links, or we/I earn from them;
 * sign up for our newsletter, or have it in your inbox.
 */
const NOTE = new RegExp(
  [
    '\\b(?:contains?|includes?|uses?|may contain|may include|are|is)\\s+(?:some\\s+)?(?:affiliate|commissionable)\\s+(?:links?|ones)\\b',
    '\\b(?:we|i)\\s+(?:may\\s+|might\\s+|will\\s+|can\\s+)?(?:earn|receive|get|make)\\b.{0,40}\\b(?:commissions?|compensation|kickback)\\b',
    '\\bearns? from qualifying purchases\\b',
    '\\bas an amazon (?:associate|affiliate)\\b',
    '\\b(?:enthält|enthalten|contient|contiene|contienen|contém|bevat)\\s.{0,20}(?:affiliate|affiliés|d.affiliation|afiliad|affiliazione)|\\bwir\\b.{0,30}\\bprovision\\b',
    '(?:מכיל|כולל).{0,10}קישורי שותפים',
    '\\b(?:sign up|subscribe|join)\\b[^.!?]{0,60}\\bnewsletters?\\b|\\bnewsletters?\\b[^.!?]{0,80}\\b(?:to|in|into) your inbox\\b',
    '\\b(?:newsletter abonnieren|(?:inscrivez-vous|abonnez-vous) à (?:notre|la) newsletter|suscríbete a (?:nuestro|el) (?:boletín|newsletter)|iscriviti alla (?:nostra )?newsletter|(?:assine|inscreva-se em) (?:a |nossa )?newsletter|(?:schrijf je in voor|meld je aan voor) (?:de|onze) nieuwsbrief)|הירשמו לניוזלטר',
  ].join('|'),
  'i',
);
/** A note is a sentence or three: a longer block is part of the story. */
const MAX_NOTE_LENGTH = 400;
/** The blocks a note is set in. */
const BLOCKS = 'p, div, aside, section, em, small, span';
/** A point of a list or a cell of a table is part of a comparison or advice, not the page's note. */
const POINTS = 'li, td, th, dd, dt';

/** Remove the publisher's notes under `root`; returns what went. */
export function dropPublisherNotes(root: Element): Element[] {
  // Most articles hold none: one search of the whole text spares the walk over its blocks.
  if (!NOTE.test(collapse(root.textContent ?? ''))) return [];
  const removed: Element[] = [];
  // Innermost first: the note goes, not the box that also holds the intro.
  for (const block of Array.from(root.querySelectorAll(BLOCKS)).reverse()) {
    if (!root.contains(block) || block.closest(POINTS)) continue;
    const raw = block.textContent ?? '';
    // Most blocks are longer than a note: the raw length rules them out before any regex.
    if (raw.length > 2 * MAX_NOTE_LENGTH) continue;
    const text = collapse(raw);
    if (text.length > MAX_NOTE_LENGTH || !NOTE.test(text) || block.querySelector(MEDIA)) continue;
    // With the boxes around it that hold nothing else.
    const line = lineOf(block, root);
    line.remove();
    removed.push(line);
  }
  return removed;
}
