/**
 * Placeholders a page's scripts show in place of content: "Loading…", "Loading paragraph...",
 * "Wird geladen…" until it arrives, and a toggle's label ("Show caption", "Click to enlarge") until
 * a click reveals what it stands for. In a snapshot taken before they were filled (a saved page, a slow one) they are the only
 * text of their block; in the reader they would read as lines of the story, so they go. A
 * sentence that mentions loading stays.
 */
import { lineOf } from './dom';
import { collapse } from './text';

/** The whole text of a placeholder, in the project's languages: a loading notice with its dots, or a toggle's label. */
const WORDS =
  '(?:(?:loading(?: (?:paragraph|image|video|content|comments|more))?|please wait|wird geladen|lädt|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|bezig met laden|laden|טוען)\\s*(?:\\.{3}|…)|' +
  '(?:show|hide|toggle) (?:caption|transcript)s?|bildunterschrift (?:anzeigen|ausblenden)|(?:afficher|masquer) la légende|(?:mostrar|ocultar) (?:el )?pie de foto|(?:mostra|nascondi) didascalia|(?:mostrar|ocultar) legenda|(?:toon|verberg) bijschrift|(?:הצג|הסתר) כיתוב|' +
  '(?:press enter or )?(?:click|tap) to (?:enlarge|view (?:the )?image in full size)|zum vergrößern (?:an)?klicken|cliquez pour agrandir|haga clic para ampliar|clicca per ingrandire|clique para ampliar|klik om te vergroten|לחצו להגדלה)';
const PLACEHOLDER = new RegExp(`^${WORDS}$`, 'i');
/** A placeholder anywhere in a text: one native search tells most articles they hold none. */
const PLACEHOLDER_ANYWHERE = new RegExp(WORDS, 'i');
/** A placeholder says a word or three. */
const MAX_PLACEHOLDER_LENGTH = 30;

/** Remove the blocks under `root` that hold nothing but a placeholder; returns what went. */
export function dropPlaceholders(root: Element): Element[] {
  if (!PLACEHOLDER_ANYWHERE.test(root.textContent ?? '')) return [];
  const removed: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const holders: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length <= 2 * MAX_PLACEHOLDER_LENGTH && node.parentElement && PLACEHOLDER.test(collapse(value))) holders.push(node.parentElement);
  }
  for (const holder of holders) {
    if (holder === root) continue;
    const line = lineOf(holder, root);
    if (!PLACEHOLDER.test(collapse(line.textContent ?? ''))) continue;
    line.remove();
    removed.push(line);
  }
  return removed;
}
