/**
 * Cards for other stories at the end of an extracted article ("More from the blog": a picture, a
 * linked headline, the first lines cut short, a date) when Readability kept them with the story.
 * A card is a short block whose headline links to another page, or whose text is cut off with an
 * ellipsis; two or more alike at the very end, small beside the story, go together. A page that is
 * all cards (an events list, a reading list) is its own story and keeps them. Cards right after a
 * label that names other stories ("Also in the news", taken out by the classifier) are teasers
 * whatever their number, as long as the story is still there before them.
 */
import { collapse } from './text';

const HEADINGS = 'h2, h3, h4, h5, h6';
/** What a card is built as: a box, never a paragraph. */
const CARD_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION']);
/** A card is a teaser: this much text at most. */
const MAX_CARD_LENGTH = 500;
/** The cards together are this small a part of the article at most… */
const MAX_RUN_SHARE = 0.4;
/** …or this much, when a label named them as other stories. */
const MAX_LABELLED_RUN_SHARE = 0.8;
/** A teaser's excerpt is cut off mid-sentence: "… we take one la..." */
const CUT_SHORT = /(?:\.\.\.|…)$/;
/** Share of a headline's text that must be its link. */
const MIN_HEADLINE_LINK_SHARE = 0.8;

const textOf = (el: Element): string => collapse(el.textContent ?? '');

/** A headline linking to another page (not an anchor of this one). */
function linksElsewhere(heading: Element): boolean {
  const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
  const href = link?.getAttribute('href') ?? '';
  return href !== '' && !href.startsWith('#') && textOf(link!).length >= MIN_HEADLINE_LINK_SHARE * textOf(heading).length;
}

function isCard(el: Element): boolean {
  if (!CARD_TAGS.has(el.tagName)) return false;
  const length = textOf(el).length;
  if (length === 0 || length > MAX_CARD_LENGTH) return false;
  if (Array.from(el.querySelectorAll(HEADINGS)).some(linksElsewhere)) return true;
  return Array.from(el.querySelectorAll('p, div, span')).some((block) => CUT_SHORT.test(textOf(block)));
}

/** The element holding the last text under `root`. */
function lastTextElement(root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.lastChild(); node; node = walker.previousNode()) {
    if (node.nodeValue?.trim()) return node.parentElement;
  }
  return null;
}

/** Does the run starting at `first` come right after one of `afterLabels` (or is in one)? */
function labelled(first: Element, root: Element, afterLabels: ReadonlySet<Element>): boolean {
  for (let el: Element | null = first; el && el !== root; el = el.parentElement) {
    if (afterLabels.has(el)) return true;
    if (el.previousElementSibling) return false;
  }
  return false;
}

/**
 * Remove the run of teaser cards that ends the article; returns the cards. `afterLabels`: the
 * elements that followed a "related" label the classifier took out.
 */
export function dropTailTeasers(root: Element, afterLabels: ReadonlySet<Element> = new Set()): Element[] {
  const total = textOf(root).length;
  for (let el = lastTextElement(root); el && el !== root; el = el.parentElement) {
    // The run ends with the card that holds the article's last text: it and the cards alike before it.
    if (el.nextElementSibling || !isCard(el)) continue;
    const run = [el];
    for (let prev = el.previousElementSibling; prev && prev.tagName === el.tagName && isCard(prev); prev = prev.previousElementSibling) run.push(prev);
    if (run.length < 2) continue;
    const length = run.reduce((sum, card) => sum + textOf(card).length, 0);
    const share = labelled(run[run.length - 1]!, root, afterLabels) ? MAX_LABELLED_RUN_SHARE : MAX_RUN_SHARE;
    if (length > share * total) return [];
    for (const card of run) card.remove();
    return run.reverse();
  }
  return [];
}
