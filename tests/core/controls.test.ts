import { describe, expect, it } from 'vitest';
import { dropControls } from '../../src/core/controls';
import { articleRoot } from '../helpers/fixtures';

const STORY = Array.from(
  { length: 4 },
  (_, i) => `<p>Paragraph ${i}: renters are screened at the counter, their licences checked and their driving records read before any keys are handed over.</p>`,
).join('');

describe('dropControls', () => {
  it('removes a lead-capture form with its labels and hints, and leaves the story', () => {
    const form = '<form><label>First Name*</label><label>Email*</label><p>This field is for validation purposes and should be left unchanged.</p></form>';
    const root = articleRoot(`${STORY}${form}<p>Closing line of the story.</p>`);
    expect(dropControls(root).map((el) => el.tagName)).toEqual(['FORM']);
    expect(root.textContent).not.toContain('First Name');
    expect(root.textContent).not.toContain('validation purposes');
    expect(root.querySelectorAll('p')).toHaveLength(5);
  });

  it("removes the site's menus and breadcrumbs", () => {
    const menu = '<nav><ul><li><a href="/about">About</a></li><li><a href="/blog">Blog</a></li><li><a href="/contact">Contact</a></li></ul></nav>';
    const crumbs = '<nav role="navigation" aria-label="Breadcrumb"><a href="/">Home</a> ▸ <a href="/news">News</a></nav>';
    const root = articleRoot(`${menu}${crumbs}${STORY}`);
    expect(dropControls(root).map((el) => el.tagName)).toEqual(['NAV', 'NAV']);
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });

  it('keeps a form that holds much of the article: a page wrapped in one', () => {
    const root = articleRoot(`<form id="page">${STORY}<label>Search</label></form>`);
    expect(dropControls(root)).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });
});
