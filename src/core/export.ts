/**
 * The article as Markdown, plain text and a standalone HTML file: what the reader's export
 * buttons produce and what `npm run extract -- --markdown` prints. Pure DOM: the caller passes
 * the window to parse in (the reader's, or jsdom's in the CLI and tests).
 */
import TurndownService from 'turndown';
import { absolutizeUrls } from './lazy-images';
import type { Article } from './types';

/** A window with its own DOMParser: the browser's, or jsdom's. */
export type ParsingWindow = Window & { DOMParser: typeof DOMParser };

/** `article.html` (already sanitized by extract) as a detached body, URLs absolute against `url`. */
function articleBody(article: Article, url: string, win: ParsingWindow): HTMLElement {
  const doc = new win.DOMParser().parseFromString(`<!doctype html><body>${article.html}</body>`, 'text/html');
  absolutizeUrls(doc.body, url);
  return doc.body;
}

/** A YAML double-quoted scalar: JSON's string escaping is valid YAML. */
const yamlString = (value: string): string => JSON.stringify(value);

/** The front-matter block: title, author, date and source URL; unknown fields are left out. */
export function frontMatter(article: Article, url: string): string {
  const fields: [string, string | null][] = [
    ['title', article.title],
    ['author', article.byline],
    ['date', article.published],
    ['source', url],
  ];
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${yamlString(value ?? '')}`);
  return ['---', ...lines, '---'].join('\n');
}

/** Markdown with front matter, the title as a heading, and the body; links and images absolute. */
export function articleToMarkdown(article: Article, url: string, win: ParsingWindow): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  const body = turndown.turndown(articleBody(article, url, win)).trim();
  return `${frontMatter(article, url)}\n\n# ${article.title}\n\n${body}\n`;
}

/** Plain text: title, byline line, the body's paragraphs, and where it came from. */
export function articleToText(article: Article, url: string): string {
  const meta = [article.byline, article.published].filter(Boolean).join(' · ');
  return [article.title, meta, article.text, url].filter(Boolean).join('\n\n') + '\n';
}

/** Just enough style for the saved file to read well on its own; nothing loads from elsewhere. */
const SAVED_STYLE = `body{margin:2rem auto;max-width:40rem;padding:0 1rem;font:18px/1.6 Georgia,serif;color:#1d1d1f;background:#fff}
img{max-width:100%;height:auto}a{color:#0b57d0}.meta,.source{font:14px/1.5 system-ui,sans-serif;color:#55555c}`;

/**
 * A self-contained HTML file: the sanitized article, one inline stylesheet, no scripts; images
 * and links stay absolute addresses on the web.
 */
export function articleToHtmlFile(article: Article, url: string, win: ParsingWindow): string {
  const doc = win.document.implementation.createHTMLDocument(article.title);
  const html = doc.documentElement;
  if (article.lang) html.lang = article.lang;
  if (article.dir) html.dir = article.dir;
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const style = doc.createElement('style');
  style.textContent = SAVED_STYLE;
  doc.head.prepend(charset);
  doc.head.append(style);

  const main = doc.createElement('article');
  const h1 = doc.createElement('h1');
  h1.textContent = article.title;
  main.append(h1);
  const meta = [article.byline, article.published].filter(Boolean).join(' · ');
  if (meta) {
    const p = doc.createElement('p');
    p.className = 'meta';
    p.textContent = meta;
    main.append(p);
  }
  for (const node of Array.from(articleBody(article, url, win).childNodes)) main.append(doc.importNode(node, true));
  const source = doc.createElement('p');
  source.className = 'source';
  const link = doc.createElement('a');
  link.href = url;
  link.textContent = url;
  source.append(link);
  main.append(source);
  doc.body.append(main);
  return `<!doctype html>\n${html.outerHTML}\n`;
}

/** A file name for the saved article: the title's words, at most 80 characters, plus `.html`. */
export function htmlFileName(title: string): string {
  const base = title.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${base || 'article'}.html`;
}
