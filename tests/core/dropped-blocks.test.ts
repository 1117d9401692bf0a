import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { restoreDroppedBlocks } from '../../src/core/dropped-blocks';
import { noteParagraphs } from '../../src/core/sibling-sections';
import { dom } from '../helpers/fixtures';

const sentence = (n: number): string =>
  `Paragraph ${n} of the story tells what the council decided about the harbour wall, why it matters to the town, and what comes next.`;
const paragraphs = (...ns: number[]): string => ns.map((n) => `<p>${sentence(n)}</p>`).join('');

/** An editor's layout grid: classes Readability's cleaning weighs against ("widget"). */
const grid = (...ns: number[]): string =>
  `<div class="ck-widget grid"><div class="ck-widget row">${ns.map((n) => `<div class="col"><p>${sentence(n)}</p></div>`).join('')}</div></div>`;

const page = (body: string): string =>
  `<!doctype html><html><head><title>Harbour wall</title></head><body><main><article><h1>Harbour wall</h1><div class="story">${body}</div></article></main></body></html>`;

const url = 'https://news.example.com/city/harbour-wall';

describe('restoreDroppedBlocks', () => {
  it('puts back, in place, a grid of story paragraphs that Readability cleaned out of the story', () => {
    const html = page(paragraphs(1, 2, 3) + grid(4, 5) + paragraphs(6, 7, 8));
    // The case it is for: plain Readability loses the grid.
    const plain = new Readability(dom(html, url).window.document).parse();
    expect(plain?.textContent).not.toContain(sentence(4));

    const text = extract(dom(html, url).window.document, url).text;
    const order = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => text.indexOf(sentence(n)));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });

  it('leaves what Readability cut at the edges of the story out', () => {
    const html = page(paragraphs(1, 2, 3, 4, 5) + grid(6, 7));
    const text = extract(dom(html, url).window.document, url).text;
    expect(text).toContain(sentence(5));
    expect(text).not.toContain(sentence(6));
  });

  it('puts back no teaser, comment or form, and nothing when the story holds it already', () => {
    const doc = dom(page(paragraphs(1) + grid(2) + paragraphs(3) + grid(4) + paragraphs(5) + grid(1) + paragraphs(6))).window.document;
    const noted = noteParagraphs(doc);
    const [teaser, comment, repeat] = Array.from(doc.querySelectorAll('.grid'));
    teaser!.querySelector('.col')!.insertAdjacentHTML('afterbegin', '<h3><a href="/another-story">Another story</a></h3>');
    comment!.classList.add('comment-list');
    const story = doc.querySelector('.story')!;
    for (const block of [teaser, comment, repeat]) block!.remove();
    expect(restoreDroppedBlocks(story, noted)).toEqual([]);
    expect(story.querySelectorAll('p')).toHaveLength(4);
  });

  it('puts back no block named as clutter (a banner, a promo) and none that holds controls', () => {
    const doc = dom(page(paragraphs(1) + grid(2) + paragraphs(3) + grid(4) + paragraphs(5) + grid(6) + paragraphs(7))).window.document;
    const noted = noteParagraphs(doc);
    const [banner, promo, signUp] = Array.from(doc.querySelectorAll('.grid'));
    banner!.className = 'banner-dedicated';
    promo!.id = 'promo-box';
    signUp!.insertAdjacentHTML('beforeend', '<button>Contact us</button>');
    const story = doc.querySelector('.story')!;
    for (const block of [banner, promo, signUp]) block!.remove();
    expect(restoreDroppedBlocks(story, noted)).toEqual([]);

    // The same blocks, plain, go back.
    for (const block of [banner, promo, signUp]) {
      block!.removeAttribute('class');
      block!.removeAttribute('id');
      block!.querySelector('button')?.remove();
    }
    expect(restoreDroppedBlocks(story, noted)).toEqual([banner, promo, signUp]);
  });

  it('puts back no block longer than the story it would join (a gallery of other stories)', () => {
    const restoredOf = (body: string): Element[] => {
      const doc = dom(page(body)).window.document;
      const noted = noteParagraphs(doc);
      doc.querySelector('.grid')!.remove();
      return restoreDroppedBlocks(doc.querySelector('.story')!, noted);
    };
    expect(restoredOf(paragraphs(1) + grid(2, 3, 4, 5, 6, 7, 8) + paragraphs(9))).toEqual([]);
    expect(restoredOf(paragraphs(1) + grid(2, 3, 4, 5) + paragraphs(6))).toHaveLength(1);
  });

  it('does nothing when Readability read a fresh copy of the page', () => {
    const doc = dom(page(paragraphs(1) + grid(2) + paragraphs(3))).window.document;
    const noted = noteParagraphs(doc);
    const copy = doc.querySelector('.story')!.cloneNode(true) as Element;
    copy.querySelector('.grid')!.remove();
    expect(restoreDroppedBlocks(copy, noted)).toEqual([]);
  });
});
