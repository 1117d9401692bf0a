/**
 * Placeholders a page's scripts show until its content arrives: "Loading…", "Loading
 * paragraph...", "Wird geladen…". In a snapshot taken before they were filled (a saved page, a
 * slow one) they are the only text of their block; in the reader they would read as lines of the
 * story, so they go. A sentence that mentions loading stays. So does a template's filler text
 * ("Lorem ipsum dolor sit amet…") that the page left in a block it never filled.
 */
import { lineOf } from './dom';
import { collapse } from './text';

/** The whole text of a placeholder, in the project's languages, with its dots. */
const WORDS =
  '(?:loading(?: (?:paragraph|image|video|content|comments|more))?|please wait|wird geladen|lädt|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|bezig met laden|laden|טוען)\\s*(?:\\.{3}|…)';
const PLACEHOLDER = new RegExp(`^${WORDS}$`, 'i');
/** A template's filler text: a line that starts with it is filler, however long. */
const FILLER = /^\s*lorem ipsum\b/i;
/** A placeholder or filler anywhere in a text: one native search tells most articles they hold none. */
const PLACEHOLDER_ANYWHERE = new RegExp(`${WORDS}|lorem ipsum`, 'i');

function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text) || FILLER.test(text);
}

/** A placeholder says a word or three. */
const MAX_PLACEHOLDER_LENGTH = 30;

/** Remove the blocks under `root` that hold nothing but a placeholder or filler; returns what went. */
export function dropPlaceholders(root: Element): Element[] {
  if (!PLACEHOLDER_ANYWHERE.test(root.textContent ?? '')) return [];
  const removed: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const holders: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!node.parentElement) continue;
    if ((value.length <= 2 * MAX_PLACEHOLDER_LENGTH && PLACEHOLDER.test(collapse(value))) || FILLER.test(value)) holders.push(node.parentElement);
  }
  for (const holder of holders) {
    if (holder === root) continue;
    const line = lineOf(holder, root);
    if (!root.contains(line) || !isPlaceholder(collapse(line.textContent ?? ''))) continue;
    line.remove();
    removed.push(line);
  }
  return removed;
}
