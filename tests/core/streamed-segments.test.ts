import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { placeStreamedSegments } from '../../src/core/streamed-segments';
import { dom } from '../helpers/fixtures';

const PARAGRAPHS = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the streamed story tells how the council voted on the harbour plan and what it costs.</p>`).join('');

function page(body: string): Document {
  return dom(`<!doctype html><html lang="en"><head><title>Harbour plan</title></head><body>${body}</body></html>`).window.document;
}

describe('placeStreamedSegments', () => {
  it('moves a segment over the <template id="P:…"> with its suffix', () => {
    const doc = page('<main><h1>Harbour</h1><template id="P:1a"></template><footer>Footer</footer></main><div hidden id="S:1a"><p>Late text</p></div>');
    placeStreamedSegments(doc);
    expect(doc.querySelector('main')!.innerHTML).toBe('<h1>Harbour</h1><p>Late text</p><footer>Footer</footer>');
    expect(doc.querySelector('[hidden]')).toBeNull();
  });

  it('fills a Suspense boundary named by a $RC call, dropping its fallback', () => {
    const doc = page(
      '<main><!--$?--><template id="B:0"></template><div>Loading…</div><!--/$--><aside>Side</aside></main>' +
        '<div hidden id="S:3"><article><p>The story</p></article></div><script>$RC("B:0","S:3")</script>',
    );
    placeStreamedSegments(doc);
    expect(doc.querySelector('main')!.innerHTML).toBe('<!--$?--><article><p>The story</p></article><!--/$--><aside>Side</aside>');
  });

  it('shows a segment whose place is unknown where it is', () => {
    const doc = page('<main><template id="B:0"></template><div>Loading…</div></main><div hidden id="S:0"><p>The story</p></div>');
    placeStreamedSegments(doc);
    expect(doc.getElementById('S:0')!.hasAttribute('hidden')).toBe(false);
  });

  it('lets extract read an article a script never moved into place, without touching the page', () => {
    const doc = page(`<header>Site</header><main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main>
      <div hidden id="S:0"><article><h1>Harbour plan</h1>${PARAGRAPHS}</article></div><script>$RC("B:0","S:0")</script>`);
    const before = doc.documentElement.outerHTML;
    const article = extract(doc, 'https://news.example/harbour');
    expect(article.text).toContain('Paragraph 5 of the streamed story');
    expect(article.text).not.toContain('Loading…');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
