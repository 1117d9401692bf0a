import { describe, expect, it } from 'vitest';
import { noteParagraphs, restoreSiblingSections } from '../../src/core/sibling-sections';
import { dom } from '../helpers/fixtures';

const sentence = (n: number): string => `Paragraph ${n} of the story tells what the council decided about the harbour wall, and why it matters.`;

/** A page-builder row: row > column > module > text, with a heading and two paragraphs. */
const row = (n: number, extra = ''): string =>
  `<div class="pb-row pb-row-${n}${extra}"><div class="pb-col"><div class="pb-module pb-text"><div class="pb-inner">` +
  `<h2>Part ${n}</h2><p>${sentence(2 * n)}</p><p>${sentence(2 * n + 1)}</p></div></div></div></div>`;

const TEASERS = `<section class="related"><ul>${[1, 2]
  .map((n) => `<li class="card"><p>Teaser ${n}: another story about the city budget, its winners and its losers, told in full.</p></li>`)
  .join('')}</ul></section>`;

/** Readability's result, simulated: the given blocks moved into an article element. */
function readabilityKeeps(doc: Document, ...kept: Element[]): Element {
  const article = doc.createElement('div');
  const page = doc.createElement('div');
  page.id = 'readability-page-1';
  article.append(page);
  page.append(...kept);
  return article;
}

describe('restoreSiblingSections', () => {
  it('puts back the rows built like the one Readability kept, in page order, and no teasers', () => {
    const doc = dom(`<!doctype html><body><main>${row(1)}${row(2)}${row(3)}${TEASERS}</main></body>`).window.document;
    const noted = noteParagraphs(doc);
    const body = readabilityKeeps(doc, doc.querySelector('.pb-row-2 .pb-inner')!);
    expect(restoreSiblingSections(body, noted)).toHaveLength(2);
    expect(Array.from(body.querySelectorAll('h2'), (h) => h.textContent)).toEqual(['Part 1', 'Part 2', 'Part 3']);
    expect(body.textContent).not.toContain('Teaser');
  });

  it('puts a row back between the rows Readability kept around it', () => {
    const doc = dom(`<!doctype html><body><main>${row(1)}${row(2, ' pb-dark')}${row(3)}</main></body>`).window.document;
    const noted = noteParagraphs(doc);
    const body = readabilityKeeps(doc, doc.querySelector('.pb-row-1')!, doc.querySelector('.pb-row-3')!);
    restoreSiblingSections(body, noted);
    expect(Array.from(body.querySelectorAll('p'), (p) => p.textContent)).toEqual([2, 3, 4, 5, 6, 7].map(sentence));
  });

  it('leaves out text built differently: teasers, an aside, a row inside wrappers of another kind', () => {
    const far = `<div class="a"><div class="b"><div class="c"><div class="d"><div class="e">${row(1)}</div></div></div></div></div>`;
    const doc = dom(`<!doctype html><body><main>${row(2)}${TEASERS}<aside class="a"><p>${sentence(9)}</p></aside>${far}</main></body>`).window.document;
    const noted = noteParagraphs(doc);
    const body = readabilityKeeps(doc, doc.querySelector('.pb-row-2 .pb-inner')!);
    expect(restoreSiblingSections(body, noted)).toEqual([]);
    expect(body.querySelectorAll('p')).toHaveLength(2);
  });

  it("leaves out rows built like the story that are teasers, comments or a form", () => {
    const teaser = row(4).replace('<h2>Part 4</h2>', '<h2><a href="/another-story">Part 4</a></h2>');
    const comments = row(5).replace('pb-inner', 'pb-inner comment-body');
    const form = row(6).replace('</p></div>', '</p><form><textarea name="c"></textarea></form></div>');
    const doc = dom(`<!doctype html><body><main>${row(1)}${teaser}${comments}${form}</main></body>`).window.document;
    const noted = noteParagraphs(doc);
    const body = readabilityKeeps(doc, doc.querySelector('.pb-row-1 .pb-inner')!);
    expect(restoreSiblingSections(body, noted)).toEqual([]);
  });

  it('puts back a row eight levels down from the common ancestor, in sections built alike, unless the section is a thread or the footer', () => {
    const section = (n: number, extra = ''): string =>
      `<div class="hs-section${extra}"><div class="hs-cell"><div class="hs-row"><div class="hs-fluid">${row(n)}</div></div></div></div>`;
    const doc = dom(`<!doctype html><body><main>${section(1)}${section(2)}${section(3, ' hs-comments')}${section(4, ' site-footer')}</main></body>`).window.document;
    const noted = noteParagraphs(doc);
    const body = readabilityKeeps(doc, doc.querySelector('.pb-row-2 .pb-inner')!);
    expect(restoreSiblingSections(body, noted)).toHaveLength(1);
    expect(Array.from(body.querySelectorAll('h2'), (h) => h.textContent)).toEqual(['Part 1', 'Part 2']);
  });

  it('finds the kept rows by their text when Readability read a fresh copy of the page', () => {
    const doc = dom(`<!doctype html><body><main>${row(1)}${row(2)}${row(3)}</main></body>`).window.document;
    const noted = noteParagraphs(doc);
    const body = readabilityKeeps(doc, doc.querySelector('.pb-row-2 .pb-inner')!.cloneNode(true) as Element);
    expect(restoreSiblingSections(body, noted)).toHaveLength(2);
    expect(Array.from(body.querySelectorAll('h2'), (h) => h.textContent)).toEqual(['Part 1', 'Part 2', 'Part 3']);
  });
});
