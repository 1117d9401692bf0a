/** One small page per clutter kind and signal, in several languages. */
import { describe, expect, it } from 'vitest';
import { classify, parseRule, type ClutterKind } from '../../src/core';
import { dom } from '../helpers/fixtures';

const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i} of the story tells what happened in the city council today, with quotes from the mayor and the opposition, and what comes next.</p>`,
).join('');

function page(clutter: string, inside = ''): string {
  return `<!doctype html><html lang="en"><head><title>Story</title></head><body>
    <header><nav><a href="/">Home</a></nav></header>
    <main><article><h1>Council votes on budget</h1><div class="story-text">${PARAGRAPHS}${inside}</div></article>
    ${clutter}</main><footer>© Example</footer></body></html>`;
}

function kindsOf(html: string, url?: string): { kind: ClutterKind; id: string; evidence: string[] }[] {
  const doc = dom(html).window.document;
  return classify(doc, { url }).map((b) => ({ kind: b.kind, id: b.element.id, evidence: b.evidence }));
}

describe('classify', () => {
  it.each<[string, ClutterKind, string]>([
    ['an ad slot by id', 'ad', '<div id="x"><div id="div-gpt-ad-123-0"></div></div>'],
    ['a share bar by class', 'share', '<div id="x" class="social-share-bar"><a href="#">Facebook</a><a href="#">X</a></div>'],
    ['a newsletter box by class', 'newsletter', '<section id="x" class="newsletter-signup"><h3>Morning briefing</h3><input type="email"></section>'],
    ['recommendations by data attribute', 'related', '<div id="x" data-component="recommended-articles"><a href="/a">Another story</a></div>'],
    ['a related list by its English label', 'related', '<section id="x"><h2>Related Content</h2><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></section>'],
    ['a related list by its German label', 'related', '<aside id="x"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Erster Artikel</a></li><li><a href="/b">Zweiter Artikel</a></li></ul></aside>'],
    ['a related list by its French label', 'related', '<div id="x"><h3>À lire aussi</h3><ul><li><a href="/a">Premier article</a></li><li><a href="/b">Deuxième article</a></li></ul></div>'],
    ['a newsletter box by its Spanish appeal', 'newsletter', '<div id="x"><p>Suscríbete a nuestro boletín y recibe las noticias cada mañana.</p><input type="email"></div>'],
    ['a donation appeal by its Hebrew label', 'donation', '<div id="x"><h3>קוראים יקרים</h3><p>העיתונות שלנו זקוקה לכם, הצטרפו כשותפים כבר היום.</p></div>'],
    ['an ad by its Dutch label', 'ad', '<div id="x"><span>Advertentie</span><iframe src="about:blank"></iframe></div>'],
    ['a donation appeal by its sentences', 'donation', '<div id="x"><p>Dear Reader,</p><p>As one of our loyal readers, we ask you to be our partner. For $5 a month you get more.</p></div>'],
    [
      'a donation appeal at the end of a story',
      'donation',
      '<section id="x"><h4>Since you made it to the bottom of this article, we have a small favor to ask.</h4><p>Every dollar you give will be doubled. Please consider pitching in what you can.</p><a href="/give">Double my donation</a></section>',
    ],
    ['a promo by its offer', 'promo', '<div id="x"><a href="/premium">Join Premium Plus now for just $5 and upgrade your experience. Click here&gt;&gt;</a></div>'],
  ])('finds %s', (_name, kind, clutter) => {
    const found = kindsOf(page(clutter)).find((b) => b.id === 'x');
    expect(found?.kind).toBe(kind);
    expect(found?.evidence.length).toBeGreaterThan(0);
  });

  it('finds a soft wall laid over the page, not a modal template sitting in the flow or a title over a hero image', () => {
    const wall = '<div id="x" class="paywall-modal" style="position:fixed;inset:0">Subscribe to continue reading</div>';
    const template = '<div id="y" class="modal-template">Log in</div>';
    const hero = '<div id="z" class="hero-overlay" style="position:sticky"><h1>A guide to zero waste</h1><p>Where to start.</p></div>';
    const found = kindsOf(page(wall + template + hero));
    expect(found.find((b) => b.id === 'x')?.kind).toBe('overlay');
    expect(found.some((b) => b.id === 'y')).toBe(false);
    expect(found.some((b) => b.id === 'z')).toBe(false);
  });

  it('never returns the article or anything that holds it', () => {
    const html = page('').replace('<article>', '<article class="has-share-tools ad-free">');
    const doc = dom(html).window.document;
    for (const block of classify(doc)) {
      expect(block.element.querySelector('.story-text')).toBeNull();
      expect(block.element.closest('.story-text')).toBeNull();
    }
  });

  it('needs two appeals to hide a paragraph inside the article', () => {
    const one = kindsOf(page('', '<p id="x">The new plan costs $5 a month for each household, the mayor said.</p>'));
    expect(one.some((b) => b.id === 'x')).toBe(false);
    const two = kindsOf(page('', '<div id="x"><p>Support independent journalism: become a member for $5 a month.</p></div>'));
    expect(two.find((b) => b.id === 'x')?.kind).toBe('donation');
  });

  it('does not take a price alone, or prose after "See also", for clutter', () => {
    const guide = '<div id="x"><h3>Budget</h3><p>Put $240 a month into savings before anything else; most advisers agree on that.</p></div>';
    expect(kindsOf(page(guide)).find((b) => b.id === 'x')).toBeUndefined();
    const prose = '<div id="x"><p><b>See also:</b> the council debated the same budget last year, and the mayor then promised that taxes would not rise again before the election.</p></div>';
    expect(kindsOf(page(prose)).find((b) => b.id === 'x')).toBeUndefined();
  });

  it('takes one promo box for an upsell, but many for the page\'s own cards; a read-more expander is content', () => {
    const box = '<div id="x" class="promo-box"><a href="/premium">Go premium</a></div>';
    expect(kindsOf(page(box)).find((b) => b.id === 'x')?.kind).toBe('promo');
    const cards = [1, 2, 3, 4].map((i) => `<div class="col"><div id="c${i}" class="module cta promo"><a href="/r${i}">Resource ${i}</a></div></div>`).join('');
    expect(kindsOf(page(cards)).filter((b) => b.id.startsWith('c'))).toEqual([]);
    const expander = '<div id="x" class="faq-readmore"><p>Remodeling almost always costs less than building from the ground up.</p></div>';
    expect(kindsOf(page(expander)).find((b) => b.id === 'x')).toBeUndefined();
  });

  it('takes a paragraph that is a "Related:" lead-in and a link for a pointer to another story', () => {
    const pointers = [
      '<p id="a">Also read: <a href="/a">Council approved last year\'s budget after a long night</a></p>',
      '<p id="b"><span>Lire aussi :&nbsp;<a href="/b">Le conseil vote le budget</a></span></p>',
    ].join('');
    const found = kindsOf(page('', pointers));
    expect(found.filter((b) => b.kind === 'related').map((b) => b.id)).toEqual(['a', 'b']);
    // The lead-in before prose, or before a sentence with a link in it, stays.
    const prose = [
      '<p id="c">Related: the mayor <a href="/m">said on Monday</a> that the vote would be close, and the opposition agreed with her.</p>',
      '<p id="d">Read more: <a href="/r">here</a> and in the council minutes, which list every vote since 2019.</p>',
    ].join('');
    expect(kindsOf(page('', prose))).toEqual([]);
  });

  it('keeps a "Read more" link inside an article paragraph', () => {
    const found = kindsOf(page('', '<p id="x">The report is long and detailed. <a href="/report">Read more</a></p>'));
    expect(found.some((b) => b.id === 'x')).toBe(false);
  });

  it('returns only outermost blocks, in document order', () => {
    const found = kindsOf(page('<div id="a" class="ad-slot">x</div><div id="b" class="share-bar"><div class="social-icons">y</div></div>'));
    expect(found.map((b) => b.id)).toEqual(['a', 'b']);
  });

  it('applies user rules with :has-text on the sites they name', () => {
    const doc = dom(page('<div id="x" class="box">Weekly quiz: test yourself</div>')).window.document;
    const parsed = parseRule('news.example.com##.box:has-text(weekly quiz) ! promo', doc);
    if (!parsed.ok) throw new Error(parsed.problem);
    const url = 'https://news.example.com/story';
    expect(classify(doc, { url, rules: [parsed.rule] }).find((b) => b.element.id === 'x')?.evidence).toEqual([
      'rule news.example.com##.box:has-text(weekly quiz) ! promo',
    ]);
    expect(classify(doc, { url: 'https://other.example.org/', rules: [parsed.rule] }).some((b) => b.element.id === 'x')).toBe(false);
  });
});
