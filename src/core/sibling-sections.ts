/**
 * Articles laid out by page builders: the story is cut into rows (one per heading or text
 * module), each built alike (`row > column > module > p`). Readability scores every row on its
 * own and keeps the best one with its direct siblings, so the rest of the story, a few levels up,
 * is lost. A row left out is put back when it is built the way the kept row is (the same tags
 * with a class in common at every level up to their common ancestor) and holds paragraphs of
 * story text; not when it holds comments or a form, repeats the article, or is a teaser whose
 * headline links elsewhere.
 */
import { byTag, collapsedLength } from './dom';
import { collapse } from './text';

/** A paragraph of story text: this long at least, and not mostly links. */
const MIN_PARAGRAPH = 80;
const MAX_LINK_DENSITY = 0.25;
/**
 * Levels between the kept row and the common ancestor, at most: further up is another part of the
 * page. Builders nest rows in sections (section > row > cell > row > column > module): 8 levels.
 */
const MAX_LEVELS = 9;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

export interface NotedParagraph {
  element: Element;
  /** Its text, whitespace collapsed. */
  text: string;
  /** The paragraph's ancestors, the body first, as they were before Readability moved anything. */
  chain: Element[];
  /**
   * Each ancestor's tag and classes, as they were: Readability merges an element into its only
   * child by copying its attributes over, so the live ones may have changed.
   */
  shapes: string[][];
}

/** Tag and class tokens: what two rows built alike share. */
function shapeOf(el: Element): string[] {
  return [el.tagName, ...collapse(el.getAttribute('class') ?? '').split(' ')];
}

/** The paragraphs of story text of the cleaned page, noted before Readability takes the page apart. */
export function noteParagraphs(doc: Document): NotedParagraph[] {
  const shapes = new Map<Element, string[]>();
  const noted: NotedParagraph[] = [];
  for (const p of doc.body ? byTag(doc.body, 'p') : []) {
    const text = collapse(p.textContent ?? '');
    if (text.length < MIN_PARAGRAPH) continue;
    let linked = 0;
    for (const link of byTag(p, 'a')) linked += collapsedLength(link.textContent ?? '');
    if (linked > MAX_LINK_DENSITY * text.length) continue;
    const chain: Element[] = [];
    for (let el = p.parentElement; el && el.tagName !== 'HTML'; el = el.parentElement) chain.unshift(el);
    noted.push({ element: p, text, chain, shapes: chain.map((el) => shapes.get(el) ?? shapes.set(el, shapeOf(el)).get(el)!) });
  }
  return noted;
}

/** Same tag, and a class in common (or neither has one). */
function builtAlike([tagA, ...classesA]: string[], [tagB, ...classesB]: string[]): boolean {
  return tagA === tagB && classesA.some((c) => classesB.includes(c));
}

/** Length of the common start of two chains. */
function shared(a: Element[], b: Element[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/** Comments and their form: built like the story on many sites, but the readers' words. */
export const COMMENTS = 'form, textarea, [class*="comment" i], [id*="comment" i]';
/**
 * What a row set inside is no part of the story either: a comment thread, the site's menus, header
 * and footer (built with the same page builder as the story, row for row). Not a form: some CMSs
 * wrap the page in one.
 */
const AROUND_ELSEWHERE =
  'nav, [role="navigation"], header, footer, [class*="header" i], [class*="footer" i], [class*="comment" i], [id*="comment" i]';

/**
 * Set inside a thread, a menu, the header or the footer, by its ancestors as the page was
 * (Readability may have cut the row off from them by now). The body is left out: its classes name
 * the theme's options ("et_header_style_left"), not a part of the page.
 */
function insideElsewhere(ancestors: Element[]): boolean {
  return ancestors.some((el) => el.tagName !== 'BODY' && el.matches(AROUND_ELSEWHERE));
}

/**
 * No part of the story: a row that holds comments or a form or sits in a thread, a menu, the header
 * or the footer (`ancestors`: as the page was, the body first), or a
 * teaser (a headline that links to another page: "Recent articles", "Read next").
 */
export function elsewhere(row: Element, ancestors: Element[]): boolean {
  if (row.matches(COMMENTS) || insideElsewhere(ancestors) || row.querySelectorAll(COMMENTS).length > 0) return true;
  for (const link of row.querySelectorAll('a[href]')) {
    if (!link.getAttribute('href')!.startsWith('#') && (link.closest(HEADINGS) || link.querySelector(HEADINGS))) return true;
  }
  return false;
}

/** The child of `head` that holds the paragraph (by text, when Readability read a fresh copy). */
function blockHolding(head: Element, p: NotedParagraph): Element | null {
  if (head.contains(p.element)) {
    let block: Element = p.element;
    while (block.parentElement !== head) block = block.parentElement!;
    return block;
  }
  return Array.from(head.children).find((child) => collapse(child.textContent ?? '').includes(p.text)) ?? null;
}

/**
 * Is `p` in a row built like the kept one? Returns that row, or null. Two cases: the kept
 * paragraphs all lie in one row (`depth` deep) and `p` lies in a cousin of it built alike, up to
 * MAX_LEVELS above; or they spread over several rows of their common ancestor and `p` lies in
 * another row of it, built like a kept one.
 */
function alikeRow(p: NotedParagraph, kept: NotedParagraph[], depth: number, spread: boolean): Element | null {
  const model = kept[0]!;
  const common = shared(model.chain.slice(0, depth), p.chain);
  if (common < depth) {
    if (common === 0 || depth - common > MAX_LEVELS || p.chain.length < depth) return null;
    for (let level = common; level < depth; level++) if (!builtAlike(model.shapes[level]!, p.shapes[level]!)) return null;
    return p.chain[depth - 1]!;
  }
  // Under the kept rows' common ancestor: only in a row of its own, when the kept spread over rows.
  const row = p.chain[depth];
  if (!spread || !row || kept.some((k) => k.chain[depth] === row)) return null;
  const like = (k: NotedParagraph): boolean =>
    k.chain.length === p.chain.length && k.shapes.slice(depth).every((shape, i) => builtAlike(shape, p.shapes[depth + i]!));
  return kept.some(like) ? row : null;
}

/**
 * Copies into `body` the rows of the page built like the one Readability kept, each in its place
 * in page order. Returns the rows.
 */
export function restoreSiblingSections(body: Element, noted: NotedParagraph[]): Element[] {
  const text = collapse(body.textContent ?? '');
  const inArticle = (p: NotedParagraph): boolean => text.includes(p.text);
  // Readability reads the page again from its html when a first read finds too little: then
  // none of the noted paragraphs is in the article, nor in the page any more, and the kept ones
  // are known by their text. Otherwise a noted paragraph no longer in the page is one Readability
  // threw out (a comment, a sidebar).
  const reread = !noted.some((p) => body.contains(p.element));
  const kept = noted.filter((p) => (reread ? inArticle(p) : body.contains(p.element)));
  if (kept.length === 0) return [];
  // The kept paragraphs' deepest common ancestor, as the page was.
  let depth = kept[0]!.chain.length;
  for (const p of kept) depth = Math.min(depth, shared(kept[0]!.chain, p.chain));
  if (depth === 0) return [];
  const spread = new Set(kept.map((p) => p.chain[depth])).size > 1;

  const head = body.firstElementChild?.tagName === 'DIV' ? body.firstElementChild : body;
  const found: Element[] = [];
  const rejected = new Set<Element>();
  for (const [index, p] of noted.entries()) {
    if (kept.includes(p) || (!reread && !p.element.isConnected)) continue;
    const row = alikeRow(p, kept, depth, spread);
    if (!row || found.includes(row) || rejected.has(row)) continue;
    // A row that repeats the article (a pull quote, a summary) is no new part of it.
    if (noted.some((q) => q.chain.includes(row) && inArticle(q)) || elsewhere(row, p.chain.slice(0, p.chain.indexOf(row)))) {
      rejected.add(row);
      continue;
    }
    found.push(row);
    // In page order: before the block of the next kept paragraph, else at the end.
    const next = noted.slice(index + 1).find((q) => kept.includes(q));
    head.insertBefore(row.cloneNode(true), next ? blockHolding(head, next) : null);
  }
  return found;
}
