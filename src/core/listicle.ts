/**
 * Listicles ("The 20 best electric cars"): each item wrapped in its own boxes — a heading, a
 * paragraph or three, a picture — side by side under one list. Readability credits a paragraph's
 * score to its parent in full and to ancestors further up only in part (a third and less), so
 * every item outscores the list that holds them all, and it returns one item of twenty. This
 * finds such a list and keeps a copy of it, tells how much of it Readability kept, and makes a
 * document of the list alone with the items' blocks lifted into it, so the paragraphs stand side
 * by side as an ordinary article's do (extract.ts reads that when Readability kept too little).
 * The live page is never touched.
 */
import { byTag, collapsedLength } from './dom';
import { splitTokens } from './signals/tokens';
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

/**
 * Lists of boxes that are no story whatever their text: comment threads, menus, galleries and
 * news streams name themselves so in their classes or ids (their own or their list's).
 */
const NOT_A_STORY = new Set(['comment', 'comments', 'nav', 'navigation', 'menu', 'gallery', 'slide', 'slides', 'slider', 'carousel', 'stream', 'feed']);

function namedNotAStory(el: Element): boolean {
  return splitTokens(`${el.getAttribute('class') ?? ''} ${el.id}`).some((token) => NOT_A_STORY.has(token));
}

/** Items are boxes of the same tag and classes under one parent. */
function signature(el: Element): string {
  return `${el.tagName} ${el.getAttribute('class') ?? ''}`;
}

/**
 * Paragraph text under each element of the body, in one pass: each paragraph's length added to its
 * ancestors. (Counting each candidate box's paragraphs anew walked the same subtrees once per
 * group they fall in: a second and more on a long page in jsdom.)
 */
function paragraphTextOf(body: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  for (const p of byTag(body, 'p')) {
    const length = collapsedLength(p.textContent ?? '');
    if (length === 0) continue;
    for (let el: Element | null = p; el && el !== body.parentElement; el = el.parentElement) lengths.set(el, (lengths.get(el) ?? 0) + length);
  }
  return lengths;
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
  const paragraphText = paragraphTextOf(body);
  const textOf = (el: Element): number => paragraphText.get(el) ?? 0;
  let best: Element[] | null = null;
  let bestText = 0;
  for (const items of groups.values()) {
    if (items.size < MIN_ITEMS) continue;
    const list = [...items];
    if (namedNotAStory(list[0]!) || namedNotAStory(list[0]!.parentElement!)) continue;
    const text = list.reduce((sum, item) => sum + textOf(item), 0);
    if (text > bestText && text >= MIN_ITEM_TEXT * list.length) [best, bestText] = [list, text];
  }
  return best && bestText >= MIN_SHARE * textOf(body) ? best : null;
}

/** A listicle found before Readability runs (it rearranges the document it reads). */
export interface Listicle {
  /** Each item by the start of its first full paragraph, folded. */
  keys: string[];
  /** A copy of the list with all its items, made before Readability took the page apart. */
  list: Element;
}

/** The page's listicle, if it has one. */
export function findListicle(doc: Document): Listicle | null {
  const items = findListItems(doc);
  const parent = items?.[0]?.parentElement;
  if (!items || !parent) return null;
  const keys: string[] = [];
  for (const item of items) {
    const first = byTag(item, 'p').find((p) => collapsedLength(p.textContent ?? '') >= KEY_LENGTH);
    if (first) keys.push(fold(first.textContent ?? '').slice(0, KEY_LENGTH));
  }
  return keys.length > 0 ? { keys, list: parent.cloneNode(true) as Element } : null;
}

/** The share of the items `text` holds: 1 where Readability took the list, 0.05 for one item of 20. */
export function keptShare({ keys }: Listicle, text: string): number {
  const folded = fold(text);
  return keys.filter((key) => folded.includes(key)).length / keys.length;
}

/** Replace a box by what it holds, and do the same to the boxes inside it. */
function lift(box: Element): void {
  for (const child of Array.from(box.children)) if (BOXES.has(child.tagName) && child.querySelector(BLOCK)) lift(child);
  box.replaceWith(...Array.from(box.childNodes));
}

/**
 * A document of the list alone, its items' blocks lifted into it (a list element becomes a plain
 * box, so its paragraphs are not read as list entries): what Readability should have read.
 */
export function listDocument(doc: Document, listicle: Listicle): Document {
  const spare = doc.implementation.createHTMLDocument(doc.title);
  const list = spare.importNode(listicle.list, true);
  const box = list.tagName === 'OL' || list.tagName === 'UL' ? spare.createElement('div') : list;
  if (box !== list) box.append(...Array.from(list.childNodes));
  spare.body.append(box);
  for (const item of findListItems(spare) ?? []) lift(item);
  return spare;
}
