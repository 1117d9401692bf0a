import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { articleToHtmlFile, articleToMarkdown, articleToText, frontMatter, htmlFileName, type ParsingWindow } from '../../src/core/export';
import type { Article } from '../../src/core/types';
import { dom, fixtureDom } from '../helpers/fixtures';

const URL_ = 'https://news.example/2024/05/budget-vote';

function sample(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Budget "vote": a close call',
    byline: 'Ada Writer',
    published: '2024-05-14',
    siteName: 'News Example',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    html: '<p>Read <a href="/reports/budget.pdf">the report</a> and <a href="#notes">the notes</a>.</p><figure><img src="img/chart.png" alt="Chart"><figcaption>Spending by year</figcaption></figure>',
    text: 'Read the report and the notes.\n\nSpending by year',
    wordCount: 9,
    readingMinutes: 1,
    ...overrides,
  };
}

const win = (): ParsingWindow => dom('<!doctype html><body></body>', URL_).window as unknown as ParsingWindow;

describe('front matter', () => {
  it('has title, author, date and source, quoted as YAML strings', () => {
    expect(frontMatter(sample(), URL_)).toBe(
      ['---', 'title: "Budget \\"vote\\": a close call"', 'author: "Ada Writer"', 'date: "2024-05-14"', `source: "${URL_}"`, '---'].join('\n'),
    );
  });

  it('leaves out what is unknown', () => {
    expect(frontMatter(sample({ byline: null, published: null }), URL_)).toBe(`---\ntitle: "Budget \\"vote\\": a close call"\nsource: "${URL_}"\n---`);
  });
});

describe('Markdown export', () => {
  const markdown = articleToMarkdown(sample(), URL_, win());

  it('starts with the front matter and the title as a heading', () => {
    expect(markdown.startsWith(`${frontMatter(sample(), URL_)}\n\n# Budget "vote": a close call\n\n`)).toBe(true);
  });

  it('makes links and images absolute and keeps images with their captions', () => {
    expect(markdown).toContain('[the report](https://news.example/reports/budget.pdf)');
    expect(markdown).toContain('![Chart](https://news.example/2024/05/img/chart.png)');
    expect(markdown).toContain('Spending by year');
  });

  it('keeps in-page anchors as they are', () => {
    expect(markdown).toContain('[the notes](#notes)');
  });

  it('turns a whole extracted page into Markdown (Hebrew fixture, right to left)', () => {
    const page = fixtureDom('hebrew-rtl.html', 'https://news.example.co.il/city/2024/05/bike-lanes');
    const article = extract(page.window.document, page.window.location.href);
    const md = articleToMarkdown(article, page.window.location.href, page.window as unknown as ParsingWindow);
    expect(md).toContain('author: "דנה לוי"');
    expect(md).toContain('![רוכבי אופניים בשביל החדש](https://news.example.co.il/images/bike-lanes.jpg)');
    expect(md).toContain('[בכתבה קודמת](https://news.example.co.il/city/2024/04/parking)');
  });
});

describe('text and HTML export', () => {
  it('copies text with title, byline and source', () => {
    expect(articleToText(sample(), URL_)).toBe(`Budget "vote": a close call\n\nAda Writer · 2024-05-14\n\nRead the report and the notes.\n\nSpending by year\n\n${URL_}\n`);
  });

  it('saves a self-contained file: inline style, no script, absolute images, source link, lang and dir', () => {
    const file = articleToHtmlFile(sample({ lang: 'he', dir: 'rtl' }), URL_, win());
    expect(file.startsWith('<!doctype html>\n<html lang="he" dir="rtl">')).toBe(true);
    expect(file).toContain('<meta charset="utf-8">');
    expect(file).toContain('<style>');
    expect(file).not.toMatch(/<script|<link|\son\w+=/i);
    expect(file).toContain('src="https://news.example/2024/05/img/chart.png"');
    expect(file).toContain(`<a href="${URL_}">${URL_}</a>`);
    expect(file).toContain('<title>Budget "vote": a close call</title>');
  });

  it('escapes the title instead of interpreting it', () => {
    const file = articleToHtmlFile(sample({ title: '<img src=x onerror=alert(1)>' }), URL_, win());
    expect(file).not.toContain('<img src=x');
    expect(file).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('names the file after the title', () => {
    expect(htmlFileName('Budget "vote": a close call')).toBe('Budget-vote-a-close-call.html');
    expect(htmlFileName('שבילי אופניים')).toBe('שבילי-אופניים.html');
    expect(htmlFileName('???')).toBe('article.html');
  });
});
