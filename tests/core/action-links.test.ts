import { describe, expect, it } from 'vitest';
import { dropActionLinks } from '../../src/core/action-links';
import { articleRoot } from '../helpers/fixtures';

const STORY = '<p>The new harbour café serves breakfast from seven, and its terrace looks over the old wall.</p>';

describe('dropActionLinks', () => {
  it('removes lines that are a lone button or link saying "learn more", "book now" and the like', () => {
    const buttons = [
      '<p><a href="/menu">Learn more »</a></p>',
      '<div class="cta"><a class="button" href="/book"><span>Book now</span></a></div>',
      '<a href="https://shop.example/x">Check price on Amazon</a>',
      '<p><button type="button">Get the recipe</button></p>',
      '<p><a href="/de">Mehr erfahren</a></p>',
      '<p><a href="/fr">En savoir plus →</a></p>',
      '<p><a href="https://www.google.com/preferences/source?q=harbour.example">Add as a preferred source on Google</a></p>',
      '<p><a href="#top">&lt; Back to top</a></p>',
      '<p><a href="/reviews/cafe">See the rating</a>.</p>',
      '<p><a href="/it">Torna su</a></p>',
    ];
    const root = articleRoot(`${STORY}${buttons.join(STORY)}${STORY}`);
    expect(dropActionLinks(root)).toHaveLength(buttons.length);
    expect(root.querySelectorAll('a, button')).toHaveLength(0);
    expect(root.querySelectorAll('p')).toHaveLength(buttons.length + 1);
  });

  it('keeps such words inside a sentence, and links that say more', () => {
    const root = articleRoot(
      `<p>You can <a href="/report.pdf">download</a> the full report.</p><p><a href="/menu">Read more about the harbour's history</a></p>${STORY}`,
    );
    expect(dropActionLinks(root)).toEqual([]);
    expect(root.querySelectorAll('a')).toHaveLength(2);
  });
});
