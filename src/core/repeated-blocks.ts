/**
 * Passages the article holds twice. Pages ship one layout for phones and one for desktops and let
 * CSS show one of them, or list their answers once folded and once unfolded: a snapshot of the
 * page, and so Readability, sees every copy. A reader wants each passage once; the first copy
 * stays.
 */
import { collapse } from './text';

/** The blocks compared: paragraphs and their like, judged innermost (a list item by its paragraph). */
const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DT', 'DD', 'FIGCAPTION', 'TD', 'TH']);
/**
 * Shorter texts repeat for good reasons (a heading per section, "Read more", a table's "Yes");
 * only paragraphs of this length are compared.
 */
const MIN_REPEAT_LENGTH = 60;

interface Block {
  block: Element;
  text: string;
}

/**
 * The innermost blocks under `el` long enough to compare, in reading order, into `found`; returns
 * whether `el` is or holds a block. One walk over the elements: selector queries per block cost
 * more than the rest of the step in jsdom (the CLI, the benchmarks).
 */
function collectBlocks(el: Element, found: Block[]): boolean {
  let holds = false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    // Code repeats on purpose: the same call in two examples.
    if (child.tagName !== 'PRE' && collectBlocks(child, found)) holds = true;
  }
  if (!BLOCKS.has(el.tagName)) return holds;
  if (!holds) {
    const text = collapse(el.textContent ?? '');
    if (text.length >= MIN_REPEAT_LENGTH) found.push({ block: el, text });
  }
  return true;
}

/**
 * Remove the second copy of a run of blocks: two or more blocks in a row that repeat, in order, two
 * in a row before them. A paragraph said twice alone stays: a recap list that the headings repeat,
 * a warm-up that opens every day of a training plan. Returns the copies removed.
 */
export function dropRepeats(root: Element): Element[] {
  const blocks: Block[] = [];
  collectBlocks(root, blocks);
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
