/**
 * Limits past which the content script leaves a page alone rather than slow it down: a page
 * with too many elements is not looked at at all, and cleaning that takes too long stops
 * following the page's changes. Either way the popup is told why.
 */

/** Far above real article pages (a few thousand elements); a 100,000-node page is past it. */
export const MAX_ELEMENTS = 50_000;
/** One classify-and-hide run slower than this stops the page watcher. */
export const MAX_CLEAN_MS = 1_000;

export interface GiveUp {
  reason: 'elements' | 'time';
  /** Elements counted, or milliseconds taken. */
  measured: number;
  limit: number;
}

/** Too many elements to look at, or null. One native count, no walk. */
export function overElementBudget(doc: Document): GiveUp | null {
  const measured = doc.getElementsByTagName('*').length;
  return measured > MAX_ELEMENTS ? { reason: 'elements', measured, limit: MAX_ELEMENTS } : null;
}

/** A cleaning run took too long, or null. */
export function overTimeBudget(ms: number): GiveUp | null {
  return ms > MAX_CLEAN_MS ? { reason: 'time', measured: Math.round(ms), limit: MAX_CLEAN_MS } : null;
}
