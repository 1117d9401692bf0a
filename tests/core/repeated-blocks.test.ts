import { describe, expect, it } from 'vitest';
import { dropRepeats } from '../../src/core/repeated-blocks';
import { articleRoot } from '../helpers/fixtures';

const PARAGRAPHS = [
  'Increasing attendance at the museum took two years of work with the city and its schools.',
  'A collaborative approach brought the leadership into the planning from the very first week.',
];
const ANSWERS = [
  'Mesh WiFi works by having the router and its satellites share one network name and password.',
  'A mesh system costs more than a single router, but it covers a large house without dead zones.',
];

const texts = (root: Element): string[] => Array.from(root.querySelectorAll('p, h2, li, dd'), (el) => el.textContent ?? '');

describe('dropRepeats', () => {
  it("keeps the first of a page's phone and desktop copies", () => {
    const copy = `<h2>Our approach</h2>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const root = articleRoot(`<section class="desktop">${copy}</section><section class="mobile">${copy}</section>`);
    expect(dropRepeats(root)).toHaveLength(2);
    expect(texts(root)).toEqual(['Our approach', ...PARAGRAPHS, 'Our approach']);
    expect(root.querySelector(".desktop")?.textContent).toContain(PARAGRAPHS[1]!);
  });

  it('judges a list item by the paragraph inside it: answers listed folded, then unfolded', () => {
    const root = articleRoot(
      `<ul>${ANSWERS.map((a) => `<li><p>${a}</p></li>`).join('')}</ul>` +
        `<dl>${ANSWERS.map((a, i) => `<dt>Question ${i}</dt><dd>${a}</dd>`).join('')}</dl>`,
    );
    expect(dropRepeats(root).map((el) => el.tagName)).toEqual(['DD', 'DD']);
    expect(Array.from(root.querySelectorAll('li p'), (p) => p.textContent)).toEqual(ANSWERS);
  });

  it('keeps a passage said twice alone, short repeats, near repeats and code', () => {
    const code = '<pre><code>const user = { prefix: "Mrs.", firstName: "Laura", lastName: "Smith", age: 42 };</code></pre>';
    const warmUp = '<p>Warm up: ten to twenty minutes of easy jogging, then five short strides.</p>';
    const root = articleRoot(
      `${warmUp}<p>${PARAGRAPHS[0]}</p>${warmUp}<p>${PARAGRAPHS[1]}</p>` +
        `<h2>Pros</h2><p>Read more</p><h2>Pros</h2><p>Read more</p>${code}${code}` +
        `<p>${ANSWERS[0]}</p><p>${ANSWERS[0]!.replace('one', 'a single')}</p>`,
    );
    expect(dropRepeats(root)).toEqual([]);
    expect(root.querySelectorAll('pre')).toHaveLength(2);
  });
});
