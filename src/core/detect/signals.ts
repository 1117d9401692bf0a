/**
 * The signals detect() weighs, each a number computed from the DOM alone: publisher metadata,
 * the shape of the URL, and the shape of the page (paragraphs, forms, code, words).
 * Counts are log-scaled so that no single count dominates. The same functions feed the trainer
 * (bench/train-detect.ts), so the weights always match what runs in the page. They come in two
 * stages: structure (no text read) and text (whole-page passes, the costly part).
 */
import { byTag, collapsedLength, has } from '../dom';
import { ARTICLE_TYPES, ldTypes, PUBLISHED_TIME, readMetadata, type PageMetadata } from '../metadata';

// schema.org types, as patterns (fewer bytes than sets in content.js).
const PRODUCT_TYPES = /^(?:Product(?:Group)?|(?:Aggregate)?Offer|SoftwareApplication)$/;
const DISCUSSION_TYPES = /^(?:QAPage|DiscussionForumPosting|Question)$/;
const COLLECTION_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/;
/** A business describing itself: service and landing pages, rarely a story (a story's publisher sits inside its article node). */
const BUSINESS_TYPES = /Organization|LocalBusiness|Corporation/;

const REPLY_WORDS = /\b(?:reply|replies|quote|posted by|joined|posts|thread|member since|likes)\b/gi;
const SHOP_WORDS = /\b(?:add to cart|add to basket|buy now|in stock|out of stock|checkout|free shipping|sku)\b/gi;
const NEWS_WORDS = /\b(?:share|tweet|facebook|related|newsletter|subscribe|minute read|min read)\b/gi;

const log = Math.log1p;

function count(text: string, words: RegExp): number {
  return log(text.match(words)?.length ?? 0);
}

function microdataTypes(doc: Document): string[] {
  return [...doc.querySelectorAll('[itemscope][itemtype]')]
    .flatMap((el) => (el.getAttribute('itemtype') ?? '').split(/\s+/))
    .map((url) => url.replace(/^https?:\/\/schema\.org\//, ''))
    .filter(Boolean);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Signals from publisher metadata, the URL and element counts: no page text is read, so they are
 * cheap enough for every page, and decide most pages on their own (see detect()).
 */
export function structureSignals(doc: Document, url: string, metadata: PageMetadata = readMetadata(doc)) {
  const types = new Set([...metadata.ld.flatMap(ldTypes), ...microdataTypes(doc)]);
  const hasType = (pattern: RegExp): number => +[...types].some((t) => pattern.test(t));
  const ogType = metadata.meta('og:type')?.toLowerCase() ?? '';
  const path = pathOf(url);
  const slug = path.split('/').filter(Boolean).pop() ?? '';
  // Tag counts from live collections: cheaper than queries.
  const tags = (...names: string[]): number => names.reduce((sum, name) => sum + doc.getElementsByTagName(name).length, 0);

  return {
    schemaArticle: hasType(ARTICLE_TYPES),
    schemaProduct: hasType(PRODUCT_TYPES),
    schemaDiscussion: hasType(DISCUSSION_TYPES),
    schemaCollection: hasType(COLLECTION_TYPES),
    schemaTechArticle: +types.has('TechArticle'),
    schemaFaq: +types.has('FAQPage'),
    schemaBusiness: hasType(BUSINESS_TYPES),
    ogArticle: +(ogType === 'article'),
    ogOther: +!['', 'article', 'website'].includes(ogType),
    publishedTime: +(metadata.meta(PUBLISHED_TIME) !== null),
    ldDatePublished: +metadata.ld.some((node) => typeof node.datePublished === 'string'),
    oneArticleElement: +(tags('article') === 1),
    oneH1: +(tags('h1') === 1),
    slugWords: log(slug.split(/[-_]/).filter(Boolean).length),
    dateInUrl: +/\/(?:19|20)\d\d\/\d{1,2}\/|(?:19|20)\d\d-\d\d-\d\d/.test(path),
    pathDepth: path.split('/').filter(Boolean).length / 5,
    forms: log(tags('form')),
    inputs: log(tags('input')),
    iframes: log(tags('iframe')),
    paragraphs: log(tags('p')),
    codeBlocks: log(tags('pre', 'code')),
    subheadings: log(tags('h2', 'h3')),
    tables: log(tags('table')),
    docUrl: +/\/(?:docs?|documentation|reference|api|manual|guide|wiki)(?:\/|$)/.test(path),
    forumUrl: +/\/(?:forums?|threads?|topics?|community|discussions?|questions|t)\//.test(path),
    productUrl: +/\/(?:products?|shop|store|items?|p|dp|buy)\//.test(path),
    newsUrl: +/\/(?:news|article|articles|blog|story|stories|posts?|(?:19|20)\d\d)\//.test(path),
  };
}

/** Signals that read the page's text (paragraphs, words): asked only when structure is unsure. */
export function textSignals(doc: Document) {
  const text = doc.body?.textContent ?? '';
  const textLength = Math.max(collapsedLength(text), 1);
  // A story's paragraphs share one parent; a landing page spreads its prose over many boxes.
  const proseByParent = new Map<Node | null, number>();
  const paragraphs = byTag(doc, 'p').map((p) => {
    const length = p.textContent?.trim().length ?? 0;
    if (length >= 40) proseByParent.set(p.parentNode, (proseByParent.get(p.parentNode) ?? 0) + length);
    return length;
  });
  const prose = [...proseByParent.values()];
  const long = paragraphs.filter((length) => length > 80);
  const linkText = byTag(doc, 'a').reduce((sum, a) => sum + collapsedLength(a.textContent ?? ''), 0);
  // Readability's own readerable test, over paragraphs only: Σ √(length − 140) of the long ones.
  const readerScore = paragraphs.reduce((sum, length) => (length > 140 ? sum + Math.sqrt(length - 140) : sum), 0);
  const longChars = long.reduce((a, b) => a + b, 0);

  return {
    readerScore: log(readerScore),
    longParagraphs: log(long.length),
    longParagraphText: log(longChars) / 10,
    paragraphShare: Math.min(1, longChars / textLength),
    mainBlockShare: prose.length && Math.max(...prose) / prose.reduce((a, b) => a + b),
    linkTextShare: Math.min(1, linkText / textLength),
    // Attribute-substring queries: cheap in a browser, 10–25 ms each in jsdom, so asked only here.
    byline: +has(doc, '[rel~="author"], [class*="author"], [class*="byline"], [itemprop="author"]'),
    dateElements: +has(doc, '[class*="date"], [itemprop="datePublished"], time[datetime]'),
    price: +(has(doc, '[itemprop="price"], [itemprop="offers"]') || /\b(?:add to cart|add to basket)\b/i.test(text)),
    replyWords: count(text, REPLY_WORDS),
    shopWords: count(text, SHOP_WORDS),
    newsWords: count(text, NEWS_WORDS),
  };
}

/** All signals, by name, structure first. Yes/no signals are 1 or 0 (`+` of a boolean). */
export function pageSignals(doc: Document, url: string) {
  return { ...structureSignals(doc, url), ...textSignals(doc) };
}

export type Signals = ReturnType<typeof pageSignals>;
export type SignalName = keyof Signals;
export type StructureSignalName = keyof ReturnType<typeof structureSignals>;
