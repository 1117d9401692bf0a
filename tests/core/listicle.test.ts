import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { findListicle, findListItems, keptShare, listDocument } from '../../src/core/listicle';
import { dom } from '../helpers/fixtures';

const CARS = ['Kia PV5', 'Renault 5', 'Hyundai Ioniq 5', 'Tesla Model 3', 'Volvo EX30'];

/** A sentence about a car, long enough to be read as article text. */
const about = (car: string, n: number): string =>
  `<p>The ${car} is, in paragraph ${n}, a compelling and refined family car, preposterously spacious, quick to charge and priced to make its rivals look dated.</p>`;

/**
 * One list item as listicle themes build them: a box in a box in a box around the heading and
 * text. The first item says the most, as on real pages, so no two items score alike.
 */
const item = (car: string, i: number): string => `
  <li class="pick"><div class="pick-inner"><div class="pick-copy">
    <h2>${i + 1}. ${car}</h2>
    <div class="words">${about(car, 1)}${i === 0 ? [2, 3, 4, 5].map((n) => about(car, n)).join('') : ''}</div>
    <p class="price">From £32,000: <a href="/buy/${i}">dealers near you</a></p>
  </div></div></li>`;

function page(main: string): Document {
  return dom(`<!doctype html><html lang="en"><head><title>The best electric cars</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    <main><h1>The best electric cars</h1>${main}</main>
    <footer><p>© Car Site</p></footer></body></html>`).window.document;
}

const listiclePage = (): Document => page(`<p class="intro">Looks like this electric thing is here to stay. Here then are some really good ones.</p><ol class="cars">${CARS.map(item).join('')}</ol>`);

describe('findListItems', () => {
  it('finds the boxes of a list of long, headed items', () => {
    const items = findListItems(listiclePage());
    expect(items?.map((el) => el.querySelector('h2')?.textContent)).toEqual(CARS.map((car, i) => `${i + 1}. ${car}`));
    expect(items?.every((el) => el.tagName === 'LI')).toBe(true);
  });

  it('leaves an ordinary article alone: sections of headings and paragraphs are no list of boxes', () => {
    const doc = page(`<article>${CARS.map((car) => `<h2>${car}</h2>${about(car, 1)}${about(car, 2)}`).join('')}</article>`);
    expect(findListItems(doc)).toBeNull();
  });

  it('leaves a teaser list alone: a headline and one line per card is not the article', () => {
    const teasers = CARS.map((car) => `<div class="card"><h3><a href="/${car}">${car} reviewed</a></h3><p>Our verdict on the ${car}.</p></div>`).join('');
    const doc = page(`<article>${CARS.map((car) => about(car, 1) + about(car, 2)).join('')}</article><aside class="more">${teasers}</aside>`);
    expect(findListItems(doc)).toBeNull();
  });

  it('leaves comments alone: long boxes without headings', () => {
    const comments = CARS.map((car) => `<div class="comment"><span class="author">${car} fan</span>${about(car, 1)}</div>`).join('');
    expect(findListItems(page(`<article>${about('Kia', 1)}</article><section class="comments">${comments}</section>`))).toBeNull();
  });

  it('leaves lists that name themselves as no story alone: comments, menus, galleries, streams', () => {
    for (const name of ['comment', 'secondaryNavigation', 'photo-gallery', 'js-stream-content']) {
      const doc = page(`<ol class="cars">${CARS.map(item).join('').replaceAll('class="pick"', `class="${name}"`)}</ol>`);
      expect(findListItems(doc), name).toBeNull();
    }
  });

  it('leaves a page whose items hold only a small part of its paragraphs alone', () => {
    const essay = Array.from({ length: 30 }, (_, i) => about('essay', i)).join('');
    expect(findListItems(page(`<article>${essay}</article><ol class="cars">${CARS.map(item).join('')}</ol>`))).toBeNull();
  });
});

describe('findListicle, keptShare and listDocument', () => {
  it('tell how much of the list a text holds, by each item\'s first paragraph', () => {
    const listicle = findListicle(listiclePage())!;
    expect(listicle.keys).toHaveLength(CARS.length);
    expect(listicle.keys[1]).toBe('the renault 5 is, in paragraph 1, a compelling and refined f');
    const oneItem = new Readability(listiclePage()).parse()?.textContent ?? '';
    expect(keptShare(listicle, oneItem)).toBe(1 / CARS.length);
    expect(keptShare(listicle, listiclePage().body.textContent ?? '')).toBe(1);
  });

  it('keep a copy of the list that Readability taking the page apart does not touch', () => {
    const doc = listiclePage();
    const listicle = findListicle(doc)!;
    new Readability(doc).parse();
    expect(listicle.list.querySelectorAll('li')).toHaveLength(CARS.length);
  });

  it('make a document of the list alone, every item\'s blocks lifted into one box in order', () => {
    const doc = listiclePage();
    const spare = listDocument(doc, findListicle(doc)!);
    const box = spare.body.firstElementChild!;
    expect(box.tagName).toBe('DIV');
    expect(spare.querySelector('ol, li, .pick-inner, .words')).toBeNull();
    expect(Array.from(box.children, (el) => el.tagName).slice(0, 8)).toEqual(['H2', 'P', 'P', 'P', 'P', 'P', 'P', 'H2']);
    expect(box.querySelectorAll('h2')).toHaveLength(CARS.length);
    expect(spare.title).toBe('The best electric cars');
  });

  it('find nothing where the page has no listicle', () => {
    expect(findListicle(page(`<article>${about('Kia', 1)}</article>`))).toBeNull();
  });
});

describe('extract on a listicle', () => {
  it('keeps every item, where plain Readability keeps one', () => {
    const plain = new Readability(listiclePage()).parse()?.textContent ?? '';
    expect(CARS.filter((car) => plain.includes(`The ${car} is`))).toEqual([CARS[0]]);

    const doc = listiclePage();
    const before = doc.documentElement.outerHTML;
    const article = extract(doc, 'https://cars.example/best-electric-cars');
    for (const car of CARS) {
      expect(article.text).toContain(`The ${car} is, in paragraph 1`);
    }
    // The page itself is untouched: only extract's copy was rearranged.
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves a whole article alone when the list is a block beside it (a gallery not named so)', () => {
    const story = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} of the story: the club's revenue fell, and the board, the fans and the sponsors all felt it.</p>`).join('');
    const slide = (car: string, i: number): string =>
      `<li class="frame"><div class="frame-inner"><div class="frame-copy"><h2>${i + 1}/5 ${car}</h2><div class="words">${[1, 2, 3, 4, 5, 6, 7].map((n) => about(car, n)).join('')}</div></div></div></li>`;
    const doc = page(`<article>${story}</article><div class="side"><ol class="frames">${CARS.map(slide).join('')}</ol></div>`);
    expect(findListicle(doc)).not.toBeNull();
    const article = extract(doc, 'https://sport.example/revenue');
    expect(article.text).toContain('Paragraph 29 of the story');
    expect(article.text).not.toContain('The Kia PV5 is');
  });

  it('keeps every item from a parsed snapshot too, with addresses resolved against the page', () => {
    // The popup's way: the page's html parsed in the popup's own window, taken apart in place.
    const popup = dom('<!doctype html><body></body>', 'https://extension.invalid/popup.html').window;
    const doc = new popup.DOMParser().parseFromString(listiclePage().documentElement.outerHTML, 'text/html');
    const article = extract(doc, 'https://cars.example/best/', { inPlace: true, window: popup as unknown as Window });
    for (const car of CARS) expect(article.text).toContain(`The ${car} is, in paragraph 1`);
    expect(article.html).toContain('href="https://cars.example/buy/0"');
    expect(article.html).not.toContain('extension.invalid');
  });
});
