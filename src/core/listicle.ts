/**
 * Listicles ("The 20 best electric cars"): each item wrapped in its own boxes — a heading, a
 * paragraph or three, a picture — side by side under one list. Readability credits a paragraph's
 * score to its parent in full and to ancestors further up only in part (a third and less), so
 * every item outscores the list that holds them all, and it returns one item of twenty. This
 * finds such a list, tells how much of it Readability kept, and lifts the items' blocks up into
 * the list, so the paragraphs stand side by side as an ordinary article's do (extract.ts reads a
 * spare copy so rearranged when Readability kept too little). The live page is never touched.
 */
import { byTag, collapsedLength } from './dom';
import { fold } from './text';

/** Levels above a heading at which its item's box may sit. */
const MAX_ITEM_DEPTH = 6;
/** Fewer items than this is a page with sections, not a list. */
const MIN_ITEMS = 3;
/** Paragraph text an item holds on average: teaser cards (headline + one line) hold less. */
const MIN_ITEM_TEXT = 150;
/** Share of the page's paragraph text the items must hold together: they are the article. */
const MIN_SHARE = 0.5;
/** Characters of an item's first paragraph looked for in Readability's text. */
const KEY_LENGTH = 60;

const HEADINGS = ['h2', 'h3', 'h4'];
/** Boxes that only group the blocks inside them, lifted out one level at a time. */
const BOXES = new Set(['DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'LI']);
const BLOCK = 'p, h1, h2, h3, h4, h5, h6, ul, ol, figure, blockquote, table, pre, div, section, article';

/** Items are boxes of the same tag and classes under one parent. */
function signature(el: Element): string {
  return `${el.tagName} ${el.getAttribute('class') ?? ''}`;
}

function paragraphText(root: Element): number {
  let length = 0;
  for (const p of byTag(root, 'p')) length += collapsedLength(p.textContent ?? '');
  return length;
}

/** The items of the page's list of long, headed items, if it has one. */
export function findListItems(doc: Document): Element[] | null {
  const body = doc.body;
  if (!body) return null;
  const groups = new Map<string, Set<Element>>();
  const parentIds = new Map<Element, number>();
  for (const heading of HEADINGS.flatMap((tag) => byTag(body, tag))) {
    let box = heading.parentElement;
    for (let depth = 0; box && box !== body && depth < MAX_ITEM_DEPTH; depth++, box = box.parentElement) {
      const parent = box.parentElement;
      if (!parent) break;
      let id = parentIds.get(parent);
      if (id === undefined) parentIds.set(parent, (id = parentIds.size));
      const key = `${id} ${signature(box)}`;
      const items = groups.get(key) ?? new Set<Element>();
      groups.set(key, items.add(box));
    }
  }
  let best: Element[] | null = null;
  let bestText = 0;
  for (const items of groups.values()) {
    if (items.size < MIN_ITEMS) continue;
    const list = [...items];
    const text = list.reduce((sum, item) => sum + paragraphText(item), 0);
    if (text > bestText && text >= MIN_ITEM_TEXT * list.length) [best, bestText] = [list, text];
  }
  return best && bestText >= MIN_SHARE * paragraphText(body) ? best : null;
}

/**
 * The listicle's items, each by the start of its first full paragraph (folded), or null where the
 * page has no listicle. Taken before Readability runs: it rearranges the document it reads.
 */
export function listicleKeys(doc: Document): string[] | null {
  const items = findListItems(doc);
  if (!items) return null;
  const keys: string[] = [];
  for (const item of items) {
    const first = byTag(item, 'p').find((p) => collapsedLength(p.textContent ?? '') >= KEY_LENGTH);
    if (first) keys.push(fold(first.textContent ?? '').slice(0, KEY_LENGTH));
  }
  return keys.length > 0 ? keys : null;
}

/** The share of the items `text` holds: 1 where Readability took the list, 0.05 for one item of 20. */
export function keptShare(keys: readonly string[], text: string): number {
  const folded = fold(text);
  return keys.filter((key) => folded.includes(key)).length / keys.length;
}

/** Replace a box by what it holds, and do the same to the boxes inside it. */
function lift(box: Element): void {
  for (const child of Array.from(box.children)) if (BOXES.has(child.tagName) && child.querySelector(BLOCK)) lift(child);
  box.replaceWith(...Array.from(box.childNodes));
}

/**
 * Lift the blocks of a listicle's items into the list that holds them (a list element becomes a
 * plain box first, so its paragraphs are not read as list entries). Returns whether it did.
 */
export function flattenListicle(doc: Document): boolean {
  const items = findListItems(doc);
  const parent = items?.[0]?.parentElement;
  if (!items || !parent) return false;
  for (const item of items) lift(item);
  if (parent.tagName === 'OL' || parent.tagName === 'UL') {
    const box = doc.createElement('div');
    box.append(...Array.from(parent.childNodes));
    parent.replaceWith(box);
  }
  return true;
}
