/**
 * Buttons left in an extracted article: a line that is nothing but a link or a button saying
 * "Learn more", "Book now", "Check price on Amazon", "Get the recipe", "$19.99 from Best Buy",
 * "Skip to content". On the page they lead somewhere — a shop, a form, the rest of a teaser, past
 * the menus; in the reader they are loose words between paragraphs. A link inside a sentence, or
 * a line that says more, stays.
 */
import { lineOf } from './dom';
import { collapse } from './text';

/** What such a button says, whole, in the project's languages (then maybe "»", "→", "on Amazon"). */
const ACTION = new RegExp(
  '^[<‹«↑^]?\\s*(?:' +
    [
      'learn more|read more|find out more|see more|view more|more info|click here|see details|view details|get started|sign up|contact us',
      'book now|buy now|order now|apply now|enroll now|register now|download|try it free|start (?:your )?free trial',
      'get a quote|request a quote|get price|check (?:the )?(?:latest )?price|see (?:the )?price|view (?:the )?deal|see (?:the )?deal',
      'get the recipe|jump to recipe|print recipe|add (?:us )?as (?:a )?preferred source',
      'back to (?:the )?top|read (?:our |the )?(?:full )?(?:\\S+ ){0,4}review|see (?:the )?rating',
      // A skip link for keyboards and screen readers: the page's own way around its menus.
      'skip to (?:the )?(?:main )?(?:content|navigation|article)|zum inhalt (?:springen|wechseln)|direkt zum inhalt|aller au contenu(?: principal)?|passer au contenu',
      'saltar al contenido(?: principal)?|ir al contenido|(?:vai|salta) al contenuto(?: principale)?|(?:pular|saltar|ir) para o conteúdo(?: principal)?|naar (?:de )?(?:hoofd)?inhoud(?: gaan| springen)?|דלג לתוכן(?: הראשי)?',
      // Affiliate buttons beside each product: "Compare new car deals with …", "$878.00 from Lowe's",
      // "Shop the Men's Hoka Speedgoat 7".
      "compare (?:\\S+ ){0,3}(?:deals|prices|offers|quotes)|[$€£]\\s?\\d[\\d,.]*|shop (?:the )?(?:\\S+ ){0,5}\\S+",
      'mehr erfahren|weiterlesen|mehr lesen|jetzt kaufen|jetzt buchen|zum angebot|preis prüfen|jetzt anmelden|nach oben',
      "en savoir plus|lire la suite|lire plus|acheter|réserver|voir le prix|voir l'offre|s'inscrire|retour en haut",
      'leer más|saber más|más información|comprar ahora|reservar|ver precio|ver oferta|regístrate|volver arriba',
      'scopri di più|leggi di più|continua a leggere|acquista ora|prenota ora|vedi prezzo|vedi offerta|torna su',
      'saiba mais|leia mais|ler mais|compre agora|ver preço|inscreva-se|voltar ao topo',
      'lees meer|meer informatie|meer lezen|nu kopen|boek nu|bekijk prijs|bekijk aanbieding|aanmelden|terug naar boven',
      'קרא עוד|קראו עוד|למידע נוסף|לפרטים נוספים|קנה עכשיו|הזמן עכשיו|חזרה למעלה',
    ].join('|') +
    ')(?:\\s+(?:on|at|from|with|auf|bei|sur|chez|en|su|na|op|ב)\\s+\\S+(?:\\s\\S+)?)?\\s*[»›→>.!]*$',
  'iu',
);
/** A button says a few words. */
const MAX_ACTION_LENGTH = 40;

const WORDY = /[\p{L}\p{N}]/u;

/** Tags that run on within a line of text rather than start one (links aside: see inSentence). */
const PHRASING = /^(?:ABBR|B|CITE|CODE|EM|FONT|I|MARK|Q|S|SMALL|SPAN|STRONG|SUB|SUP|TIME|U)$/;

/** The element next to `node` on one side, past blank text; null at a text with words or the end. */
function neighbour(node: Node, side: 'previousSibling' | 'nextSibling'): Element | null {
  let next = node[side];
  while (next?.nodeType === 3 && !WORDY.test(next.nodeValue!)) next = next[side];
  return next?.nodeType === 1 ? (next as Element) : null;
}

/** Has words of its own, not only the text of links (a span holding a category link is no sentence). */
function hasOwnWords(el: Element): boolean {
  let text = el.textContent ?? '';
  for (const link of Array.from(el.querySelectorAll('a'))) text = text.replace(link.textContent ?? '', '');
  return WORDY.test(text);
}

/**
 * Set among words of running text, not on a line of its own: "you can <a>download</a> the report",
 * or "had <a>$181,000</a><span> in equity</span>" where the words next to it sit in a span.
 * Links one after another are lines of links: Readability leaves such lines side by side.
 */
function inSentence(el: Element): boolean {
  const siblings = Array.from(el.parentElement?.childNodes ?? []);
  if (siblings.some((node) => node.nodeType === 3 && WORDY.test(node.nodeValue!))) return true;
  return [neighbour(el, 'previousSibling'), neighbour(el, 'nextSibling')].some(
    (next) => next !== null && PHRASING.test(next.tagName) && hasOwnWords(next),
  );
}

/** The line's box when all it adds is punctuation: "<p><a>See the rating</a>.</p>" goes whole. */
function withPunctuation(line: Element, root: Element): Element {
  const box = line.parentElement;
  if (!box || box === root) return line;
  return WORDY.test(collapse(box.textContent ?? '').replace(collapse(line.textContent ?? ''), '')) ? line : box;
}

/** Remove the lines under `root` that are a lone button or link of that kind; returns what went. */
export function dropActionLinks(root: Element): Element[] {
  const removed: Element[] = [];
  for (const control of Array.from(root.querySelectorAll('a, button'))) {
    const raw = control.textContent ?? '';
    // Most links say more than a button does: the raw length rules them out before any regex.
    if (raw.length > 4 * MAX_ACTION_LENGTH || !root.contains(control)) continue;
    const text = collapse(raw);
    if (text.length > MAX_ACTION_LENGTH || !ACTION.test(text)) continue;
    const own = lineOf(control, root);
    if (inSentence(own)) continue;
    const line = withPunctuation(own, root);
    line.remove();
    removed.push(line);
  }
  return removed;
}
