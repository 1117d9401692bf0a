import { describe, expect, it } from 'vitest';
import { dropPlaceholders } from '../../src/core/placeholders';
import { articleRoot } from '../helpers/fixtures';

const STORY = '<p>The ferry timetable changes on Monday, with two more crossings in the evening.</p>';

describe('dropPlaceholders', () => {
  it("removes blocks that only hold a script's placeholder, in several languages, and keeps pictures", () => {
    const holders = ['<p>Loading paragraph...</p>', '<div><span>Loading…</span></div>', '<p>Wird geladen …</p>', '<p>Cargando...</p>', '<figure><img src="ferry.jpg" alt="Ferry"><figcaption>Loading image...</figcaption></figure>'];
    const root = articleRoot(`${STORY}${holders.join(STORY)}`);
    expect(dropPlaceholders(root)).toHaveLength(holders.length);
    expect(root.textContent).not.toMatch(/Loading|geladen|Cargando/);
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelectorAll('p')).toHaveLength(holders.length); // the stories between them
  });

  it("removes a template's filler text, and keeps a sentence that quotes it", () => {
    const filler = ['<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.</p>', '<li><span>Lorem ipsum 1</span></li>'];
    const quote = '<p>Typesetters have filled empty pages with "Lorem ipsum" since the 1500s.</p>';
    const root = articleRoot(`${STORY}${filler[0]}<ul>${filler[1]}<li>Two crossings</li></ul>${quote}`);
    expect(dropPlaceholders(root)).toHaveLength(filler.length);
    expect(root.textContent).toContain('Typesetters');
    expect(root.textContent).not.toContain('dolor');
    expect(root.querySelectorAll('li')).toHaveLength(1);
  });

  it('keeps sentences about loading', () => {
    const root = articleRoot(`${STORY}<p>Loading the ferry takes twenty minutes...</p><p>Loading</p>`);
    expect(dropPlaceholders(root)).toEqual([]);
  });
});
