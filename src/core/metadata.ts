/**
 * Publisher metadata: JSON-LD, microdata, Open Graph and meta tags. Used by detect (is this an
 * article?) and extract (title, author, date, site name), as a cross-check on Readability.
 */
import { byTag } from './dom';
import { repairMojibake } from './mojibake';
import { collapse, decodeEntities, fold } from './text';

export type JsonLdNode = Record<string, unknown>;

/** Every JSON-LD object in the given scripts, `@graph` arrays flattened. Broken blocks are skipped. */
function parseJsonLd(scripts: Iterable<Element>): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as JsonLdNode;
    nodes.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken block says nothing; the others still count.
    }
  }
  return nodes;
}

const META_KEYS = ['property', 'name', 'itemprop'];

/**
 * The page's publisher metadata, read once per stage: every query or live collection walks the
 * whole page, slowly in a JavaScript DOM (jsdom: the CLI, the benchmarks).
 */
export interface PageMetadata {
  /** Every JSON-LD object of the page, `@graph` arrays flattened. */
  ld: JsonLdNode[];
  /** Content of `<meta property|name|itemprop=…>`, the first non-empty of the names given. */
  meta(...names: string[]): string | null;
}

export function readMetadata(doc: Document): PageMetadata {
  const metas = byTag(doc, 'meta');
  return {
    ld: parseJsonLd(byTag(doc, 'script').filter((script) => /ld\+json/i.test(script.getAttribute('type') ?? ''))),
    meta(...names) {
      for (const name of names) {
        for (const el of metas) {
          if (!META_KEYS.some((key) => el.getAttribute(key) === name)) continue;
          const content = el.getAttribute('content')?.trim();
          if (content) return content;
        }
      }
      return null;
    },
  };
}

export function ldTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/**
 * schema.org's story types: Article, NewsArticle and its five kinds (Reportage, Analysis, Opinion,
 * Background, Review), SatiricalArticle, BlogPosting, LiveBlogPosting, Report. A pattern rather
 * than a set: content.js carries it, and it is half the bytes.
 */
export const ARTICLE_TYPES = /^(?:(?:(?:Reportage|Analysis|Opinion|Background|Review)?News|Satirical)?Article|(?:Live)?BlogPosting|Report)$/;

/** The page's article node in JSON-LD, if it has one. */
export function ldArticle(nodes: JsonLdNode[]): JsonLdNode | null {
  return nodes.find((node) => ldTypes(node).some((t) => ARTICLE_TYPES.test(t))) ?? null;
}

/** The Open Graph article's publication time: a metadata field and a detection signal. */
export const PUBLISHED_TIME = 'article:published_time';

function ldString(value: unknown): string | null {
  if (typeof value === 'string') return collapse(value) || null;
  if (Array.isArray(value)) {
    const names = value.map(ldString).filter((v): v is string => v !== null);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return ldString((value as JsonLdNode).name);
  return null;
}

export function ldField(node: JsonLdNode | null, key: string): string | null {
  return node ? ldString(node[key]) : null;
}

const MONTHS = /* @__PURE__ */ 'january february march april may june july august september october november december'.split(' ');

/**
 * A publication date as ISO 8601, kept in the publisher's local time (no time-zone shifting:
 * "2006-09-13T17:26:00+03:00" stays on the 13th). Accepts ISO strings and "September 13, 2006 17:26".
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(text);
  if (iso) return iso[2] ? `${iso[1]}T${iso[2]}${iso[3] ?? ''}` : iso[1]!;
  const written = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(text)
    ?? /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(text);
  if (!written) return null;
  const [monthName, day] = /^\d/.test(written[1]!) ? [written[2]!, written[1]!] : [written[1]!, written[2]!];
  const month = MONTHS.findIndex((m) => m.startsWith(monthName.toLowerCase().slice(0, 3)));
  if (month < 0) return null;
  const date = `${written[3]}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return written[4] ? `${date}T${written[4].padStart(2, '0')}:${written[5]}` : date;
}

const TITLE_SEPARATORS = /\s+[|\-–—:·•»/]\s+/;
const BAR = /\s+\|\s+/;

/** Words of a title, folded: two wordings of one headline share most of them. */
function titleWords(title: string): Set<string> {
  return new Set(fold(title).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Folded, with typographic quotes as plain ones. */
function plainQuotes(title: string): string {
  return fold(title).replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}

/**
 * Is `heading` the `title` with a few characters turned into "?" or "\ufffd" marks ("Planning?
 * Beginner? Guide" for "Planning: Beginner's Guide")? Each mark may stand for up to three.
 */
function lostCharacters(heading: string, title: string): boolean {
  if (!/[?\ufffd]/.test(heading)) return false;
  const pattern = fold(heading).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\?|\ufffd/g, '.{1,3}');
  return new RegExp(`^${pattern}$`).test(fold(title));
}

/** Dice overlap of two titles' words, 0 to 1. */
function likeness(a: string, b: string): number {
  const wordsA = titleWords(a);
  const wordsB = titleWords(b);
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return wordsA.size + wordsB.size === 0 ? 0 : (2 * shared) / (wordsA.size + wordsB.size);
}

/** An <h1> must share this much with the publisher's titles to be taken for the headline. */
const MIN_H1_LIKENESS = 0.3;

/**
 * The headline as the reader sees it: the page's <h1> that agrees best with the publisher's
 * titles (JSON-LD headline, og:title, <title>) — publishers often word those for search and
 * social, while the <h1> is what heads the story. Without such an <h1>, the publisher's title
 * the <title> confirms, site name stripped (" | Site" suffixes, "Site: " prefixes). Labels
 * around the headline (a site's name or domain, a section, a date or kicker inside the <h1>)
 * are left out.
 */
export function pickTitle(doc: Document, ld: JsonLdNode | null, metadata = readMetadata(doc)): string {
  const docTitle = collapse(doc.title ?? '');
  const siteName = metadata.meta('og:site_name', 'application-name');
  const given = [ldField(ld, 'headline'), metadata.meta('og:title', 'twitter:title')].filter((c): c is string => c !== null && c.length > 0);
  const stripped = given.map((c) => stripSiteName(decodeEntities(collapse(c)), siteName));
  const docStripped = stripSiteName(docTitle, siteName);
  const published = stripped.map((c) => untruncated(c, [...stripped, docStripped]));
  const titles = [...published, docStripped].filter(Boolean);
  let headline: string | null = null;
  let best = MIN_H1_LIKENESS;
  // An <h1> more than twice as long as every title the publisher gave (site names and all: a
  // short headline's <h1> may spell it out) is a summary set as one.
  const longest = Math.max(docTitle.length, ...given.map((title) => title.length));
  for (const h1 of byTag(doc, 'h1')) {
    if (linksHome(h1)) continue;
    const text = withoutName(headlinePart(h1, titles) ?? headingText(h1), siteName);
    if (text.split(' ').length < 2 || text.length > 2 * longest || (siteName !== null && fold(text) === fold(siteName))) continue;
    const score = Math.max(0, ...titles.map((title) => Math.max(likeness(text, title), likeness(text, title.split(BAR)[0]!))));
    if (score > best) [headline, best] = [text, score];
  }
  if (headline) {
    // The same headline but for its quote marks: the <h1> is typeset (CMSs turn ' and " into
    // curly quotes on display), the publisher's title is the string as written. Keep that one.
    // Likewise when the <h1> lost characters to "?" marks (a template that got its encoding wrong).
    const plain = plainQuotes(headline);
    const same = titles.find((title) => plainQuotes(title) === plain) ?? titles.find((title) => lostCharacters(headline, title));
    return finish(same ?? headline, doc);
  }
  const folded = fold(docTitle);
  return finish(published.find((c) => folded.includes(fold(c)) && c.length > 10) ?? published[0] ?? docStripped, doc);
}

/** Last touches shared by both ways to the title: encoding repaired, labels and domain left out. */
function finish(title: string, doc: Document): string {
  return withoutHost(withoutLabels(repairMojibake(title)), doc);
}

/** The page's own domain at the edge of a title ("example.com - Headline") names the site. */
function withoutHost(title: string, doc: Document): string {
  let host: string;
  try {
    host = new URL(doc.URL).hostname.replace(/^www\./, '');
  } catch {
    return title;
  }
  if (!host.includes('.')) return title;
  const name = host.replace(/[.]/g, '\\.');
  const edge = new RegExp(`^${name}(?:\\s+[|\\-–—:·•»/])?\\s+|\\s+(?:[|\\-–—:·•»/]\\s+)?${name}$`, 'i');
  return title.replace(edge, '') || title;
}

/**
 * A vertical bar is no headline punctuation: it sets labels — a site name, a section, a tagline,
 * keywords — apart from the headline, even inside an <h1>. The headline is the first part, unless
 * a later part is over twice as long (a "Site | Headline" title).
 */
function withoutLabels(title: string): string {
  const parts = title.split(BAR);
  const first = parts[0]!;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.length > 2 * first.length ? longest : first;
}

/**
 * Blog themes put the site's name in an <h1> linking to the home page, above the post's own
 * heading: an <h1> whose text is all in a link to the site's root is a logo, not a headline.
 */
function linksHome(h1: Element): boolean {
  const links = [...h1.querySelectorAll('a[href]')];
  if (links.length === 0 || collapse(links.map((a) => a.textContent).join(' ')) !== collapse(h1.textContent ?? '')) return false;
  return links.every((a) => {
    try {
      const url = new URL(a.getAttribute('href')!, h1.ownerDocument.baseURI);
      return url.pathname === '/' || url.pathname === '';
    } catch {
      return false;
    }
  });
}

/**
 * A heading's text as displayed: a line break or a block inside it parts words, as a space. So
 * does an element that starts a capitalised word right after a lower-case letter: a subtitle
 * set as a block by a style sheet ("Alternatives<span class="block">Top tools…</span>").
 */
function headingText(node: Node): string {
  const parts: string[] = [];
  let lastParent: Node | null = null;
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      const text = n.nodeValue ?? '';
      if (n.parentNode !== lastParent && /^\p{Lu}/u.test(text) && /\p{Ll}$/u.test(parts[parts.length - 1] ?? '')) parts.push(' ');
      parts.push(text);
      lastParent = n.parentNode;
    }
    if (n.nodeType !== 1) return;
    const block = /^(?:BR|DIV|P|H[1-6]|LI)$/.test((n as Element).tagName);
    if (block) parts.push(' ');
    for (const child of Array.from(n.childNodes)) walk(child);
    if (block) parts.push(' ');
  };
  walk(node);
  return collapse(parts.join(''));
}

/**
 * Publishers put a date, a kicker ("Blog:"), a source link or a comment count inside the <h1>,
 * each in an element of its own. When one part of the heading, but not the whole, is exactly a
 * publisher title, that part is the headline and the rest is labels.
 */
function headlinePart(h1: Element, titles: string[]): string | null {
  const wanted = new Set(titles.flatMap((title) => [title, withoutLabels(title)]).map(plainQuotes));
  if (wanted.has(plainQuotes(headingText(h1)))) return null;
  const walker = h1.ownerDocument.createTreeWalker(h1, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = headingText(node);
    if (wanted.has(plainQuotes(text))) return text;
  }
  return null;
}

/**
 * A title cut short for a length limit (some CMSs cap the JSON-LD headline or og:title at a
 * number of characters, sometimes adding an ellipsis) is completed by another title of the page
 * that starts with it and goes on — but not when what follows is a separator: that is the other
 * title's site name or tagline, not the rest of the headline.
 */
function untruncated(title: string, others: string[]): string {
  const ellipsis = /\s*(?:…|\.\.\.)$/;
  const head = fold(title).replace(ellipsis, '');
  if (head.length < (ellipsis.test(title) ? 10 : 40)) return title;
  const longer = others.find((other) => {
    const folded = fold(other);
    return folded.length > head.length && folded.startsWith(head) && !/^\s+[|\-–—:·•»/]\s+/.test(folded.slice(head.length));
  });
  return longer ?? title;
}

/** Some themes print the site name before or after the headline in the <h1> too ("Headline – Site"). */
function withoutName(heading: string, siteName: string | null): string {
  const parts = heading.split(TITLE_SEPARATORS);
  if (!siteName || parts.length < 2) return heading;
  const [first, last] = [parts[0]!, parts[parts.length - 1]!];
  if (fold(last) === fold(siteName)) return heading.slice(0, heading.length - last.length).replace(/\s+[|\-–—:·•»/]\s+$/, '');
  if (fold(first) === fold(siteName)) return heading.slice(first.length).replace(/^\s+[|\-–—:·•»/]\s+/, '');
  return heading;
}

export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const site = siteName ? fold(siteName) : null;
  const isSite = (part: string): boolean =>
    site !== null && (fold(part) === site || site.includes(fold(part)) || fold(part).includes(site));
  const kept = parts.filter((part) => !isSite(part));
  if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  // Unknown site name: drop a short last part ("Headline | Daily Ledger").
  const last = parts[parts.length - 1]!;
  const rest = title.slice(0, title.length - last.length).replace(/\s+[|\-–—:·•»/]\s+$/, '');
  return last.length < rest.length / 2 && last.split(' ').length <= 4 ? rest : title;
}
