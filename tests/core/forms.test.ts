import { describe, expect, it } from 'vitest';
import { dropForms } from '../../src/core/forms';
import { dom } from '../helpers/fixtures';

const STORY = Array.from(
  { length: 4 },
  (_, i) => `<p>Paragraph ${i}: renters are screened at the counter, their licences checked and their driving records read before any keys are handed over.</p>`,
).join('');

function article(html: string): Element {
  return dom(`<!doctype html><html><body><div id="article">${html}</div></body></html>`).window.document.getElementById('article')!;
}

describe('dropForms', () => {
  it('removes a lead-capture form with its labels and hints, and leaves the story', () => {
    const form = '<form><label>First Name*</label><label>Email*</label><p>This field is for validation purposes and should be left unchanged.</p></form>';
    const root = article(`${STORY}${form}<p>Closing line of the story.</p>`);
    expect(dropForms(root).map((el) => el.tagName)).toEqual(['FORM']);
    expect(root.textContent).not.toContain('First Name');
    expect(root.textContent).not.toContain('validation purposes');
    expect(root.querySelectorAll('p')).toHaveLength(5);
  });

  it('keeps a form that holds much of the article: a page wrapped in one', () => {
    const root = article(`<form id="page">${STORY}<label>Search</label></form>`);
    expect(dropForms(root)).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });
});
