/**
 * Passages the article holds twice. Pages ship one layout for phones and one for desktops and let
 * CSS show one of them, or list their answers once folded and once unfolded: a snapshot of the
 * page, and so Readability, sees every copy. A reader wants each passage once; the first copy
 * stays.
 */
import { collapse } from './text';

/** The blocks compared: paragraphs and their like, judged innermost (a list item by its paragraph). */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dt, dd, figcaption, td, th';
/**
 * Shorter texts repeat for good reasons (a heading per section, "Read more", a table's "Yes");
 * only paragraphs of this length are compared.
 */
const MIN_REPEAT_LENGTH = 60;

/** The innermost blocks of `root` long enough to compare, in reading order, with their text. */
function longBlocks(root: Element): { block: Element; text: string }[] {
  const found: { block: Element; text: string }[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    // Code repeats on purpose: the same call in two examples.
    if (block.querySelector(BLOCKS) || block.closest('pre')) continue;
    const text = collapse(block.textContent ?? '');
    if (text.length >= MIN_REPEAT_LENGTH) found.push({ block, text });
  }
  return found;
}

/**
 * Remove the second copy of a run of blocks: two or more blocks in a row that repeat, in order, two
 * in a row before them. A paragraph said twice alone stays: a recap list that the headings repeat,
 * a warm-up that opens every day of a training plan. Returns the copies removed.
 */
export function dropRepeats(root: Element): Element[] {
  const blocks = longBlocks(root);
  const firstAt = new Map<string, number>();
  // For each block, where its text was first seen, or -1 for a first time.
  const original = blocks.map(({ text }, k) => {
    const at = firstAt.get(text);
    if (at === undefined) firstAt.set(text, k);
    return at ?? -1;
  });
  const copiesOnward = (k: number, step: number): boolean => {
    const next = original[k + step] ?? -1;
    return next >= 0 && next === original[k]! + step;
  };
  const copies = blocks.filter((_, k) => original[k]! >= 0 && (copiesOnward(k, 1) || copiesOnward(k, -1))).map(({ block }) => block);
  for (const block of copies) block.remove();
  return copies;
}
