/**
 * What is left at the end of an extracted article once the blocks after the story are gone: a
 * heading with nothing under it ("What others are reading", "Pin this for later!"), a clutter
 * label whose list Readability dropped ("Newsletter"), the author's credit line ("Written by …",
 * "Posted by … at …"), a loose line ("PIN FOR LATER", "Last updated June 2022"), the publisher's
 * closing call ("Want more? Subscribe to our newsletter", "This story is funded by readers like
 * you: donate"), the page's notes (fine print, comment rules, a paywall's lines), the post's tags
 * and its links to the posts before and after it, a lone link ("Back to top") or a list of links
 * to other stories, the author's bio ("Jane Doe is a writer at …"), the author's box and a
 * section "About the author" or "About <site name>". None of it is the story, and a reader stops
 * at the last paragraph anyway.
 */
import { authorNames } from './author-names';
import { blockOf, byTag, lineBlockOf, NON_CONTENT_TAGS, PART_OF_WHOLE } from './dom';
import { matchLabel } from './signals/phrases';
import { splitTokens } from './signals/tokens';
import { collapse } from './text';

const HEADING = /^H[1-6]$/;
/** A credit line: "Written by", "Posted by" … in the project's languages. */
const CREDIT = /^(?:written|posted|published|authored) by\b|^(?:geschrieben|verfasst) von\b|^(?:écrit|publié) par\b|^(?:escrito|publicado) por\b|^(?:scritto|pubblicato) da\b|^geschreven door\b|^נכתב על ידי/i;
/** A credit line or a lone link is short: no sentence of the story. */
const MAX_LINE_LENGTH = 100;
/**
 * A loose line: short, and no sentence (nothing ends it, in Latin or CJK punctuation, nor a closing
 * bracket; it starts with no number or price): a widget's label or button ("PIN FOR LATER", "No
 * posts", "Page load link"), a date stamp ("Last updated June 2022").
 */
const LOOSE_LINE = /^(?![\d$€£¥₪]).{1,40}$(?<![.!?…:;)\]"”’»。！？；：」』）】])/s;
/**
 * The publisher's closing call to the reader — subscribe, the newsletter, follow us, share this
 * post, become a member, a donation — in the project's languages. Said in a short last
 * paragraph, after the story. ("Contact us", "sign up" and "donate" end business and charity
 * stories in their own words: not calls of the publisher's.)
 */
const CLOSING_CALL =
  /\b(?:subscribe|newsletters?|follow (?:us|me)|follow \S+ on (?:facebook|x|twitter|instagram|linkedin|threads|bluesky|tiktok|youtube|pinterest)|connect with me|join me on|feel free to share (?:it|this (?:post|article|story))|become a (?:member|patron|supporter)|support us|donations?)\b|abonnier|folgen sie (?:uns|mir)|abonnez|suivez-(?:nous|moi)|suscr[ií]bete|s[ií]gueme|s[ií]guenos|bolet[ií]n|iscriviti|seguimi|seguici|siga-(?:nos|me)|abonneer|nieuwsbrief|volg (?:ons|mij)|ניוזלטר|עקבו אחרינו/i;
/**
 * The page's own notes after the story: its fine print ("© 2025 Acme. All rights reserved."),
 * the comment section's rules ("Read our Comment Policy before posting", "Comments are closed"),
 * a prompt for notifications, a republishing licence ("Republish our articles for free…"), and a
 * paywall's lines ("Already have an account? Log in", "Unlock this article", "This article is
 * exclusive to STAT+ subscribers"), and the disclaimer under a guest post ("The views expressed are
 * the author's own and do not necessarily reflect those of …") or a broadcast's transcript
 * ("Transcript provided by …", "Accuracy and availability of … transcripts may vary").
 */
const PAGE_NOTE =
  /^(?:©|\(c\)|copyright\b)|\b(?:all rights reserved|comment policy|posting a comment|comments are closed|receive notifications|already have an account|unlock this (?:article|story)|republish (?:this|our) (?:article|story|articles|stories)|exclusive to .{1,30} subscribers|do not necessarily (?:reflect|represent)|transcript provided by|accuracy and availability (?:of .{1,30} )?may vary)\b|alle rechte vorbehalten|kommentare sind geschlossen|bereits abonnent|tous droits réservés|commentaires sont fermés|déjà abonné|derechos reservados|comentarios están cerrados|ya eres suscriptor|diritti riservati|commenti sono chiusi|sei già abbonato|direitos reservados|comentários estão fechados|já é assinante|rechten voorbehouden|reacties zijn gesloten|al abonnee|nicht unbedingt die (?:meinung|ansicht)|n'engagent que|no reflejan necesariamente|non riflettono necessariamente|não refletem necessariamente|niet noodzakelijk(?:erwijs)? de (?:mening|standpunten)|כל הזכויות שמורות|אינם משקפים בהכרח/i;
/**
 * The post's own index after the story: its tags and categories ("Tags: budget, travel", "Filed
 * under:") and the links to the posts before and after it ("Previous article", "Next post"), in
 * the project's languages.
 */
const POST_INDEX =
  /^(?:(?:tags?|tagged|categor(?:y|ies)|filed under|topics|schlagwörter|kategorien?|étiquettes|catégories?|etiquetas|categor[ií]as?|categorie|trefwoorden|categorieën|תגיות|קטגוריות?)\s*(?::|$)|(?:previous|next|older|newer) (?:article|post|story|entry)$|(?:vorheriger|nächster) (?:artikel|beitrag)$|article (?:précédent|suivant)$|(?:art[ií]culo anterior|siguiente art[ií]culo)$|articolo (?:precedente|successivo)$|(?:artigo anterior|próximo artigo)$|(?:vorig|volgend) artikel$|(?:הכתבה|הפוסט) (?:הקודמת?|הבאה?)$)/i;
/** A closing call is a paragraph at most: a longer block is part of the story. */
const MAX_CALL_LENGTH = 300;
/**
 * The author's bio: a paragraph that starts with the byline's name and says who they are ("Jane
 * Doe is a senior editor…", "Jane holds an MBA…", "Doe has no position in the stocks
 * mentioned"), in the project's languages. Told from a story's last paragraph about a person by
 * the name: it must be the author's.
 */
const BIO_VERB = /^(?:is|was|has|holds|started|founded|writes|covers|joined|lives|serves|specializes|ist|war|hat|schreibt|est|a|écrit|es|fue|escribe|è|ha|scrive|é|foi|escreve|heeft|schrijft|הוא|היא)$/i;
/** Name words the bio may start with, at most this many words before its verb ("Jane Q. Doe, MD, is"). */
const MAX_NAME_WORDS = 5;
/** A bio is a paragraph or two (a review site's runs to 700 characters): a longer block is part of the story. */
const MAX_BIO_LENGTH = 900;
/** What introduces a list ("Related reads:", "You may also like:"): a short line ending in a colon. */
const LIST_LEAD = /^.{1,80}:$/;
/** Share of a block's text in its links, at least, for a link and nothing else. */
const MIN_LINK_SHARE = 0.8;
/**
 * Loose blocks (headings, short lines, links) removed at most: a tail of loose labels is short,
 * and a story may end on a few short lines of its own. What says what it is (a clutter label,
 * the publisher's call or notes, a credit, the bio) does not count: a paywall's box is many.
 */
const MAX_LOOSE = 3;
/** Tail blocks removed at most, of any kind. */
const MAX_TRIMMED = 8;
/** A tail block is this small a part of the article at most: a short piece is all heading and label. */
const MAX_TAIL_SHARE = 0.1;

function linkedLength(block: Element): number {
  let length = 0;
  for (const link of byTag(block, 'a')) length += collapse(link.textContent ?? '').length;
  return length;
}

function isBio(text: string, names: Set<string>): boolean {
  if (names.size === 0 || text.length > MAX_BIO_LENGTH) return false;
  const words = text.replace(/^[*—–-]\s*/, '').split(/[\s,]+/, MAX_NAME_WORDS + 1);
  if (!names.has(words[0]!.toLowerCase())) return false;
  return words.slice(1).some((word) => BIO_VERB.test(word));
}

/** What a tail block is: one that says so (a label, a call, a note, a credit, the bio), a loose one, or none. */
function tailKind(block: Element, text: string, names: Set<string>): 'told' | 'loose' | null {
  const whole = !PART_OF_WHOLE.has(block.tagName);
  if (matchLabel(text) !== null || isBio(text, names)) return 'told';
  if (whole && text.length <= MAX_CALL_LENGTH && (CLOSING_CALL.test(text) || PAGE_NOTE.test(text))) return 'told';
  if (text.length <= MAX_LINE_LENGTH && (CREDIT.test(text) || POST_INDEX.test(text))) return 'told';
  if (HEADING.test(block.tagName)) return 'loose';
  if (whole && LOOSE_LINE.test(text) && !block.closest('pre, code') && !block.querySelector('pre, code')) return 'loose';
  // An item of a list is one point of it: lists are judged whole (linkList).
  const loneLink = block.tagName !== 'LI' && linkedLength(block) >= MIN_LINK_SHARE * text.length;
  return text.length <= MAX_LINE_LENGTH && loneLink ? 'loose' : null;
}

/** The list of links, and of nothing else, an item `block` is part of: other stories, not this one. */
function linkList(block: Element): Element | null {
  const list = block.tagName === 'LI' ? block.parentElement : null;
  if (!list || (list.tagName !== 'UL' && list.tagName !== 'OL') || list.children.length < 2) return null;
  for (const item of list.children) {
    const length = collapse(item.textContent ?? '').length;
    if (length === 0 || linkedLength(item) < MIN_LINK_SHARE * length) return null;
  }
  return list;
}

/** Tags of text within a line: a link after one is the end of a sentence, not a line of its own. */
const PHRASING = /^(?:A|SPAN|B|STRONG|I|EM|SMALL|TIME|CODE|MARK|U|S|ABBR|CITE|Q|SUB|SUP|LABEL)$/;

/** Text or a phrase comes right before `el`: it ends a line, and is not one. */
function endsRun(el: Element): boolean {
  let before = el.previousSibling;
  while (before?.nodeType === 3 && !before.nodeValue?.trim()) before = before.previousSibling;
  return before !== null && (before.nodeType === 3 || PHRASING.test((before as Element).tagName));
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

/**
 * Remove the loose headings, labels, credit line, links and the bio at the end of `root` (by
 * `byline`, when known); returns what went.
 */
export function trimTail(root: Element, byline: string | null = null): Element[] {
  const names = authorNames(byline);
  const removed: Element[] = [];
  let length = collapse(root.textContent ?? '').length;
  let afterList = false;
  let loose = 0;
  /** What `block` is as the tail's last block, or null if it stays. */
  const kindOf = (block: Element | null, list: Element | null): 'told' | 'loose' | null => {
    if (!block || block === root) return null;
    const text = collapse(block.textContent ?? '');
    if (text.length > MAX_TAIL_SHARE * length) return null;
    return list || (afterList && LIST_LEAD.test(text)) ? 'loose' : tailKind(block, text, names);
  };
  while (removed.length < MAX_TRIMMED && loose < MAX_LOOSE) {
    const parent = lastTextParent(root);
    if (!parent) break;
    const found = blockOf(parent, root);
    const list = linkList(found);
    let block: Element | null = list ?? found;
    let kind = kindOf(block, list);
    if (!kind) {
      // The text's block is the story's box itself (a theme's link set loose in it): its last line.
      const line = lineBlockOf(parent, root);
      block = line === found || (line && endsRun(line)) ? null : line;
      kind = kindOf(block, null);
    }
    if (!block || !kind) break;
    if (kind === 'loose') loose += 1;
    afterList = list !== null && block === list;
    block.remove();
    removed.push(block);
    length -= collapse(block.textContent ?? '').length;
  }
  return removed;
}

/** "author", "authorbio", "autor-box", "auteur": the word in the eight languages' spellings. */
const AUTHOR_TOKEN = /^(?:author|autor|auteur)/;
/** An author box is a short aside: a name, a photo, a few lines of bio. */
const MAX_AUTHOR_BOX_SHARE = 0.2;
const QUOTE = 'blockquote, figure, q';

function namesAuthor(el: Element): boolean {
  return splitTokens(`${el.getAttribute('class') ?? ''} ${el.id}`).some((token) => AUTHOR_TOKEN.test(token));
}

/** The text node at the middle of `root`'s text. */
function middleOf(root: Element, length: number): Node | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    seen += node.nodeValue?.length ?? 0;
    if (seen >= length / 2) return node;
  }
  return null;
}

/**
 * Remove the author's box: a block named for the author (class or id) in the second half of the
 * article, small beside it. A byline at the top is left alone: it belongs to the story's head.
 */
export function dropAuthorBoxes(root: Element): Element[] {
  const length = root.textContent?.length ?? 0;
  const middle = middleOf(root, length);
  if (!middle) return [];
  const removed: Element[] = [];
  for (const el of root.querySelectorAll('[class], [id]')) {
    // A quote's or testimonial's author is part of what is quoted.
    if (!namesAuthor(el) || el.closest(QUOTE) || el.contains(middle) || !(middle.compareDocumentPosition(el) & 4) /* FOLLOWING */) continue;
    if ((el.textContent?.length ?? 0) > MAX_AUTHOR_BOX_SHARE * length || removed.some((box) => box.contains(el))) continue;
    removed.push(el);
  }
  for (const el of removed) el.remove();
  return removed;
}

/** "About the author" and its kin in the project's languages: the heading of the writer's bio. */
const ABOUT_AUTHOR =
  /^(?:about (?:the )?(?:authors?|writers?|contributors?)|über (?:den autor|die autorin|die autoren)|à propos de l'auteure?|sobre el autor|sobre la autora|acerca del autor|sobre o autor|sobre a autora|sull'autore|over de (?:auteur|schrijver)|על (?:הכותב|הכותבת|המחבר))\s*:?$/i;
/** What opens "About <publisher>", the heading of the publisher's blurb. */
const ABOUT = /^(?:about|über|à propos de|acerca de|sobre|su|over|על)\s+/i;
/** A heading says a few words. */
const MAX_HEADING_LENGTH = 60;
/** The bio or blurb is small beside the story: it is in the story's last quarter, then. */
const MAX_ABOUT_SHARE = 0.25;

/** `el` and everything after it under `root`, in document order. */
function restFrom(el: Element, root: Element): Node[] {
  const rest: Node[] = [el];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let next = node.nextSibling; next; next = next.nextSibling) rest.push(next);
  }
  return rest;
}

/**
 * Remove the section the story ends with that says who wrote it or who publishes it: from the
 * last heading "About the author" or "About <site name>" to the end, when that is small beside
 * the story. Returns the elements that went.
 */
export function dropAboutSection(root: Element, siteName: string | null = null): Element[] {
  const site = siteName?.toLowerCase() ?? null;
  const isAbout = (text: string): boolean =>
    text.length <= MAX_HEADING_LENGTH && (ABOUT_AUTHOR.test(text) || (site !== null && ABOUT.test(text) && text.replace(ABOUT, '').toLowerCase().startsWith(site)));
  const heading = Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, p'))
    .reverse()
    .find((el) => isAbout(collapse(el.textContent ?? '')));
  if (!heading) return [];
  const rest = restFrom(heading, root);
  const restLength = rest.reduce((sum, node) => sum + collapse(node.textContent ?? '').length, 0);
  if (restLength > MAX_ABOUT_SHARE * collapse(root.textContent ?? '').length) return [];
  for (const node of rest) node.parentNode?.removeChild(node);
  return rest.filter((node): node is Element => node.nodeType === 1);
}
