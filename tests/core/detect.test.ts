import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { detect } from '../../src/core';
import { pageSignals, structureSignals, textSignals } from '../../src/core/detect/signals';
import { STRUCTURE_WEIGHTS, TEXT_WEIGHTS } from '../../src/core/detect/weights';
import { dom } from '../helpers/fixtures';

describe('detection signals', () => {
  it('has one trained weight per signal, in the same order, for both stages (else run npm run train:detect)', () => {
    const source = readFileSync(new URL('../../src/core/detect/weights.ts', import.meta.url), 'utf8');
    const trainedOn = [...source.matchAll(/^ {2}-?[\d.]+, \/\/ (\w+)$/gm)].map((m) => m[1]);
    const doc = dom('<body></body>').window.document;
    const structure = Object.keys(structureSignals(doc, 'https://example.com/'));
    const text = Object.keys(textSignals(doc));
    expect(trainedOn).toEqual([...structure, ...text]);
    expect(STRUCTURE_WEIGHTS).toHaveLength(structure.length);
    expect(TEXT_WEIGHTS).toHaveLength(text.length);
  });

  it('reads publisher metadata', () => {
    const doc = dom(`<html><head><meta property="og:type" content="Article"><meta property="article:published_time" content="2024-01-02">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02"}</script></head><body></body></html>`).window.document;
    expect(pageSignals(doc, 'https://news.example/x')).toMatchObject({ schemaArticle: 1, ogArticle: 1, publishedTime: 1, ldDatePublished: 1, schemaProduct: 0 });
  });

  it('reads the shape of the URL', () => {
    const doc = dom('<body></body>').window.document;
    expect(pageSignals(doc, 'https://news.example/world/2024/05/council-votes-on-the-budget')).toMatchObject({ dateInUrl: 1, newsUrl: 1, forumUrl: 0 });
    expect(pageSignals(doc, 'https://shop.example/products/blue-kettle')).toMatchObject({ productUrl: 1, dateInUrl: 0 });
  });

  it('reads the shape of the page: shop, forum and code words', () => {
    const doc = dom(`<body><form><input><input></form><p>Add to cart. In stock. Free shipping.</p>
      <div class="comment">Reply</div>
      <div class="comment">Quote</div>
      <pre><code>npm install</code></pre></body>`).window.document;
    const signals = pageSignals(doc, 'https://example.com/');
    expect(signals.price).toBe(1);
    expect(signals.shopWords).toBeCloseTo(Math.log1p(3));
    expect(signals.replyWords).toBeCloseTo(Math.log1p(2));
    expect(signals.codeBlocks).toBeCloseTo(Math.log1p(2));
  });

  it('reads where the prose sits: in one block (a story) or spread over boxes and links (a landing page)', () => {
    const prose = `<p>${'A sentence of plain prose here. '.repeat(3)}</p>`;
    const story = dom(`<body><nav><a href="/">Home</a></nav><div class="body">${prose.repeat(4)}</div><div>${prose}</div></body>`).window.document;
    const landing = dom(`<body>${`<section><a href="/a">${prose}</a></section>`.repeat(4)}<p>Hi</p></body>`).window.document;
    expect(textSignals(story).mainBlockShare).toBeCloseTo(4 / 5);
    expect(textSignals(landing).mainBlockShare).toBeCloseTo(1 / 4);
    expect(textSignals(story).linkTextShare).toBeLessThan(0.02);
    expect(textSignals(landing).linkTextShare).toBeGreaterThan(0.95);
    // Short paragraphs (a caption, a button label) are not prose; a page without any has a share of 0.
    expect(textSignals(dom('<body><p>Hi</p></body>').window.document).mainBlockShare).toBe(0);
  });

  it('reads schema.org types: stories, shops and businesses describing themselves', () => {
    const typed = (...types: string[]) =>
      structureSignals(dom(`<head>${types.map((t) => `<script type="application/ld+json">{"@type":"${t}"}</script>`).join('')}</head><body></body>`).window.document, 'https://example.com/');
    expect(typed('OpinionNewsArticle')).toMatchObject({ schemaArticle: 1, schemaBusiness: 0 });
    expect(typed('LiveBlogPosting')).toMatchObject({ schemaArticle: 1 });
    expect(typed('TechArticle')).toMatchObject({ schemaArticle: 0, schemaTechArticle: 1 });
    expect(typed('AggregateOffer')).toMatchObject({ schemaProduct: 1, schemaArticle: 0 });
    expect(typed('LocalBusiness')).toMatchObject({ schemaBusiness: 1, schemaProduct: 0 });
  });
});

describe('detect', () => {
  it('trusts a site profile article path outright', () => {
    const doc = dom('<body><p>Short.</p></body>').window.document;
    const detection = detect(doc, 'https://www.jpost.com/Middle-East/Iran-US-pullout-key-to-Iraq-stability');
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons).toContain('site profile The Jerusalem Post article path');
  });

  it('does not take a page with an empty body, or none, for an article, whatever its metadata says', () => {
    const doc = dom(`<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-02">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02"}</script></head><body><p>Text.</p></body></html>`).window.document;
    const url = 'https://news.example/world/2024/05/council-votes-on-the-budget';
    expect(detect(doc, url).isArticle).toBe(true);
    doc.body.replaceChildren('');
    expect(detect(doc, url)).toMatchObject({ isArticle: false, reasons: expect.arrayContaining(['empty body']) });
    doc.body.remove();
    expect(detect(doc, url)).toMatchObject({ isArticle: false, reasons: expect.arrayContaining(['empty body']) });
  });

  it('explains its score with the strongest signals', () => {
    const detection = detect(dom('<body><p>Short.</p></body>').window.document, 'https://example.com/');
    expect(detection.reasons.at(-1)).toMatch(/^score -?\d+\.\d\d \(/);
  });

  it('decides a clear page on structure alone, without reading its text', () => {
    const doc = dom(`<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-02">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02"}</script></head>
      <body><article><h1>Council votes</h1><p>${'Text. '.repeat(60)}</p></article></body></html>`).window.document;
    const read = vi.spyOn(doc.body, 'textContent', 'get');
    const detection = detect(doc, 'https://news.example/world/2024/05/council-votes-on-the-budget');
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons).toContain('decided on structure alone');
    expect(read).not.toHaveBeenCalled();
  });

  it('reads the text of a page whose structure is unsure: plain paragraphs under a slug make an article', () => {
    const paragraph = `<p>${'Some sentence of the story here. '.repeat(8)}</p>`;
    const doc = dom(`<html><head><title>Council votes</title></head><body><h1>Council votes</h1>${paragraph.repeat(6)}</body></html>`).window.document;
    const read = vi.spyOn(doc.body, 'textContent', 'get');
    const detection = detect(doc, 'https://example.com/council-votes-on-the-budget');
    expect(read).toHaveBeenCalled();
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons).not.toContain('decided on structure alone');
    expect(detection.reasons.at(-1)).toMatch(/paragraphShare|longParagraphText|readerScore/);
  });

  it('does not take an empty page for an article', () => {
    expect(detect(dom('<html><head></head><body></body></html>').window.document, 'https://example.com/').isArticle).toBe(false);
  });
});
