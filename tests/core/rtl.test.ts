import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { dom, fixtureDom } from '../helpers/fixtures';

const HEBREW_URL = 'https://news.example.co.il/city/2024/05/bike-lanes';

describe('right-to-left pages', () => {
  const page = fixtureDom('hebrew-rtl.html', HEBREW_URL);
  const article = extract(page.window.document, HEBREW_URL);

  it('take dir and lang from the page (Hebrew fixture)', () => {
    expect(article.dir).toBe('rtl');
    expect(article.lang).toBe('he');
    expect(article.title).toBe('העירייה מרחיבה את שבילי האופניים במרכז העיר');
  });

  it('resolve the lazy lead image and keep its caption', () => {
    expect(article.leadImage).toEqual({ src: 'https://news.example.co.il/images/bike-lanes.jpg', caption: 'רוכבי אופניים בשביל החדש ברחוב הרצל' });
    expect(article.html).toMatch(/<figure>\s*<img src="https:\/\/news\.example\.co\.il\/images\/bike-lanes\.jpg"[^>]*>\s*<figcaption>/);
  });

  it('leave the related list and share bar out', () => {
    expect(article.text).not.toContain('כתבות נוספות');
    expect(article.text).not.toContain('שתפו');
  });

  it.each([
    ['ar', 'rtl'],
    ['fa-IR', 'rtl'],
    ['en-GB', null],
  ])('derive the direction from lang="%s" when the page gives no dir', (lang, dir) => {
    const paragraphs = Array.from({ length: 6 }, () => '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore.</p>').join('');
    const doc = dom(`<!doctype html><html lang="${lang}"><head><title>T</title></head><body><article><h1>T</h1>${paragraphs}</article></body></html>`).window.document;
    expect(extract(doc, 'https://news.example/a').dir).toBe(dir);
  });
});

describe('lazy images', () => {
  const BODY = Array.from({ length: 6 }, () => '<p>The council met on Tuesday and voted on the budget for the coming year, after a long debate.</p>').join('');
  const run = (figure: string) =>
    extract(dom(`<!doctype html><html lang="en"><head><title>T</title></head><body><article><h1>T</h1>${figure}${BODY}</article></body></html>`).window.document, 'https://news.example/a/b');

  it('take data-srcset when there is no srcset', () => {
    const result = run('<figure><img src="blank.gif" data-src="/i/a.jpg" data-srcset="/i/a-1x.jpg 1x, /i/a-2x.jpg 2x" alt="A"><figcaption>Cap</figcaption></figure>');
    expect(result.html).toContain('srcset="https://news.example/i/a-1x.jpg 1x, https://news.example/i/a-2x.jpg 2x"');
    expect(result.leadImage).toEqual({ src: 'https://news.example/i/a.jpg', caption: 'Cap' });
  });

  it('fill <picture> sources from data-srcset', () => {
    const result = run('<figure><picture><source data-srcset="/i/p.webp" type="image/webp"><img src="/i/p.jpg" alt="P"></picture></figure>');
    expect(result.html).toContain('srcset="https://news.example/i/p.webp"');
  });
});
