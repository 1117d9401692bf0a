/**
 * Story text Readability cleaned out of the body it kept. Its conditional cleaning weighs class
 * names ("widget", "media", "meta"…) and image counts, so a block of plain paragraphs inside the
 * story — an editor's layout grid, a column, a boxed step of a recipe — can go with the clutter.
 * Clutter was already taken out by the classifier before Readability ran, so a block that held
 * story paragraphs and whose parent is still in the body is put back in its place; not when it
 * holds comments or controls, is a teaser, repeats the article or is repeated on the page.
 */
import { elsewhere, type NotedParagraph } from './sibling-sections';
import { matchElement, splitTokens } from './signals/tokens';
import { collapse } from './text';

/** The detached subtree's root: the block Readability removed. */
function detachedRoot(el: Element): Element {
  let root = el;
  while (root.parentElement) root = root.parentElement;
  return root;
}

/** A sign-up box or a poll, not story: story blocks hold no controls. */
const CONTROLS = 'button, input, select, [role="button"]';

/**
 * Named as clutter: by the classifier's tokens, or as a banner, which inside the story is a
 * promo ("Dedicated Development Team… Contact us"); the classifier leaves "banner" alone because
 * it also names site headers.
 */
function namedClutter(block: Element): boolean {
  return matchElement(block) !== null || splitTokens(`${block.getAttribute('class') ?? ''} ${block.id}`).includes('banner');
}

/**
 * How many times the story Readability kept a block may be: a layout grid's cell holding one
 * step or one item can be twice a short intro; a gallery of fifty other stories is four times a story.
 */
const MAX_GROWTH = 3;

/** Levels of emptied ancestors Readability also removed that are put back with a block. */
const MAX_LEVELS = 3;

/** `block` into `parent`, before the child that holds the next noted paragraph (page order). */
function putBack(block: Element, parent: Element, later: NotedParagraph[]): void {
  let before: Element | null = later.find((q) => parent.contains(q.element))?.element ?? null;
  while (before && before.parentElement !== parent) before = before.parentElement;
  parent.insertBefore(block, before);
}

/** Puts back into `body` the blocks of story paragraphs Readability removed from it. Returns them. */
export function restoreDroppedBlocks(body: Element, noted: NotedParagraph[]): Element[] {
  // Readability re-read the page from its html: the noted elements are not the ones it kept.
  if (!noted.some((p) => body.contains(p.element))) return [];
  const text = collapse(body.textContent ?? '');
  const kept = noted.map((p) => body.contains(p.element));
  const first = kept.indexOf(true);
  const last = kept.lastIndexOf(true);
  const restored: Element[] = [];
  for (const [index, p] of noted.entries()) {
    // Only inside the story, between kept paragraphs: what Readability cut at its edges is most
    // often the page's own (related posts, tags, a footer, questions and answers).
    if (kept[index] || index < first || index > last) continue;
    let block = detachedRoot(p.element);
    if (restored.some((r) => r.contains(block))) continue;
    let at = block === p.element ? p.chain.length : p.chain.indexOf(block);
    if (at <= 0 || elsewhere(block, p.chain.slice(0, at)) || namedClutter(block) || block.querySelector(CONTROLS)) continue;
    // A block whose story is already in the article (a pull quote, a summary) adds nothing; one
    // whose text the page repeats elsewhere (a disclosure under every product) is the page's own.
    // A block far longer than the whole story Readability kept is a section of its own (a
    // gallery of other stories, a feed), not a piece of this one.
    if (collapse(block.textContent ?? '').length > MAX_GROWTH * text.length) continue;
    const inside = noted.filter((q) => block.contains(q.element));
    if (inside.some((q) => text.includes(q.text) || noted.some((o) => o !== q && o.text === q.text))) continue;
    // Its parent, emptied, may have gone too: climb to the first ancestor still in the body.
    let levels = 0;
    while (at > 0 && !body.contains(p.chain[at - 1]!) && p.chain[at - 1]!.parentElement === null && levels++ < MAX_LEVELS) {
      putBack(block, p.chain[at - 1]!, noted.slice(index + 1));
      block = p.chain[--at]!;
    }
    const parent = p.chain[at - 1];
    if (!parent || !body.contains(parent)) continue;
    putBack(block, parent, noted.slice(index + 1));
    restored.push(block);
  }
  return restored;
}
