import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { dom } from '../helpers/fixtures';

const BODY = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} explains the budget vote in detail, with numbers, quotes from the council and what the change means for residents.</p>`).join('');

function article(inner: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Budget vote</title>${head}</head><body><article><h1>Budget vote</h1>${inner}${BODY}</article></body></html>`;
}

describe('extract', () => {
  it('resolves lazy images and makes addresses absolute against the page (or its <base>)', () => {
    const html = article(
      `<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/lead.jpg" alt="Lead"><figcaption>The council chamber</figcaption></figure>
       <p>See <a href="report.pdf">the report</a> for the full text of the budget and its annexes, published today.</p>`,
      '<base href="/city/">',
    );
    const result = extract(dom(html, 'https://news.example/2024/budget').window.document, 'https://news.example/2024/budget');
    expect(result.leadImage).toEqual({ src: 'https://news.example/img/lead.jpg', caption: 'The council chamber' });
    expect(result.html).toContain('href="https://news.example/city/report.pdf"');
  });

  it("resolves a parsed snapshot's addresses against the page, not the document it was parsed in", () => {
    // The popup parses the page's html with DOMParser: that document's own address is the popup's.
    const popup = dom('<!doctype html><body></body>', 'https://extension.invalid/popup.html').window;
    const html = article('<p>See <a href="report.pdf">the report</a>, <a href="#annex">the annex</a> and <img src="/img/chart.png" alt="Chart"> for the budget in full.</p>');
    const doc = new popup.DOMParser().parseFromString(html, 'text/html');
    const result = extract(doc, 'https://news.example/2024/budget', { inPlace: true, window: popup as unknown as Window });
    expect(result.html).toContain('href="https://news.example/2024/report.pdf"');
    expect(result.html).toContain('href="#annex"');
    expect(result.html).toContain('src="https://news.example/img/chart.png"');
    expect(result.html).not.toContain('extension.invalid');
  });

  it("takes the lead image from the page's first figure with a source when Readability left it out", () => {
    const html = `<!doctype html><html lang="en"><head><title>Budget vote</title></head><body>
      <div class="site-header"><figure><img alt="No source"></figure><figure><span><img src="/img/hero.jpg" alt=""></span><figcaption>The hall</figcaption></figure></div>
      <article><h1>Budget vote</h1>${BODY}</article></body></html>`;
    const result = extract(dom(html).window.document, 'https://news.example/a');
    expect(result.html).not.toContain('hero.jpg');
    expect(result.leadImage).toEqual({ src: 'https://news.example/img/hero.jpg', caption: 'The hall' });
  });

  it('takes the real image from a <noscript> fallback', () => {
    const html = article('<figure><img src="placeholder.gif"><noscript><img src="/img/real.jpg"></noscript></figure>');
    const result = extract(dom(html).window.document, 'https://news.example/a');
    expect(result.leadImage?.src).toBe('https://news.example/img/real.jpg');
  });

  it('keeps captions, lists and quotes of the body', () => {
    const html = article('<blockquote><p>“We had no choice,” the mayor said about the cuts to the library budget.</p></blockquote><ul><li>Roads: +4%</li><li>Parks: −2%</li></ul>');
    const result = extract(dom(html).window.document, 'https://news.example/a');
    expect(result.text).toContain('“We had no choice,” the mayor said');
    expect(result.text).toContain('- Roads: +4%\n\n- Parks: −2%');
  });

  it('marks list items in the text: a bullet, or the number the list gives them', () => {
    const html = article(
      `<ol start="3"><li><p>Fill in the form for the grant.</p></li><li><img src="/step.png" alt=""></li><li>Send it in.</li></ol>
       <ul><li>Roads<ul><li>Bridges</li></ul></li><li>• Parks</li><li>16% of roads</li></ul><ol><li>1. Step one of the budget.</li></ol>`,
    );
    const result = extract(dom(html).window.document, 'https://news.example/a');
    expect(result.text).toContain('3. Fill in the form for the grant.\n\n5. Send it in.');
    expect(result.text).toContain('- Roads\n\n- Bridges\n\n• Parks\n\n- 16% of roads\n\n1. Step one of the budget.');
  });

  it('writes a table row as one line with its cells apart', () => {
    const table = '<table><thead><tr><th>Rank</th><th>State</th><th>Score</th></tr></thead><tbody><tr><td>1</td><td>North Dakota</td><td>82.0</td></tr><tr><td>2</td><td>Vermont</td><td>80.8</td></tr></tbody></table>';
    const result = extract(dom(article(table)).window.document, 'https://news.example/a');
    expect(result.text).toContain('Rank State Score\n\n1 North Dakota 82.0\n\n2 Vermont 80.8');
  });

  it('leaves out lines of nothing but invisible joiners, and keeps the joiners inside words and emoji', () => {
    const result = extract(dom(article('<p>\u200d</p><p>Family: 👨\u200d👩\u200d👧 at the vote.</p><div>\ufeff</div>')).window.document, 'https://news.example/a');
    expect(result.text).toContain('Family: 👨\u200d👩\u200d👧 at the vote.');
    expect(result.text.split('\n\n').some((line) => /^[\u200b-\u200d\u2060\ufeff]+$/.test(line))).toBe(false);
  });

  it('sanitizes: no scripts, handlers or javascript: links reach the html', () => {
    const html = article('<p onclick="steal()">Click <a href="javascript:alert(1)">here</a> <img src="x.jpg" onerror="alert(1)"> for the budget tables of the council.</p><script>alert(1)</script>');
    const result = extract(dom(html).window.document, 'https://news.example/a');
    expect(result.html).not.toMatch(/onclick|onerror|javascript:|<script/i);
    expect(result.text).toContain('for the budget tables');
  });

  it('ends with the story: no loose heading or credit line after its last paragraph', () => {
    const html = `<!doctype html><html lang="en"><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>${BODY}
      <p>Written by <a href="/jane">Jane Doe</a></p><h2>Post navigation</h2></article></body></html>`;
    const result = extract(dom(html).window.document, 'https://news.example/a');
    expect(result.text.endsWith('what the change means for residents.')).toBe(true);
    expect(result.text).not.toMatch(/Jane Doe|Post navigation/);
  });

  it('reads what the page shows, not the text it keeps for screen readers', () => {
    const html = article(
      '<p>Tickets cost <del aria-hidden="true">$30</del><span class="screen-reader-text">Original price was: $30.</span> ' +
        '<ins>$21</ins> at <a href="/box">the box office<span class="sr-only"> (opens in a new tab)</span></a> this week.</p>',
    );
    const { text } = extract(dom(html).window.document, 'https://news.example/a');
    expect(text).toContain('Tickets cost $30 $21 at the box office this week.');
  });

  it('leaves the page itself untouched', () => {
    const doc = dom(article('<div class="newsletter-signup">Sign up for our newsletter</div>')).window.document;
    const before = doc.documentElement.outerHTML;
    extract(doc, 'https://news.example/a');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('with inPlace, takes the given document apart instead of a copy, and reads the same article', () => {
    const html = article('<div class="newsletter-signup">Sign up for our newsletter</div><figure><img src="/a.jpg"><figcaption>The chamber</figcaption></figure>');
    const copy = extract(dom(html).window.document, 'https://news.example/a');
    const doc = dom(html).window.document;
    expect(extract(doc, 'https://news.example/a', { inPlace: true })).toEqual(copy);
    expect(doc.querySelector('.newsletter-signup')).toBeNull();
  });

  it('reads right-to-left languages', () => {
    const html = article('').replace('<html lang="en">', '<html lang="he">');
    expect(extract(dom(html).window.document, 'https://news.example/a').dir).toBe('rtl');
  });
});
