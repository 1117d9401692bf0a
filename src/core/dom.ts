/** DOM helpers shared by the core's stages. Pure functions over any Document implementation. */
import { collapse } from './text';

/** Elements whose content is never page text. */
export const NON_CONTENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'HEAD']);

/** The length of the whitespace-collapsed, trimmed text (a native regex beats a JS loop in a cold page). */
export function collapsedLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

/** Memoised text lengths: classify asks about the same ancestors many times. */
export class TextLengths {
  private readonly cache = new Map<Element, number>();
  of(element: Element): number {
    let length = this.cache.get(element);
    if (length === undefined) {
      length = collapsedLength(element.textContent ?? '');
      this.cache.set(element, length);
    }
    return length;
  }
}

/** Text of links inside an element, over its whole text: high for teaser lists and menus. */
export function linkDensity(element: Element, lengths: TextLengths): number {
  const total = lengths.of(element);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of byTag(element, 'a')) linked += lengths.of(a);
  return Math.min(1, linked / total);
}

/**
 * Does anything under `root` match? querySelectorAll rather than querySelector: native engines
 * differ little, but jsdom's first-match path is 3–4× slower (40 ms against 11 for a two-part
 * selector over a news page), and jsdom runs the CLI and the benchmarks.
 */
export function has(root: ParentNode, selector: string): boolean {
  return root.querySelectorAll(selector).length > 0;
}

/**
 * The elements of a tag, as an array. A live collection read by index, not a query: native engines
 * answer all three ways alike, but in jsdom (the CLI and the benchmarks) the selector engine takes
 * 3–6× longer (8.9 ms against 1.5 for the images of a news page), and the collection's iterator
 * and item() grow with its length squared (450 ms for the 1,776 links of a long page, 1.5 ms by index).
 */
export function byTag(root: Document | Element, tag: string): Element[] {
  const live = root.getElementsByTagName(tag);
  return Array.from({ length: live.length }, (_, i) => live[i]!);
}

/** The elements a text belongs to, read as a block of an article: the nearest of these above it. */
const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DIV', 'SECTION', 'HEADER', 'BLOCKQUOTE', 'FIGCAPTION', 'TD', 'DD', 'DT']);

/** What shows a picture or a player: a block holding one is more than its words. */
export const MEDIA = 'img, picture, video, iframe, figure';

/** A point of a list or a cell of a table is part of it, loose as it may look alone. */
export const PART_OF_WHOLE = new Set(['LI', 'TD', 'TH', 'DT', 'DD']);

/** The block `el` is part of: itself or its nearest block ancestor, `root` at the most. */
export function blockOf(el: Element, root: Element): Element {
  let block = el;
  while (!TEXT_BLOCKS.has(block.tagName) && block.parentElement && block !== root) block = block.parentElement;
  return block;
}

/**
 * The line `el` stands on: up from it while the parent holds no other text and no picture (a
 * button in its wrapper, a placeholder in its paragraph), `root` excluded.
 */
export function lineOf(el: Element, root: Element): Element {
  const text = collapse(el.textContent ?? '');
  let line = el;
  for (let box = el.parentElement; box && box !== root && !box.querySelector(MEDIA) && collapse(box.textContent ?? '') === text; box = box.parentElement) line = box;
  return line;
}

/** Boxes that may hold a story's lines loose: `<div><time>…</time><p>…`. */
const BOXES = new Set(['DIV', 'SECTION', 'HEADER']);
/** A box with more text than this holds more than a line. */
const MAX_BOXED_LINE = 100;

/**
 * The block the text in `holder` stands in, read line by line: its block, or, where that block is
 * `root` or a box of more than a line (a `<time>`, a headline `<span>` or a theme's link set
 * straight in the story's container), the line the text stands on. Null when the text itself
 * lies loose in such a box: no element is its line alone.
 */
export function lineBlockOf(holder: Element, root: Element): Element | null {
  const block = blockOf(holder, root);
  if (block !== root && !(BOXES.has(block.tagName) && collapse(block.textContent ?? '').length > MAX_BOXED_LINE)) return block;
  return holder === block ? null : lineOf(holder, block);
}

/** `a` contains `b` or is `b`. */
export function containsOrIs(a: Element, b: Element): boolean {
  return a === b || a.contains(b);
}

/** A text node's trimmed text and the element holding it. */
export interface TextPiece {
  parent: Element;
  text: string;
}

/**
 * The non-blank text nodes under `root` outside scripts, styles and templates, in document order:
 * one walk over the page's text, shared by the stages that read it.
 */
export function textPieces(root: Element): TextPiece[] {
  const pieces: TextPiece[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || NON_CONTENT_TAGS.has(parent.tagName)) continue;
    const text = (node.nodeValue ?? '').trim();
    if (text.length > 0) pieces.push({ parent, text });
  }
  return pieces;
}

/** Positioned over the page: how soft walls and modals sit. */
export function isFloating(el: Element): boolean {
  if (/position\s*:\s*(?:fixed|sticky)/i.test(el.getAttribute('style') ?? '')) return true;
  const view = el.ownerDocument.defaultView;
  const style = view ? view.getComputedStyle(el) : (el as HTMLElement).style;
  return /^(?:fixed|sticky)$/.test(style.position) || (style.position === 'absolute' && Number(style.zIndex) > 0);
}
