/**
 * What is left at the end of an extracted article once the blocks after the story are gone: a
 * heading with nothing under it ("What others are reading", "Pin this for later!"), a clutter
 * label whose list Readability dropped ("Newsletter"), the author's credit line ("Written by …",
 * "Posted by … at …"). None of it is the story, and a reader stops at the last paragraph anyway.
 */
import { NON_CONTENT_TAGS } from './dom';
import { matchLabel } from './signals/phrases';
import { collapse } from './text';

/** The block a text belongs to: the nearest of these above it. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DIV', 'SECTION', 'BLOCKQUOTE', 'FIGCAPTION', 'TD', 'DD', 'DT']);
const HEADING = /^H[1-6]$/;
/** A credit line: "Written by", "Posted by" … in the project's languages; short, so no sentence. */
const CREDIT = /^(?:written|posted|published|authored) by\b|^(?:geschrieben|verfasst) von\b|^(?:écrit|publié) par\b|^(?:escrito|publicado) por\b|^(?:scritto|pubblicato) da\b|^geschreven door\b|^נכתב על ידי/i;
const MAX_CREDIT_LENGTH = 100;
/** Tail blocks looked at, at most: a tail of loose labels is short. */
const MAX_TRIMMED = 3;
/** A tail block is this small a part of the article at most: a short piece is all heading and label. */
const MAX_TAIL_SHARE = 0.1;

function blockOf(el: Element, root: Element): Element {
  let block = el;
  while (!BLOCKS.has(block.tagName) && block.parentElement && block !== root) block = block.parentElement;
  return block;
}

function isTail(block: Element, text: string): boolean {
  return HEADING.test(block.tagName) || matchLabel(text) !== null || (text.length <= MAX_CREDIT_LENGTH && CREDIT.test(text));
}

/** The element holding the last visible text under `root`, walking back from the end. */
function lastTextParent(root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.lastChild(); node; node = walker.previousNode()) {
    const parent = node.parentElement;
    if (parent && node.nodeValue?.trim() && !NON_CONTENT_TAGS.has(parent.tagName)) return parent;
  }
  return null;
}

/** Remove the loose headings, labels and credit line at the end of `root`; returns what went. */
export function trimTail(root: Element): Element[] {
  const removed: Element[] = [];
  let length = collapse(root.textContent ?? '').length;
  while (removed.length < MAX_TRIMMED) {
    const parent = lastTextParent(root);
    const block = parent && blockOf(parent, root);
    if (!block || block === root) break;
    const text = collapse(block.textContent ?? '');
    if (text.length > MAX_TAIL_SHARE * length || !isTail(block, text)) break;
    block.remove();
    removed.push(block);
    length -= text.length;
  }
  return removed;
}
