/**
 * Reversible hiding. The only changes made to a page: a marker attribute on each hidden block,
 * one <style> element, and (when a soft wall had locked scrolling) a marker on <html>.
 * `restore` takes all three back, so the page's markup is exactly what it was. Only what `hide`
 * itself added is taken back: a page may carry the same attribute or id in its own markup.
 */
import { textPieces } from './dom';
import { firstWords } from './text';
import type { ClutterBlock, HiddenItem } from './types';

export const HIDDEN_ATTR = 'data-quiet-reader-hidden';
const UNLOCK_ATTR = 'data-quiet-reader-unlock';
const STYLE_ID = 'quiet-reader-style';

const STYLESHEET = `[${HIDDEN_ATTR}]{display:none!important}
html[${UNLOCK_ATTR}],html[${UNLOCK_ATTR}]>body{overflow:auto!important;position:static!important;height:auto!important}`;

/** What `hide` added, so `restore` never takes away the page's own markup. */
const marked = new WeakSet<Element>();
const stylesheets = new WeakMap<Document, Element>();
const unlocked = new WeakSet<Document>();
/** The next id per document: ids only grow, so one never names two blocks. */
const nextIds = new WeakMap<Document, number>();

function ensureStylesheet(doc: Document): void {
  if (stylesheets.get(doc)?.isConnected) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLESHEET;
  (doc.head ?? doc.documentElement).appendChild(style);
  stylesheets.set(doc, style);
}

/** Elements `hide` marked, in document order. */
function markedElements(doc: Document, selector = `[${HIDDEN_ATTR}]`): Element[] {
  return [...doc.querySelectorAll(selector)].filter((el) => marked.has(el));
}

function isScrollLocked(doc: Document): boolean {
  const view = doc.defaultView;
  return [doc.documentElement, doc.body].some((el) => {
    if (!el) return false;
    const style = view ? view.getComputedStyle(el) : (el as HTMLElement).style;
    return style.overflow === 'hidden' || style.overflowY === 'hidden' || style.position === 'fixed';
  });
}

function describe(el: Element): string {
  const text = textPieces(el)
    .map((piece) => piece.text)
    .join(' ');
  if (text) return firstWords(text);
  const alt = el.querySelector('img[alt]')?.getAttribute('alt');
  return alt ? firstWords(alt) : '';
}

/** Hide the blocks in place; returns the newly hidden items. Already hidden blocks are skipped. */
export function hide(doc: Document, blocks: ClutterBlock[]): HiddenItem[] {
  const fresh = blocks.filter((b) => !b.element.hasAttribute(HIDDEN_ATTR) && !b.element.closest(`[${HIDDEN_ATTR}]`));
  if (fresh.length === 0) return [];
  // Read the scroll lock before our stylesheet changes anything: one style computation, not two.
  const unlock = fresh.some((b) => b.kind === 'overlay') && isScrollLocked(doc);
  ensureStylesheet(doc);
  let id = nextIds.get(doc) ?? 1;
  const items = fresh.map(({ element, kind }) => {
    element.setAttribute(HIDDEN_ATTR, String(id));
    marked.add(element);
    return { id: id++, kind, text: describe(element) };
  });
  nextIds.set(doc, id);
  if (unlock && !doc.documentElement.hasAttribute(UNLOCK_ATTR)) {
    doc.documentElement.setAttribute(UNLOCK_ATTR, '');
    unlocked.add(doc);
  }
  return items;
}

/** The block hidden under `id`, if it still is. */
export function hiddenElement(doc: Document, id: number): Element | null {
  return markedElements(doc, `[${HIDDEN_ATTR}="${id}"]`)[0] ?? null;
}

/** Show one hidden block again. */
export function reveal(doc: Document, id: number): boolean {
  const el = hiddenElement(doc, id);
  el?.removeAttribute(HIDDEN_ATTR);
  return el !== null;
}

/** Undo everything `hide` did. */
export function restore(doc: Document): void {
  for (const el of markedElements(doc)) el.removeAttribute(HIDDEN_ATTR);
  if (unlocked.delete(doc)) doc.documentElement?.removeAttribute(UNLOCK_ATTR);
  stylesheets.get(doc)?.remove();
  stylesheets.delete(doc);
}
