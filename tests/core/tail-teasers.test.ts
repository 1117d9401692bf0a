import { describe, expect, it } from 'vitest';
import { dropTailTeasers } from '../../src/core/tail-teasers';
import { articleRoot } from '../helpers/fixtures';

const STORY = Array.from({ length: 8 }, (_, i) => `<p>The council voted on Tuesday to rebuild the harbour wall (${i}), at a cost of four million; work starts in spring.</p>`).join('');

const card = (i: number, excerpt = `What the ferry timetable change means for commuters, part ${i}.`): string =>
  `<div class="card"><figure><img src="/p${i}.jpg" alt=""></figure><h3><a href="/story-${i}">Other story ${i}</a></h3><p>${excerpt}</p><p>Dec ${i}, 2025</p></div>`;

describe('dropTailTeasers', () => {
  it('removes the cards for other stories that end the article', () => {
    const root = articleRoot(`${STORY}<div class="more">${card(1)}${card(2)}${card(3)}</div>`);
    expect(dropTailTeasers(root)).toHaveLength(3);
    expect(root.querySelectorAll('.card')).toHaveLength(0);
    expect(root.querySelectorAll('p')).toHaveLength(8);
  });

  it('knows a card whose headline link is gone by its excerpt cut short', () => {
    const cut = (i: number): string => `<article><p>Front Page</p><p>Webmaster</p><p>THE SALVATION ARMY handed out ${i} hampers on Tuesday, continuing a long tradition of community outre...</p></article>`;
    const root = articleRoot(`${STORY}<div>${cut(1)}${cut(2)}</div>`);
    expect(dropTailTeasers(root).map((el) => el.tagName)).toEqual(['ARTICLE', 'ARTICLE']);
  });

  it('takes any number of cards after a label for other stories, but never the whole article', () => {
    const cards = `<div id="cards">${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => card(i)).join('')}</div>`;
    const story = STORY.split('</p>').slice(0, 3).join('</p>');
    const root = articleRoot(`${story}</p>${cards}`);
    // Unlabelled, eight cards outweigh the short story: they could be the page's own list.
    expect(dropTailTeasers(root)).toEqual([]);
    const afterLabel = new Set([root.querySelector('#cards')!]);
    expect(dropTailTeasers(root, afterLabel)).toHaveLength(8);
    expect(root.querySelectorAll('p')).toHaveLength(3);
    const allCards = articleRoot(cards);
    expect(dropTailTeasers(allCards, new Set([allCards.querySelector('#cards')!]))).toEqual([]);
  });

  it('keeps a lone card, cards in the middle, paragraphs that trail off, and a page that is all cards', () => {
    expect(dropTailTeasers(articleRoot(`${STORY}${card(1)}`))).toEqual([]);
    expect(dropTailTeasers(articleRoot(`${card(1)}${card(2)}${STORY}`))).toEqual([]);
    expect(dropTailTeasers(articleRoot(`${STORY}<p><span>And then…</span></p><p><span>Nothing…</span></p>`))).toEqual([]);
    const events = articleRoot(`<p>Conferences this spring:</p><ul>${[1, 2, 3, 4, 5].map((i) => `<li><h2><a href="https://event${i}.example">Event ${i}</a></h2><p>Three days of talks on harbours and tides, in Lisbon.</p></li>`).join('')}</ul>`);
    expect(dropTailTeasers(events)).toEqual([]);
  });
});
