/**
 * The page's controls inside an extracted article: forms and navigation menus. Readability keeps
 * a form it scores well but strips its fields, and the sanitizer drops the form tag but keeps what
 * it held, so the labels and hints ("First Name*", "Email*", "This field is for validation
 * purposes…") would read as loose lines of the story; a menu or a breadcrumb it keeps in a <nav>
 * ("About · Blog · Contact", "Home ▸ News") would read as a list of words. A reader view has no
 * use for either: each goes whole, unless it holds much of the article (some CMSs wrap the page
 * in a form).
 * In the page itself they stay: the site's own navigation is no clutter to hide.
 */
import { byTag } from './dom';

/**
 * The tags of the page's controls. Menus by tag only: none of the extracts of the WCXB articles
 * held a role="navigation" on another tag, and the attribute query costs jsdom (the CLI, the
 * benchmarks) ~0.5 ms a page.
 */
const CONTROLS = ['form', 'nav'];
/** Share of the article's text a control may hold and still be a box beside it. */
const MAX_CONTROL_SHARE = 0.3;

/** Remove the forms and menus under `root` that are boxes beside the article; returns what went. */
export function dropControls(root: Element): Element[] {
  const controls = CONTROLS.flatMap((tag) => byTag(root, tag));
  if (controls.length === 0) return [];
  const length = root.textContent?.length ?? 0;
  const removed = controls.filter((control) => (control.textContent?.length ?? 0) <= MAX_CONTROL_SHARE * length);
  for (const control of removed) control.remove();
  return removed;
}
