/**
 * The clean article. Readability runs on a detached copy of the page, streamed parts put in place
 * (streamed-segments.ts) and the clutter already removed; blocks of story paragraphs its cleaning
 * took out of the middle of the story are put back (dropped-blocks.ts); its result is filtered
 * once more by the same classifier (clutter Readability kept inside the body), rid of the text
 * kept for screen readers only (visually-hidden.ts), of the forms and menus it kept (controls.ts),
 * of tables of contents, buttons, photo credits, affiliate disclosures and newsletter plugs,
 * "Loading…" placeholders (contents-list.ts, action-links.ts, photo-credits.ts,
 * publisher-notes.ts, placeholders.ts), of second copies of its blocks
 * (repeated-blocks.ts), of a breadcrumb it opens with, the headline it repeats, the page's chrome
 * above it and the date and credit lines under it (article-head.ts), of the teaser cards it ends
 * with (tail-teasers.ts), of the writer's bio or the publisher's blurb and the loose labels and
 * notes at its end (article-tail.ts), then sanitized. A listicle that Readability cut down to
 * one item is read again, the list alone with its items lifted into it (listicle.ts). The page
 * itself is never touched.
 */
import { Readability } from '@mozilla/readability';
import { dropActionLinks } from './action-links';
import { dropHeadline, dropLeadingMenu, dropStamps } from './article-head';
import { dropAboutSection, dropAuthorBoxes, trimTail } from './article-tail';
import { classify } from './classify';
import { dropContentsLists } from './contents-list';
import { dropControls } from './controls';
import { dropPublisherNotes } from './publisher-notes';
import { restoreDroppedBlocks } from './dropped-blocks';
import { byTag, collapsedLength } from './dom';
import { HIDDEN_ATTR } from './hide';
import { absolute, absolutizeUrls, resolveLazyImages } from './lazy-images';
import { findListicle, keptShare, listDocument } from './listicle';
import { missedStory } from './missed-story';
import { ldArticle, ldField, normalizeDate, pickTitle, PUBLISHED_TIME, readMetadata, type PageMetadata } from './metadata';
import { repairMojibake, repairMojibakeIn } from './mojibake';
import { dropPhotoCredits } from './photo-credits';
import { dropPlaceholders } from './placeholders';
import { dropRepeats } from './repeated-blocks';
import type { Rule } from './rules';
import { sanitizeInPlace } from './sanitize';
import { noteParagraphs, restoreSiblingSections, type NotedParagraph } from './sibling-sections';
import { placeStreamedSegments } from './streamed-segments';
import { dropTailTeasers } from './tail-teasers';
import { collapse, readingMinutes, words } from './text';
import type { Article } from './types';
import { dropVisuallyHidden, revealShownTwins } from './visually-hidden';

export interface ExtractOptions {
  /** The user's element-hiding rules. */
  rules?: Rule[];
  /** Window whose DOM DOMPurify works in; defaults to the document's or the global one. */
  window?: Window;
  /**
   * The document is the caller's own throwaway copy (the popup's parsed snapshot): extract may
   * take it apart instead of cloning it first.
   */
  inPlace?: boolean;
}

export class ExtractError extends Error {
  override name = 'ExtractError';
}

const NO_ARTICLE = 'No article text was found on this page';

const RTL_LANGS = /^(?:ar|he|iw|fa|ur|yi|ps|sd|ug|dv|ckb)\b/i;

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'CAPTION', 'TR', 'DT', 'DD', 'DL', 'HEADER',
  'FOOTER', 'ASIDE', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FIELDSET', 'LEGEND', 'HR',
]);
/** A table row is one line, its cells apart: "1 North Dakota 82.0", never "1North Dakota82.0". */
const CELL_TAGS = new Set(['TD', 'TH']);

/**
 * A line with something to see: page builders leave lines of a lone zero-width joiner or BOM
 * (kept inside text, where they join emoji, but a line of nothing else is empty).
 */
const isVisible = (line: string): boolean => /[^\u200b-\u200d\u2060\ufeff]/.test(line);

/**
 * How a list item starts in plain text: "- " in a bulleted list, its number in a numbered one
 * (from the list's `start`), as the browser draws them and Markdown writes them.
 */
const BULLET = '- ';

function listMarker(item: Element): string {
  const list = item.parentElement;
  if (list?.tagName !== 'OL') return BULLET;
  let number = Number.parseInt(list.getAttribute('start') ?? '', 10);
  if (!Number.isFinite(number)) number = 1;
  for (let sibling = item.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.tagName === 'LI') number++;
  }
  return `${number}. `;
}

/** A list item's text that starts with a bullet of its own; in a numbered list, or a number. */
const OWN_BULLET = /^\s*[-–•·▪*]/;
const OWN_NUMBER = /^\s*(?:\d|[-–•·▪*])/;

/** Plain text with a blank line between blocks and list items marked, as a reader would copy it. */
export function blocksToText(root: Element): string {
  const parts: string[] = [];
  /** The marker of the list item whose first text is still to come. */
  let marker = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (marker && value.trim()) {
        // Items that carry their own number or bullet ("1. Look for a deal", "• Roads") keep it alone.
        if (!(marker === BULLET ? OWN_BULLET : OWN_NUMBER).test(value)) parts.push(marker);
        marker = '';
      }
      parts.push(value);
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n\n');
    if (tag === 'LI') marker = listMarker(node as Element);
    for (const child of Array.from(node.childNodes)) walk(child);
    // An item of pictures only has no line to mark.
    if (tag === 'LI') marker = '';
    if (block) parts.push('\n\n');
    else if (CELL_TAGS.has(tag)) parts.push(' ');
  };
  walk(root);
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map(collapse).filter(isVisible).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/** The page's own <base href>, resolved against its URL, else the URL. */
function baseUrl(doc: Document, url: string): string {
  // By tag, not by query: a base is rare and jsdom's selector engine walks the whole page slowly.
  const href = byTag(doc, 'base').find((base) => base.hasAttribute('href'))?.getAttribute('href');
  try {
    return href ? new URL(href, url).href : url;
  } catch {
    return url;
  }
}

/** The first image with a source inside a figure (`figure img[src]`, by tag: see baseUrl). */
function firstFigureImage(doc: Document): Element | null {
  for (const figure of byTag(doc, 'figure')) {
    const img = byTag(figure, 'img').find((image) => image.hasAttribute('src'));
    if (img) return img;
  }
  return null;
}

function imageOf(img: Element | null | undefined, base: string): Article['leadImage'] {
  const src = img?.getAttribute('src');
  if (!img || !src) return null;
  const caption = img.closest('figure')?.querySelector('figcaption')?.textContent;
  return { src: absolute(src, base), caption: caption ? collapse(caption) : null };
}

function ogImage(metadata: PageMetadata): Article['leadImage'] {
  const og = metadata.meta('og:image');
  return og && /^https?:/i.test(og) ? { src: og, caption: null } : null;
}

/**
 * Readability makes the body's addresses absolute against the document's base, which for a parsed
 * snapshot is the popup's own address: give it the page's. (Shadowing the getters on a throwaway
 * copy spares making every address of the whole page absolute beforehand.)
 */
function addressAs(copy: Document, base: string, url: string): void {
  Object.defineProperties(copy, { baseURI: { value: base }, documentURI: { value: url } });
}

/** Readability's article; the serializer hands back Readability's own element: no html round trip. */
function readability(doc: Document): ReturnType<Readability<Element>['parse']> {
  return new Readability<Element>(doc, { keepClasses: true, serializer: (node) => node as Element }).parse();
}

/** Below this share of a listicle's items, Readability took an item for the article. */
const MIN_KEPT_ITEMS = 0.5;
/**
 * Text of a first read that holds none of the items and yet is a whole article: the list is a
 * block beside it (a gallery, a comment thread), not the story Readability missed.
 */
const OWN_ARTICLE_LENGTH = 3000;

interface Read {
  read: Document;
  parsed: ReturnType<typeof readability>;
}

/** A second read, of a document made of the part Readability should have read; null if it finds nothing. */
function readAgain(spare: Document, base: string, url: string): Read | null {
  addressAs(spare, base, url);
  const again = readability(spare);
  return again ? { read: spare, parsed: again } : null;
}

/** The story Readability passed over (missed-story.ts), read on its own; null when it did not. */
function readMissedStory(copy: Document, base: string, url: string, paragraphs: NotedParagraph[], first: Read): Read | null {
  const story = missedStory(paragraphs, first.parsed?.content?.textContent ?? '');
  if (!story) return null;
  const spare = copy.implementation.createHTMLDocument(copy.title);
  spare.body.append(spare.importNode(story, true));
  return readAgain(spare, base, url);
}

/**
 * Readability's article, and the document it was read from (Readability rearranges it). On a
 * listicle of which Readability kept only an item or two, the list alone is read again with its
 * items' blocks lifted into it (listicle.ts); on another page, the story it passed over, if it did
 * (missed-story.ts). `paragraphs`: the page's story paragraphs, noted before this first read.
 */
function readArticle(copy: Document, base: string, url: string, paragraphs: NotedParagraph[]): Read {
  const listicle = findListicle(copy);
  const first: Read = { read: copy, parsed: readability(copy) };
  if (!listicle) return readMissedStory(copy, base, url, paragraphs, first) ?? first;
  const text = first.parsed?.content?.textContent ?? '';
  const kept = keptShare(listicle, text);
  if (kept >= MIN_KEPT_ITEMS || (kept === 0 && collapsedLength(text) >= OWN_ARTICLE_LENGTH)) return first;
  return readAgain(listDocument(copy, listicle), base, url) ?? first;
}

export function extract(doc: Document, url: string, options: ExtractOptions = {}): Article {
  try {
    return extractArticle(doc, url, options);
  } catch (error) {
    // Cloning (in jsdom) and Readability recurse over the tree: a page nested thousands of
    // levels deep overflows the stack. Say so rather than pass a bare RangeError on.
    if (error instanceof RangeError) throw new ExtractError('This page is nested too deeply to read');
    throw error;
  }
}

function extractArticle(doc: Document, url: string, options: ExtractOptions): Article {
  const win = options.window ?? doc.defaultView ?? (globalThis as { window?: Window }).window;
  if (!win) throw new ExtractError('No DOM window to sanitize the article with');
  const copy = options.inPlace ? doc : (doc.cloneNode(true) as Document);
  const base = baseUrl(copy, url);
  const metadata = readMetadata(copy);
  const ld = ldArticle(metadata.ld);
  const title = metadata.meta('og:title');
  const siteName = metadata.meta('og:site_name') ?? ldField(ld ? (ld.publisher as Record<string, unknown>) ?? null : null, 'name');
  const published = normalizeDate(ldField(ld, 'datePublished') ?? metadata.meta(PUBLISHED_TIME, 'datePublished'));

  placeStreamedSegments(copy);
  // Blocks the page already hides are known clutter; classify only a page that was not cleaned.
  const hidden = Array.from(copy.body?.querySelectorAll(`[${HIDDEN_ATTR}]`) ?? []);
  const clutter = hidden.length > 0 ? hidden : classify(copy, { url, rules: options.rules }).map((block) => block.element);
  for (const el of clutter) el.remove();
  resolveLazyImages(copy);
  addressAs(copy, base, url);
  // Readability often leaves the lead figure out of the body: note it before Readability runs.
  const pageFigure = imageOf(firstFigureImage(copy), base) ?? ogImage(metadata);
  const pickedTitle = pickTitle(copy, ld, metadata);
  const pageLang = copy.documentElement?.getAttribute('lang') || null;

  // Readability needs a root element; an XML or emptied document may have none.
  if (!copy.documentElement) throw new ExtractError(NO_ARTICLE);
  const paragraphs = noteParagraphs(copy);
  // What the page shows beside its screen-reader text stays for Readability (visually-hidden.ts).
  if (copy.body) revealShownTwins(copy.body);
  const { read, parsed } = readArticle(copy, base, url, paragraphs);
  const container = parsed?.content;
  if (!container) throw new ExtractError(NO_ARTICLE);
  restoreDroppedBlocks(container, paragraphs);
  restoreSiblingSections(container, paragraphs);
  repairMojibakeIn(container);
  const clutterInArticle = classify(read, { url, rules: options.rules, within: container });
  // What followed a label for other stories is where their cards begin (see dropTailTeasers).
  const afterLabels = new Set(clutterInArticle.flatMap(({ kind, element }) => (kind === 'related' && element.nextElementSibling) || []));
  for (const block of clutterInArticle) block.element.remove();
  dropVisuallyHidden(container);
  // A table of contents goes with its title: before the menus, as some are set in a <nav>.
  dropContentsLists(container, url);
  dropControls(container);
  dropActionLinks(container);
  dropPhotoCredits(container);
  dropPublisherNotes(container);
  dropPlaceholders(container);
  dropRepeats(container);
  const articleTitle = pickedTitle || collapse(parsed.title ?? title ?? '');
  dropLeadingMenu(container);
  dropHeadline(container, articleTitle);
  const byline = repairMojibake(collapse(parsed.byline || ldField(ld, 'author') || metadata.meta('author') || '')) || null;
  dropStamps(container, byline);
  dropAuthorBoxes(container);
  dropAboutSection(container, parsed.siteName || siteName);
  // Loose ends after other stories' cards hide the cards, and what headed a group of cards is
  // left once it goes (a page may end in several groups): trim, then cards and trim again.
  trimTail(container, byline);
  while (dropTailTeasers(container, afterLabels).length > 0) trimTail(container, byline);
  // What Readability leaves relative: attributes of other elements than links and media.
  absolutizeUrls(container, base);
  sanitizeInPlace(container, win);

  const text = blocksToText(container);
  const wordCount = words(text).length;
  const lang = parsed.lang || pageLang;
  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : lang && RTL_LANGS.test(lang) ? 'rtl' : null;
  return {
    title: articleTitle,
    byline,
    published: published ?? normalizeDate(parsed.publishedTime),
    siteName: parsed.siteName || siteName || null,
    lang,
    dir,
    excerpt: parsed.excerpt ? repairMojibake(collapse(parsed.excerpt)) : null,
    leadImage: imageOf(container.querySelector('img[src]'), base) ?? pageFigure,
    html: container.innerHTML,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}
