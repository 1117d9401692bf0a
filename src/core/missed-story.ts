/**
 * A story Readability passed over for a block of cards. It credits a paragraph's score to its
 * parent in full and to its grandparent by half, so a ranking or a grid of product cards, each
 * card a few short paragraphs, can outscore a story whose every paragraph sits in a wrapper of
 * its own. When the article Readability returns holds little of the page's story paragraphs and
 * one block elsewhere holds several times its text, that block is the story (extract.ts reads it
 * on its own). A comment thread, a form or a block named as clutter never is.
 */
import { COMMENTS, type NotedParagraph } from './sibling-sections';
import { matchElement } from './signals/tokens';
import { collapse } from './text';

/** Story text a page must have before a first read of it is doubted. */
const MIN_STORY = 1500;
/** A read holding less than this share of the story paragraphs missed the story. */
const MAX_KEPT_SHARE = 0.25;
/** The block holds at least this share of the paragraphs the read left out… */
const MIN_BLOCK_SHARE = 0.6;
/** …and this many times the text of the read. */
const MIN_GAIN = 3;

/** The block that holds the story Readability left out of `articleText`, if it did. */
export function missedStory(noted: NotedParagraph[], articleText: string): Element | null {
  const text = collapse(articleText);
  const missed = noted.filter((p) => !text.includes(p.text));
  const length = (ps: NotedParagraph[]): number => ps.reduce((sum, p) => sum + p.text.length, 0);
  const total = length(noted);
  const left = length(missed);
  if (total < MIN_STORY || total - left >= MAX_KEPT_SHARE * total) return null;
  // Text of the left-out paragraphs under each of their ancestors; the deepest that holds most of it.
  const under = new Map<Element, number>();
  for (const p of missed) for (const el of p.chain) under.set(el, (under.get(el) ?? 0) + p.text.length);
  const kept = noted.filter((p) => !missed.includes(p));
  let block: Element | null = null;
  let depth = 0; // below the body
  for (const p of missed) {
    for (let level = depth + 1; level < p.chain.length; level++) {
      if (under.get(p.chain[level]!)! >= MIN_BLOCK_SHARE * left) [block, depth] = [p.chain[level]!, level];
    }
  }
  if (!block || under.get(block)! < MIN_GAIN * text.length) return null;
  // Around what Readability kept, a second read would keep it again.
  if (kept.some((p) => p.chain.includes(block))) return null;
  return block.matches(COMMENTS) || matchElement(block) ? null : block;
}
