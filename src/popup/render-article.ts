/**
 * Builds the article view from an extracted Article. `article.html` is already sanitized by the core;
 * it is still parsed inertly and given a light defensive pass before its nodes are imported.
 */
import type { Article } from '../core/types';
import { formatDate, formatReadingTime } from './format';
import { strings } from './strings';

export interface RenderOptions {
  /** Page URL, to resolve any relative URL left in the article. */
  url: string;
  /** Locale for dates; defaults to the browser's. */
  locale?: string | string[];
}

export const ARTICLE_TITLE_ID = 'qr-article-title';
/** Ids from the page are prefixed so they never collide with the popup's own. */
const ID_PREFIX = 'qr-a-';

const DROP_SELECTOR = [
  'script', 'style', 'link', 'meta', 'base', 'noscript', 'template',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'textarea', 'dialog',
].join(',');

const ID_REF_ATTRS: ReadonlySet<string> = new Set([
  'for', 'headers', 'list', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details',
]);

const URL_ATTRS = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'cite', 'longdesc'];

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An absolute http(s) URL, or null. */
export function safeUrl(value: string, base: string): string | null {
  try {
    const parsed = new URL(value.trim(), base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function cleanSrcset(value: string, base: string): string | null {
  const parts = value
    .split(/,\s+/)
    .map((candidate) => {
      const [src, ...descriptor] = candidate.trim().split(/\s+/);
      const url = src ? safeUrl(src, base) : null;
      return url ? [url, ...descriptor].join(' ') : null;
    })
    .filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Defensive pass over the (already sanitized) article body; mutates `root`. */
export function tidyBody(root: Element, base: string): void {
  for (const node of Array.from(root.querySelectorAll(DROP_SELECTOR))) node.remove();
  for (const node of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(node.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'class' || name === 'slot') {
        node.removeAttribute(attr.name);
      } else if (name === 'id') {
        node.setAttribute('id', ID_PREFIX + attr.value);
      } else if (name === 'name' && node.localName === 'a') {
        // Old-style footnote anchors: make them ids so the rewritten "#..." links still land.
        node.removeAttribute(attr.name);
        if (!node.hasAttribute('id')) node.setAttribute('id', ID_PREFIX + attr.value);
      } else if (ID_REF_ATTRS.has(name)) {
        const refs = attr.value.split(/\s+/).filter(Boolean).map((ref) => ID_PREFIX + ref);
        node.setAttribute(attr.name, refs.join(' '));
      } else if (name === 'href' && attr.value.startsWith('#')) {
        node.setAttribute('href', `#${ID_PREFIX}${attr.value.slice(1)}`);
      } else if (name === 'srcset') {
        const cleaned = cleanSrcset(attr.value, base);
        if (cleaned) node.setAttribute('srcset', cleaned);
        else node.removeAttribute(attr.name);
      } else if (URL_ATTRS.includes(name)) {
        const url = safeUrl(attr.value, base);
        if (url) node.setAttribute(attr.name, url);
        else node.removeAttribute(attr.name);
      }
    }
  }
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    if (link.getAttribute('href')?.startsWith('#')) continue;
    // A followed link would otherwise navigate the popup itself.
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  }
}

function metaLine(doc: Document, article: Article, locale: string | string[] | undefined): HTMLElement | null {
  const parts: Node[] = [];
  if (article.byline?.trim()) parts.push(el(doc, 'span', 'qr-byline', article.byline.trim()));
  const date = formatDate(article.published, locale);
  if (date) {
    const time = el(doc, 'time', 'qr-date', date.text);
    if (date.datetime) time.dateTime = date.datetime;
    parts.push(time);
  }
  const reading = formatReadingTime(article.readingMinutes);
  if (reading) parts.push(el(doc, 'span', 'qr-reading-time', reading));
  if (parts.length === 0) return null;
  const line = el(doc, 'p', 'qr-meta');
  parts.forEach((part, index) => {
    if (index > 0) line.append(doc.createTextNode(' · '));
    line.append(part);
  });
  return line;
}

function leadFigure(doc: Document, article: Article, body: Element, base: string): HTMLElement | null {
  const lead = article.leadImage;
  if (!lead) return null;
  const src = safeUrl(lead.src, base);
  if (!src) return null;
  // Don't show the lead image twice if the body already starts with it.
  const inBody = Array.from(body.querySelectorAll('img')).some((img) => img.getAttribute('src') === src);
  if (inBody) return null;
  const figure = el(doc, 'figure', 'qr-lead');
  const img = el(doc, 'img');
  img.src = src;
  img.alt = '';
  img.decoding = 'async';
  figure.append(img);
  if (lead.caption?.trim()) figure.append(el(doc, 'figcaption', undefined, lead.caption.trim()));
  return figure;
}

/** The article view: an <article> with site name, title, meta line, lead image and body. */
export function renderArticle(doc: Document, article: Article, options: RenderOptions): HTMLElement {
  const root = el(doc, 'article', 'qr-article');
  root.setAttribute('aria-labelledby', ARTICLE_TITLE_ID);
  if (article.lang) root.lang = article.lang;
  // Never inherit the UI's direction: an English article in a Hebrew UI stays left to right.
  root.dir = article.dir ?? 'auto';

  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${article.html}</body></html>`, 'text/html');
  const source = parsed.body;
  tidyBody(source, options.url);

  const title = article.title.trim() || strings.untitled;

  const header = el(doc, 'header', 'qr-article-head');
  if (article.siteName?.trim()) header.append(el(doc, 'p', 'qr-site-name', article.siteName.trim()));
  const h1 = el(doc, 'h1', 'qr-title', title);
  h1.id = ARTICLE_TITLE_ID;
  header.append(h1);
  const meta = metaLine(doc, article, options.locale);
  if (meta) header.append(meta);
  root.append(header);

  const figure = leadFigure(doc, article, source, options.url);
  if (figure) root.append(figure);

  const body = el(doc, 'div', 'qr-body');
  for (const child of Array.from(source.childNodes)) body.append(doc.importNode(child, true));
  root.append(body);
  return root;
}
