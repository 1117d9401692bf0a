/**
 * A table of contents inside an extracted article: a list of links to the page's own headings
 * ("Table of contents", "In this article", "Sommaire"). It is the original page's navigation —
 * the headings follow right below it in the reader — and reads as a run of loose lines in the
 * text. It goes with its box and its label; a list that links anywhere else stays.
 */
import { byTag, lineOf } from './dom';
import { collapse } from './text';

/** Links a list must hold to be a table of contents, and the share of them that must be in-page. */
const MIN_LINKS = 3;
const MIN_ANCHOR_SHARE = 0.8;
/** Share of the list's text its links must hold: a list of sentences with a link each is prose. */
const MIN_LINK_TEXT_SHARE = 0.7;
/** Text a box around the list may hold besides it: a title, a "hide" toggle. */
const MAX_BOX_EXTRA = 60;
/** A title set before the list: a short line, no sentence. */
const MAX_LABEL = 40;

function textLength(el: Element): number {
  return collapse(el.textContent ?? '').length;
}

/** A link to a place in this page: "#part", or the page's own address with a fragment. */
function inPage(link: Element, page: string | null): boolean {
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('#')) return href.length > 1;
  const hash = href.indexOf('#');
  return page !== null && hash > 0 && href.slice(0, hash) === page;
}

function isContentsList(list: Element, page: string | null): boolean {
  const links = Array.from(list.querySelectorAll('a[href]'));
  if (links.length < MIN_LINKS) return false;
  const anchors = links.filter((link) => inPage(link, page));
  if (anchors.length < MIN_ANCHOR_SHARE * links.length) return false;
  const linked = links.reduce((sum, link) => sum + textLength(link), 0);
  return linked >= MIN_LINK_TEXT_SHARE * textLength(list);
}

/** The list with the box it sits in, as far up as the box holds little else. */
function boxOf(list: Element, root: Element): Element {
  const listLength = textLength(list);
  let box = list;
  while (box.parentElement && box.parentElement !== root && textLength(box.parentElement) - listLength <= MAX_BOX_EXTRA) box = box.parentElement;
  return box;
}

/** The list's title right before its box, when the box has none inside: a short line, no link, no sentence. */
function labelBefore(box: Element, list: Element): Element | null {
  const label = box.previousElementSibling;
  if (!label || textLength(box) > textLength(list) || label.querySelector('a[href], img')) return null;
  const text = collapse(label.textContent ?? '');
  return text.length > 0 && text.length <= MAX_LABEL && !/[.!?]$/.test(text) ? label : null;
}

/**
 * What a table of contents is called, in the project's languages (maybe with a colon): left
 * alone in a line when the page built the list with a script, or Readability dropped it.
 */
const CONTENTS_TITLE =
  /^(?:table of contents|contents|in this article|on this page|jump to(?: section)?|inhaltsverzeichnis|inhalt|table des matières|sommaire|índice|tabla de contenidos?|indice|sommario|conteúdo|inhoudsopgave|תוכן העניינים|תוכן עניינים)\s*:?$/i;

/** The lines under `root` that only say a table of contents' title, and no list, menu or in-page link follows. */
function orphanTitles(root: Element): Element[] {
  const titles: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > 2 * MAX_LABEL || !node.parentElement || !CONTENTS_TITLE.test(collapse(value))) continue;
    const line = lineOf(node.parentElement, root);
    let next: Element | null = line;
    while (next && next !== root && !next.nextElementSibling) next = next.parentElement;
    const after = next === root ? null : next?.nextElementSibling;
    if (line !== root && !(after && (/^(?:UL|OL|NAV)$/.test(after.tagName) || after.querySelector('a[href^="#"]')))) titles.push(line);
  }
  return titles;
}

/** Remove the tables of contents under `root` (an article at `url`), and titles of ones that are gone; returns what went. */
export function dropContentsLists(root: Element, url: string): Element[] {
  const page = url.split('#')[0] || null;
  const removed: Element[] = [];
  // Only lists that hold an in-page link can be one: found from the links, outermost first.
  const candidates = new Set<Element>();
  for (const link of byTag(root, 'a')) {
    if (!inPage(link, page)) continue;
    for (let list = link.closest('ul, ol, nav'); list && root.contains(list); list = list.parentElement?.closest('ul, ol, nav') ?? null) candidates.add(list);
  }
  const lists = Array.from(candidates).sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  for (const list of lists) {
    if (!root.contains(list) || !isContentsList(list, page)) continue;
    // Removed at once: the lists nested in this one are then no longer under the root.
    const box = boxOf(list, root);
    for (const el of [labelBefore(box, list), box]) {
      if (!el) continue;
      el.remove();
      removed.push(el);
    }
  }
  for (const title of orphanTitles(root)) {
    title.remove();
    removed.push(title);
  }
  return removed;
}
