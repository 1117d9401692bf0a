/**
 * The headline at the top of an extracted article. The popup, the reader and the exports show
 * the title on their own, so a block that repeats it in the body would read as the headline
 * twice; and what a page sets above its headline inside the story's container is its chrome — a
 * breadcrumb ("Home › Blog", or a list of links), a section label, "Skip to content", a date
 * stamp — not the story.
 * Below the headline, a line that is only a date or a reading time ("Updated: December 4, 2025",
 * "Dec 17, 2025 · 6 min read", "5 hours ago"), a credit ("By Jane Doe | Dec 4, 2025", "Jane Doe,
 * Staff Writer", "Reviewed by: John Roe") or a count of comments or views is the story's
 * metadata, which those views show on their own too, or the page's.
 */
import { authorNames } from './author-names';
import { lineBlockOf, PART_OF_WHOLE } from './dom';
import { collapse, fold } from './text';

/** Leading blocks looked at for the headline, at most. */
const MAX_LEADING = 5;
/** Lines above the headline are chrome when each is this short at most; a longer one is a standfirst. */
const MAX_CHROME_LENGTH = 100;

/** The first `count` distinct lines of `root` that hold text, in order (see lineBlockOf). */
function leadingBlocks(root: Element, count: number): Element[] {
  const blocks: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && blocks.length < count; node = walker.nextNode()) {
    const holder = node.parentElement;
    if (!node.nodeValue?.trim() || !holder) continue;
    const block = lineBlockOf(holder, root);
    if (block && !blocks.includes(block)) blocks.push(block);
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

/** Items of a breadcrumb or a section menu, at most, and what each says, at most. */
const MAX_MENU_ITEMS = 12;
const MAX_MENU_ITEM_LENGTH = 40;

/** A list of short links only ("Home", "Garden", "How-to"); its last item may be plain text, the page itself. */
function isLinkMenu(list: Element): boolean {
  const items = Array.from(list.children);
  if (items.length < 2 || items.length > MAX_MENU_ITEMS) return false;
  return items.every((item, i) => {
    const text = collapse(item.textContent ?? '');
    if (item.tagName !== 'LI' || !text || text.length > MAX_MENU_ITEM_LENGTH) return false;
    const link = item.querySelector('a');
    return link ? collapse(link.textContent ?? '') === text : i === items.length - 1;
  });
}

/**
 * Remove a breadcrumb or a section menu that opens the body as a list of short links ("1. Home
 * 2. Yard and garden 3. How-to"); returns what went. A list further down, or one that says more
 * than a link's words, stays.
 */
export function dropLeadingMenu(root: Element): Element[] {
  const first = leadingBlocks(root, 1)[0];
  const list = first?.tagName === 'LI' ? first.parentElement : null;
  if (!list || list === root || !isLinkMenu(list)) return [];
  list.remove();
  return [list];
}

/** A line of metadata is short. */
const MAX_STAMP_LENGTH = 60;
/** Date lines among the leading blocks, at most: more are a list of dated items (events, posts). */
const MAX_STAMPS = 2;
/** "Updated:", "Published on", a bare "on", "Mis à jour le"… in the project's languages, before a date. */
const STAMP_LABEL =
  /^(?:(?:last )?updated(?: on)?|published(?: on)?|posted(?: on)?|on|date|aktualisiert(?: am)?|veröffentlicht(?: am)?|mis à jour(?: le)?|publié le|actualizado(?: el)?|publicado(?: el| em)?|aggiornato(?: il)?|pubblicato(?: il)?|atualizado(?: em)?|bijgewerkt(?: op)?|gepubliceerd(?: op)?|עודכן|פורסם)\s*:?\s*/i;
/** A weekday before the date, a time after it ("Tuesday, 17 Dec 2025, 10:30 am EST"). */
const WEEKDAY = /^\p{L}{3,12}\.?,\s+/u;
const TIME = /,?\s+(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?$/iu;
/** "December 4, 2025", "Apr 12", "4. Dezember 2025", "4 de diciembre de 2025"; the month checked below. */
const WORD_DATE = /^(?:(\p{L}{3,10})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?\d{4})$/u;
/** How month names start in the eight languages (Hebrew pages write dates in figures). */
const MONTH = /^(?:jan|feb|fév|fev|mar|mär|maa|mrt|apr|avr|abr|may|mai|mag|mei|jun|jui|giu|jul|lug|aug|aoû|ago|sep|set|oct|okt|ott|out|nov|dec|dez|déc|dic|ene|gen)/i;
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/;
/** "6 hours ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días"… in the project's languages. */
const TIME_AGO =
  /^(?:\d+ (?:second|minute|hour|day|week|month|year)s? ago|vor \d+ (?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)|il y a \d+ (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace \d+ (?:segundos?|minutos?|horas?|días?|semanas?|meses?|años?)|\d+ (?:secondi|minuti|or[ae]|giorn[oi]|settimane?|mes[ei]|ann[oi]) fa|há \d+ (?:segundos?|minutos?|horas?|dias?|semanas?|meses?|anos?)|\d+ (?:seconden?|minuten?|uur|dagen?|weken?|maanden?|jaren?) geleden|לפני \d+ (?:שניות|דקות|שעות|ימים|שבועות|חודשים|שנים))$/i;
const READING_TIME =
  /^(?:\d+\s*(?:min(?:ute)?s?\.?|minuten|minutos|minuti)\s+(?:read|reading|lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd)|(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|זמן קריאה)\s*:?\s*\d+\s*(?:min(?:ute)?s?\.?|minuten|minutos|minuti|דקות))$/i;

function isDate(text: string): boolean {
  const bare = text.replace(STAMP_LABEL, '').replace(WEEKDAY, '').replace(/\.$/, '').replace(TIME, '');
  if (NUMERIC_DATE.test(bare) || TIME_AGO.test(bare)) return true;
  const words = WORD_DATE.exec(bare);
  return words !== null && MONTH.test(words[1] ?? words[2]!);
}

/** A line that is only dates and reading times, set apart (and maybe led or ended) by dots or bars. */
export function isDateStamp(text: string): boolean {
  if (text.length > MAX_STAMP_LENGTH) return false;
  const parts = text.replace(/^[·•|–—]\s+|\s+[·•|–—]$/g, '').split(/\s+[·•|–—]\s+/);
  return parts.every((part) => isDate(part) || READING_TIME.test(part));
}

/** A credit line is short, and no sentence. */
const MAX_CREDIT_LENGTH = 80;
/** "By", "Von", "Par"… before the author's name. */
const BY = /^(?:by|von|par|por|di|da|door|מאת)\s+/i;
/** The words joining two authors' names, and initials: "Jane Q. Doe and John Roe". */
const NAME_GLUE = /^(?:and|&|und|et|y|e|en|ו|\p{Lu}\.)$/u;
/** What ends the names: a separator before a role or a date. */
const AFTER_NAMES = /[,|·•–—(]/;

/**
 * A line that credits the author (`names`, from the byline): their names, maybe after "By", and
 * nothing else up to the end or a separator before a role or a date ("Jane Doe, Staff Writer",
 * "By Jane Doe | Dec 4, 2025"); short, and no sentence.
 */
export function isCreditLine(text: string, names: Set<string>): boolean {
  if (names.size === 0 || text.length > MAX_CREDIT_LENGTH || /[.!?;:]$/.test(text)) return false;
  const words = text.replace(BY, '').split(AFTER_NAMES, 1)[0]!.trim().split(/\s+/);
  return words.some((word) => names.has(word.toLowerCase())) && words.every((word) => names.has(word.toLowerCase()) || NAME_GLUE.test(word));
}

/**
 * Who else had a hand in the story, before their names ("Reviewed by: Jane Doe, CFP", "Edited
 * by", "Fact checked by"), in the project's languages; or "By" alone, whose names the page set
 * apart.
 */
const STAFF_CREDIT =
  /^(?:(?:(?:medically |expertly )?reviewed|edited|fact[- ]?checked|updated|produced|illustrated) by\b|(?:geprüft|redigiert|bearbeitet) von\b|(?:révisé|vérifié|édité) par\b|(?:revisado|editado|verificado) por\b|(?:rivisto|verificato|modificato) da\b|(?:bewerkt|gecontroleerd) door\b|נערך על ידי|(?:by|von|par|por|door|מאת)$)/i;

/** A count of the post's comments or views ("59 Comments", "1,693 views"), in the project's languages. */
const COUNT_LINE = /^\d[\d,.]*\s+(?:comments?|views|kommentare?|aufrufe|commentaires?|vues|comentarios?|visitas|commenti|visualizzazioni|comentários?|visualizações|reacties|weergaven|תגובות|צפיות)$/i;

/**
 * A line of the page's chrome at the top: only a staff credit (short, no sentence), a count of
 * comments or views, or no word at all ("•", "|").
 */
function isChrome(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text) || COUNT_LINE.test(text)) return true;
  return text.length <= MAX_CREDIT_LENGTH && !/[.!?;]$/.test(text) && STAFF_CREDIT.test(text);
}

/**
 * Remove the date, reading-time and credit lines among the first few blocks (the author's credit
 * by `byline`, when known; other staff's by the words before their names); returns what went.
 */
export function dropStamps(root: Element, byline: string | null = null): Element[] {
  const names = authorNames(byline);
  const stamps: Element[] = [];
  let dates = 0;
  for (const block of leadingBlocks(root, MAX_LEADING)) {
    if (PART_OF_WHOLE.has(block.tagName)) continue;
    const text = collapse(block.textContent ?? '');
    if (isCreditLine(text, names) || isChrome(text)) stamps.push(block);
    else if (isDateStamp(text)) {
      stamps.push(block);
      dates += 1;
    }
  }
  if (dates > MAX_STAMPS) return [];
  for (const block of stamps) block.remove();
  return stamps;
}
