/**
 * Text a page keeps for screen readers only ("Skip to content", "(opens in a new tab)", the names
 * of icon links, a heading read aloud but never shown) under the class names the common CSS
 * frameworks and themes give it. The page's own style sheet hides it; the reader view has none of
 * those rules, so there it would show as stray lines and words. It goes, as it is not on the page.
 */
const CLASS_NAMES = [
  'sr-only', // Bootstrap 3–4, Tailwind
  'visually-hidden', // Bootstrap 5, Drupal 9+
  'visually-hidden-focusable', // Bootstrap 5's skip links
  'visuallyhidden', // HTML5 Boilerplate
  'screen-reader-text', // WordPress
  'screen-reader-only',
  'screenreader-only',
  'element-invisible', // Drupal 7
  'show-for-sr', // Foundation
  'u-visually-hidden',
  'hidden-visually',
  'a11y-hidden',
  'assistive-text',
  'offscreen',
  'rich-snippet-hidden', // Avada: the date and author set out again for search engines
];

const CLASSES = RegExp(`(?:^|\\s)(?:${CLASS_NAMES.join('|')})(?:\\s|$)`);

/**
 * The elements under `root` with one of the class names, in document order. One walk testing each
 * class attribute, not a selector list: the same in a browser, but in jsdom (the CLI, the
 * benchmarks) the fifteen-part selector took 12 ms on a fresh page, fifteen class-name lookups as
 * long, the walk 4 ms (40 WCXB pages).
 */
function screenReaderOnly(root: Element): Element[] {
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (CLASSES.test(el.getAttribute('class') ?? '')) found.push(el);
  }
  return found;
}

/**
 * On the caller's throwaway copy of the page, before Readability reads it: where screen-reader
 * text stands in for a sibling hidden from screen readers but shown on the page (a shop's
 * struck-out price), the sibling is shown to Readability too, which drops what is `aria-hidden`.
 * The reader then has the words the page shows, and the screen reader's go with the rest.
 */
export function revealShownTwins(root: Element): void {
  for (const el of screenReaderOnly(root)) {
    for (const sibling of [el.previousElementSibling, el.nextElementSibling]) {
      if (sibling?.getAttribute('aria-hidden') === 'true' && sibling.textContent?.trim()) sibling.removeAttribute('aria-hidden');
    }
  }
}

/**
 * Remove the screen-reader-only elements under `root`; returns what went. In a table they stay:
 * there they name the marks a comparison is drawn with ("Yes" for a tick icon), the cell's data.
 */
export function dropVisuallyHidden(root: Element): Element[] {
  const removed: Element[] = [];
  for (const el of screenReaderOnly(root)) {
    // Document order: one inside another that went has gone with it.
    if (!root.contains(el) || el.closest('td, th')) continue;
    el.remove();
    removed.push(el);
  }
  return removed;
}
