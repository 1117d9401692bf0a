import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { missedStory } from '../../src/core/missed-story';
import { noteParagraphs } from '../../src/core/sibling-sections';
import { dom } from '../helpers/fixtures';

const sentence = (i: number): string =>
  `Paragraph ${i} of the guide explains how certificate programs work, what they cost, how long they take and which credits transfer to a degree later on, from the first class to the last exam.`;

/**
 * A story whose every paragraph sits in a wrapper of its own, with a ranking of school cards set
 * into it: short paragraphs, all under one parent, that outscore the story in Readability.
 */
function page({ story = 20, storyClass = 'prose' } = {}): string {
  const paragraphs = Array.from({ length: story }, (_, i) => `<div><p>${sentence(i)}</p><div id="placement-${i}"></div></div>`);
  const cards = Array.from({ length: 30 }, (_, i) => `<p>School ${i}, 97%, $15k, 62%, 4y, NH.</p>`).join('');
  paragraphs.splice(2, 0, `<div class="ranking-box"><div class="ranking">${cards}</div></div>`);
  return `<!doctype html><html lang="en"><head><title>Best online certificate programs</title></head><body><main>
    <h1>Best online certificate programs</h1>
    <div class="${storyClass}">${paragraphs.join('')}</div>
  </main></body></html>`;
}

describe('missedStory', () => {
  it('finds the block holding the story paragraphs a read left out', () => {
    const doc = dom(page()).window.document;
    const read = doc.querySelector('.ranking')!.textContent!;
    expect(missedStory(noteParagraphs(doc), read)).toBe(doc.querySelector('.prose'));
  });

  it('trusts a read that holds the story, a page with little story, and never picks comments', () => {
    const doc = dom(page()).window.document;
    expect(missedStory(noteParagraphs(doc), doc.querySelector('.prose')!.textContent!)).toBeNull();
    const short = dom(page({ story: 6 })).window.document;
    expect(missedStory(noteParagraphs(short), short.querySelector('.ranking')!.textContent!)).toBeNull();
    const comments = dom(page({ storyClass: 'comment-list' })).window.document;
    expect(missedStory(noteParagraphs(comments), comments.querySelector('.ranking')!.textContent!)).toBeNull();
  });

  it('lets extract read the story Readability passed over for the cards', () => {
    const article = extract(dom(page()).window.document, 'https://schools.example/certificates');
    expect(article.text).toContain(sentence(0));
    expect(article.text).toContain(sentence(19));
    expect(article.text).not.toContain('School 3:');
  });
});
