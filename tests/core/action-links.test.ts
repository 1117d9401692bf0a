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
      '<p><a href="/reviews/kia-pv5">Read the full Kia PV5 review</a></p>',
      '<p><a href="https://leasing.example/kia">Compare new car deals with lease.example</a></p>',
      '<p><a href="https://shop.example/oven">$1,599.00 from Lowe\'s</a></p>',
      '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
      '<p><a href="#main">Zum Inhalt springen</a></p>',
      '<div><a href="#contenu">Aller au contenu principal</a></div>',
      '<a href="#tochen">דלג לתוכן</a>',
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

  it('removes each of two shop buttons set side by side on one line', () => {
    const root = articleRoot(
      `${STORY}<p><a href="https://shop.example/m">Shop the Men's Speedgoat 7</a><a href="https://shop.example/w">Shop the Women's Speedgoat 7</a></p>${STORY}`,
    );
    expect(dropActionLinks(root)).toHaveLength(2);
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.textContent).not.toContain('Shop');
  });

  it('keeps a link whose sentence goes on in the spans beside it', () => {
    const root = articleRoot(
      `<p><span>The typical homeowner had </span><a href="/release"><span>$181,000</span></a><span> in untapped equity.</span></p>${STORY}`,
    );
    expect(dropActionLinks(root)).toEqual([]);
    expect(root.textContent).toContain('$181,000 in untapped equity');
  });

  it('drops a product card\'s button though a span with a category link stands beside it', () => {
    const root = articleRoot(
      `${STORY}<ul><li><h3>Kongo Armchair</h3><span><a href="/armchair">Armchair</a></span> <span><a href="#inquiry">Get Price</a></span></li></ul>`,
    );
    expect(dropActionLinks(root).map((line) => line.textContent)).toEqual(['Get Price']);
    expect(root.querySelector('li')?.textContent).toContain('Armchair');
  });
});
