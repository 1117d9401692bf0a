/** The whole pipeline on one HTML file, in jsdom: what the extension does, minus the browser. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { classify, detect, extract, hide, type Article, type ClutterKind } from '../core';
import { articleToMarkdown, type ParsingWindow } from '../core/export';

export interface PageResult extends Article {
  /** The address the page was read as (given, declared by the page, or a placeholder). */
  url: string;
  isArticle: boolean;
  reasons: string[];
  hidden: { kind: ClutterKind; text: string }[];
}

/** The page's own idea of its address, for files saved without one. */
function declaredUrl(dom: JSDOM): string | null {
  const doc = dom.window.document;
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    return href ? new URL(href).href : null;
  } catch {
    return null;
  }
}

export function runPage(html: string, url: string | null): PageResult {
  // No scripts run and nothing is fetched: jsdom's defaults, and a console that stays quiet.
  const dom = new JSDOM(html, { url: url ?? 'https://example.invalid/', virtualConsole: new VirtualConsole() });
  try {
    const pageUrl = url ?? declaredUrl(dom) ?? 'https://example.invalid/';
    if (pageUrl !== dom.window.location.href) dom.reconfigure({ url: pageUrl });
    const doc = dom.window.document;
    const detection = detect(doc, pageUrl);
    const hidden = detection.isArticle ? hide(doc, classify(doc, { url: pageUrl })) : [];
    const article = extract(doc, pageUrl);
    return {
      ...article,
      url: pageUrl,
      isArticle: detection.isArticle,
      reasons: detection.reasons,
      hidden: hidden.map(({ kind, text }) => ({ kind, text })),
    };
  } finally {
    dom.window.close();
  }
}

/** Exactly what the reader's "Copy as Markdown" copies for this page. */
export function markdownOf(result: PageResult): string {
  const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
  try {
    return articleToMarkdown(result, result.url, window as unknown as ParsingWindow);
  } finally {
    window.close();
  }
}
