// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { renderArticle } from '../../src/popup/render-article';

function article(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Budget passes',
    byline: 'Jane Doe',
    published: '2019-05-01',
    siteName: 'The Example Post',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    html: '<p>First paragraph.</p>',
    text: 'First paragraph.',
    wordCount: 2,
    readingMinutes: 3,
    ...overrides,
  };
}

const url = 'https://news.example/politics/budget';

describe('renderArticle', () => {
  it('renders site name, title, byline · date · reading time and body', () => {
    const view = renderArticle(document, article(), { url, locale: 'en-US' });
    expect(view.tagName).toBe('ARTICLE');
    expect(view.querySelector('.qr-site-name')?.textContent).toBe('The Example Post');
    expect(view.querySelector('h1')?.textContent).toBe('Budget passes');
    expect(view.querySelector('.qr-meta')?.textContent).toBe('Jane Doe · May 1, 2019 · 3 min read');
    expect(view.querySelector('time')?.getAttribute('datetime')).toBe('2019-05-01');
    expect(view.querySelector('.qr-body p')?.textContent).toBe('First paragraph.');
    expect(view.lang).toBe('en');
    expect(view.getAttribute('aria-labelledby')).toBe(view.querySelector('h1')?.id);
  });

  it('shows an unparsable date raw and skips missing parts', () => {
    const view = renderArticle(document, article({ byline: null, published: 'yesterday', readingMinutes: 0 }), { url });
    expect(view.querySelector('.qr-meta')?.textContent).toBe('yesterday');
    expect(view.querySelector('time')?.hasAttribute('datetime')).toBe(false);
  });

  it('renders the lead image with caption unless the body already has it', () => {
    const lead = { src: '/img/lead.jpg', caption: 'The chamber' };
    const withLead = renderArticle(document, article({ leadImage: lead }), { url });
    expect(withLead.querySelector('.qr-lead img')?.getAttribute('src')).toBe('https://news.example/img/lead.jpg');
    expect(withLead.querySelector('.qr-lead figcaption')?.textContent).toBe('The chamber');

    const dup = renderArticle(
      document,
      article({ leadImage: lead, html: '<figure><img src="https://news.example/img/lead.jpg"></figure><p>x</p>' }),
      { url },
    );
    expect(dup.querySelector('.qr-lead')).toBeNull();
    expect(dup.querySelectorAll('img')).toHaveLength(1);
  });

  it('defends against anything unsafe that slipped through', () => {
    const view = renderArticle(
      document,
      article({
        html:
          '<p onclick="alert(1)" style="color:red" class="x">Hi <a href="javascript:alert(1)">bad</a> <a href="/ok">ok</a></p>' +
          '<script>alert(1)</script><iframe src="https://evil.example"></iframe><img src="x.png" onerror="alert(1)">',
      }),
      { url },
    );
    const body = view.querySelector('.qr-body')!;
    expect(body.querySelector('script, iframe')).toBeNull();
    expect(body.querySelector('[onclick], [onerror], [style], [class]')).toBeNull();
    const links = body.querySelectorAll('a');
    expect(links[0]?.hasAttribute('href')).toBe(false);
    expect(links[1]?.getAttribute('href')).toBe('https://news.example/ok');
    expect(links[1]?.getAttribute('target')).toBe('_blank');
    expect(links[1]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://news.example/politics/x.png');
  });

  it('prefixes page ids and fragment links so they cannot collide with the popup', () => {
    const view = renderArticle(
      document,
      article({ html: '<p><a href="#fn1">1</a></p><p id="fn1">Note</p><p><a name="fn2"></a></p>' }),
      { url },
    );
    const body = view.querySelector('.qr-body')!;
    expect(body.querySelector('a')?.getAttribute('href')).toBe('#qr-a-fn1');
    expect(body.querySelector('a')?.hasAttribute('target')).toBe(false);
    expect(body.querySelector('#qr-a-fn1')?.textContent).toBe('Note');
    expect(body.querySelector('#qr-a-fn2')).not.toBeNull();
  });

  it("takes dir and lang from the article, and never inherits the page's direction", () => {
    const rtl = renderArticle(document, article({ lang: 'he', dir: 'rtl' }), { url });
    expect([rtl.lang, rtl.dir]).toEqual(['he', 'rtl']);
    const unknown = renderArticle(document, article({ lang: null, dir: null }), { url });
    expect(unknown.dir).toBe('auto');
  });
});
