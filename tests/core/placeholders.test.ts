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

  it("removes a toggle's label that stands for the caption or the picture it reveals, and keeps a sentence that says it", () => {
    const toggles = ['<div><div id="show">Show Caption<svg viewBox="0 0 24 24"><polygon points="12 12 8 9"></polygon></svg></div></div>', '<p>Bildunterschrift anzeigen</p>', '<p><b>toggle caption</b></p>', '<figure><img src="ferry.jpg" alt="Ferry"><div role="button">Press enter or click to view image in full size</div></figure>', '<p>Cliquez pour agrandir</p>'];
    const root = articleRoot(`${STORY}${toggles.join(STORY)}${STORY}<p>Show captions on the ferry's screens, the council asked.</p>`);
    expect(dropPlaceholders(root)).toHaveLength(toggles.length);
    expect(root.textContent).not.toMatch(/Show Caption|toggle|Bildunterschrift|click|agrandir/);
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelectorAll('p')).toHaveLength(7);
  });

  it('keeps sentences about loading', () => {
    const root = articleRoot(`${STORY}<p>Loading the ferry takes twenty minutes...</p><p>Loading</p>`);
    expect(dropPlaceholders(root)).toEqual([]);
  });
});
