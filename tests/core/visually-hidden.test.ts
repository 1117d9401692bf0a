import { describe, expect, it } from 'vitest';
import { dropVisuallyHidden, revealShownTwins } from '../../src/core/visually-hidden';
import { articleRoot } from '../helpers/fixtures';

const STORY = '<p>The ferry timetable changes on Monday, with two more crossings in the evening.</p>';

describe('dropVisuallyHidden', () => {
  it("removes what the frameworks' screen-reader classes hide, nested or not, and keeps the story around it", () => {
    const root = articleRoot(
      `<a class="skip-link screen-reader-text" href="#main">Skip to content</a>${STORY}` +
        '<p>Read the <a href="/timetable">timetable<span class="visually-hidden"> (opens in a new tab)</span></a> online.</p>' +
        '<h2 class="sr-only">Share <span class="sr-only">this</span> article</h2><ul><li><a href="/fb"><svg></svg><span class="visuallyhidden">Facebook</span></a></li></ul>' +
        `<div class="fusion-meta-info"><span class="updated rich-snippet-hidden">2024-04-18T13:00:39+00:00</span><span>March 22nd, 2024</span></div>${STORY}`,
    );
    expect(dropVisuallyHidden(root).map((el) => el.textContent)).toEqual(['Skip to content', ' (opens in a new tab)', 'Share this article', 'Facebook', '2024-04-18T13:00:39+00:00']);
    expect(root.querySelectorAll('p')).toHaveLength(3);
    expect(root.textContent).toContain('Read the timetable online.');
    expect(root.textContent).toContain('March 22nd, 2024');
  });

  it('keeps elements whose class only resembles one (hidden-xs, not-sr-only), and the names of the marks in a table', () => {
    const root = articleRoot(
      `${STORY}<p class="hidden-xs">On every screen in the reader.</p><p class="not-sr-only">Shown again on focus.</p>` +
        '<table><tr><th>Night crossings</th><td><svg></svg><span class="sr-only">Yes</span></td></tr></table>',
    );
    expect(dropVisuallyHidden(root)).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(3);
    expect(root.querySelector('td')?.textContent).toBe('Yes');
  });
});

describe('revealShownTwins', () => {
  it('shows the words a screen-reader text stands in for, and leaves a bare icon and other aria-hidden text as they are', () => {
    const root = articleRoot(
      '<span class="price"><del aria-hidden="true">$30.00</del> <span class="screen-reader-text">Original price was: $30.00.</span>' +
        '<ins aria-hidden="true">$21.00</ins><span class="screen-reader-text">Current price is: $21.00.</span></span>' +
        '<a href="/x"><i class="icon" aria-hidden="true"></i><span class="sr-only">X</span></a><span aria-hidden="true">★★★</span>',
    );
    revealShownTwins(root);
    expect([...root.querySelectorAll('[aria-hidden]')].map((el) => el.outerHTML)).toEqual(['<i class="icon" aria-hidden="true"></i>', '<span aria-hidden="true">★★★</span>']);
  });
});
