// @vitest-environment jsdom
/**
 * Every XSS vector through extract (Readability + the one DOMPurify config) and the popup's
 * renderArticle, in jsdom: nothing that can run or fetch survives. The same vectors run in real
 * browsers in tests/e2e/hostile.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { renderArticle } from '../../src/popup/render-article';
import { dangers } from '../helpers/dangers';
import { dom } from '../helpers/fixtures';
import { XSS_MARKER, XSS_VECTORS, xssArticlePage } from '../fixtures/xss-vectors';

/** The extracted html, parsed the way the popup parses it. */
function parsed(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

function run(html: string) {
  const url = 'https://news.example/2024/05/harbour-budget';
  const article = extract(dom(html, url).window.document, url);
  const view = renderArticle(document, article, { url, locale: 'en-US' });
  return { article, view };
}

describe(`${XSS_VECTORS.length} XSS vectors, page → extract → popup (jsdom)`, () => {
  it('has at least 60 vectors with unique ids', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_VECTORS.map((v) => v.id)).size).toBe(XSS_VECTORS.length);
  });

  it.each(XSS_VECTORS.map((v) => [v.id, v] as const))('%s: nothing that runs or fetches survives', (_id, vector) => {
    const { article, view } = run(xssArticlePage([vector]));
    expect(article.wordCount).toBeGreaterThan(100);
    const body = parsed(article.html);
    expect(dangers(body)).toEqual([]);
    // No mutation on the way into the popup: the sanitized html parses back to itself.
    expect(parsed(body.innerHTML).innerHTML).toBe(body.innerHTML);
    expect(dangers(view)).toEqual([]);
  });

  it('all vectors on one page at once', () => {
    const { article, view } = run(xssArticlePage(XSS_VECTORS));
    expect(dangers(parsed(article.html))).toEqual([]);
    expect(dangers(view)).toEqual([]);
    expect(view.textContent).toContain('harbour');
    expect(view.innerHTML).not.toContain(`top.qrXss=1;console.log('${XSS_MARKER}')"`);
  });
});
