/**
 * The headline at the top of an extracted article. The popup, the reader and the exports show
 * the title on their own, so a block that repeats it in the body would read as the headline
 * twice; and what a page sets above its headline inside the story's container is its chrome — a
 * breadcrumb ("Home › Blog"), a section label, "Skip to content", a date stamp — not the story.
 */
import { blockOf } from './dom';
import { collapse, fold } from './text';

/** Leading blocks looked at for the headline, at most. */
const MAX_LEADING = 5;
/** Lines above the headline are chrome when each is this short at most; a longer one is a standfirst. */
const MAX_CHROME_LENGTH = 100;

/** The first `count` distinct blocks of `root` that hold text, in order. */
function leadingBlocks(root: Element, count: number): Element[] {
  const blocks: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && blocks.length < count; node = walker.nextNode()) {
    if (!node.nodeValue?.trim() || !node.parentElement) continue;
    const block = blockOf(node.parentElement, root);
    if (block !== root && !blocks.includes(block)) blocks.push(block);
  }
  return blocks;
}

/**
 * Remove the block among the first few that repeats `title`, and the short lines above it;
 * returns what went. A body whose opening blocks do not repeat the title is left alone.
 */
export function dropHeadline(root: Element, title: string): Element[] {
  const wanted = fold(title);
  if (!wanted) return [];
  const blocks = leadingBlocks(root, MAX_LEADING);
  const at = blocks.findIndex((block) => fold(block.textContent ?? '') === wanted);
  if (at < 0) return [];
  const above = blocks.slice(0, at);
  const chrome = above.every((block) => collapse(block.textContent ?? '').length <= MAX_CHROME_LENGTH);
  const removed = chrome ? [...above, blocks[at]!] : [blocks[at]!];
  for (const block of removed) block.remove();
  return removed;
}
