import { describe, expect, it } from 'vitest';
import { normalizeDate, pickTitle, readMetadata, stripSiteName } from '../../src/core/metadata';
import { dom } from '../helpers/fixtures';

describe('metadata', () => {
  it.each([
    ['2006-09-13T17:26:00+03:00', '2006-09-13T17:26:00+03:00'],
    ['2006-09-13', '2006-09-13'],
    ['September 13, 2006 17:26', '2006-09-13T17:26'],
    ['NOVEMBER 20, 2019 10:43', '2019-11-20T10:43'],
    ['13 Sept. 2006', '2006-09-13'],
    ['yesterday', null],
    ['', null],
  ])('normalizes the date %j', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it.each([
    ['Iran: US pullout key to Iraq stability - The Jerusalem Post', 'The Jerusalem Post', 'Iran: US pullout key to Iraq stability'],
    ['The Daily Ledger | Council votes on the budget', 'The Daily Ledger', 'Council votes on the budget'],
    ['Council votes on the budget for the coming year | Ledger', null, 'Council votes on the budget for the coming year'],
    ['Rock - Paper - Scissors', null, 'Rock - Paper - Scissors'],
  ])('strips the site name from %j', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });

  it('reads JSON-LD graphs and skips broken blocks', () => {
    const doc = dom(`<head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"H"}]}</script>
      <script type="application/ld+json">{broken</script><script>var ld = {"@type":"Product"};</script></head>
      <body><script type="application/LD+JSON">{"@type":"Person"}</script></body>`).window.document;
    expect(readMetadata(doc).ld.map((n) => n['@type'])).toEqual([undefined, 'WebPage', 'NewsArticle', 'Person']);
  });

  it('reads <meta> by property, name or itemprop, the first non-empty of the names asked, body included', () => {
    const doc = dom(`<head><meta property="og:title" content=" "><meta name="twitter:title" content="Tweeted"></head>
      <body><meta itemprop="og:title" content="From the body"></body>`).window.document;
    const metadata = readMetadata(doc);
    expect(metadata.meta('og:title', 'twitter:title')).toBe('From the body');
    expect(metadata.meta('twitter:title', 'og:title')).toBe('Tweeted');
    expect(metadata.meta('og:image')).toBeNull();
  });

  it('prefers a headline the <title> confirms', () => {
    const doc = dom(`<head><title>Budget passes after long night | Ledger</title><meta property="og:title" content="Budget passes after long night"></head>
      <body><h1>Ledger</h1><h1>Budget passes after long night</h1></body>`).window.document;
    expect(pickTitle(doc, null)).toBe('Budget passes after long night');
  });

  it('takes the <h1> heading the story over a title worded for search, but not a logo <h1>', () => {
    const doc = dom(`<head><title>Health And Nutrition Trends For 2026 - Tastewise</title><meta property="og:site_name" content="Tastewise"></head>
      <body><h1>Tastewise</h1><h1>Top 10 Health and Nutrition Trends to Watch</h1></body>`).window.document;
    expect(pickTitle(doc, null)).toBe('Top 10 Health and Nutrition Trends to Watch');
    const logoOnly = dom(`<head><title>Budget passes after long night | Ledger</title></head><body><h1>The Daily Ledger</h1></body>`).window.document;
    expect(pickTitle(logoOnly, null)).toBe('Budget passes after long night');
  });

  it('passes over an <h1> that is a summary: more than twice as long as every publisher title', () => {
    const summary = 'Learn which home renovation projects are the best. Expert tips on the 10 best home renovation projects, what they cost and what they pay back.';
    const doc = dom(`<head><title>The 10 best home renovation projects | Renofolk</title></head><body><h1>${summary}</h1></body>`).window.document;
    expect(pickTitle(doc, null)).toBe('The 10 best home renovation projects');
    // Measured against the titles as given: a short headline once its site name is gone is no reason to pass over an <h1>.
    const spelledOut = dom(`<head><title>Marathon in One Year for Beginners » Take The Magic Step</title><meta property="og:site_name" content="Take The Magic Step"></head>
      <body><h1>Run a Marathon in One Year: A Long-term Training Schedule for Beginners</h1></body>`).window.document;
    expect(pickTitle(spelledOut, null)).toBe('Run a Marathon in One Year: A Long-term Training Schedule for Beginners');
  });

  it('decodes character references left in JSON-LD headlines', () => {
    const doc = dom('<head><title>x</title></head><body></body>').window.document;
    expect(pickTitle(doc, { headline: 'Movers &#038; packers &#8211; the best of 2026 &amp;c' })).toBe('Movers & packers – the best of 2026 &c');
  });

  it('completes a publisher title cut short for length from a longer one that goes on', () => {
    const page = (og: string, title: string): Document =>
      dom(`<head><title>${title}</title><meta property="og:title" content="${og}"></head><body></body>`).window.document;
    const cut = 'Council approves the budget after a long night of talks with the unions and';
    const whole = `${cut} the mayor`;
    expect(pickTitle(page(whole, `${whole} | Ledger`), { headline: cut })).toBe(whole);
    expect(pickTitle(page(`${whole} - Ledger`, whole), { headline: 'Council approves the budget…' })).toBe(whole);
    // A separator after the shorter title starts a name or a tagline, not the rest of a cut headline.
    const post = 'Choosing a web framework for the coming year';
    expect(pickTitle(page(post, `${post} - Notes from a working programmer on the web`), { headline: post })).toBe(post);
  });

  it("keeps the publisher's quote marks when the <h1> differs only by typeset quotes", () => {
    const doc = dom(`<head><title>Why Hasn't Tutoring Worked? | Ed Weekly</title><meta property="og:title" content="Why Hasn't Tutoring Worked?"></head>
      <body><h1>Why Hasn’t Tutoring Worked?</h1></body>`).window.document;
    expect(pickTitle(doc, null)).toBe("Why Hasn't Tutoring Worked?");
    // Worded differently: the <h1> stays, curly quotes and all.
    const reworded = dom(`<head><title>Why Hasn't Tutoring Worked? | Ed Weekly</title></head>
      <body><h1>Why Hasn’t Tutoring Worked Better?</h1></body>`).window.document;
    expect(pickTitle(reworded, null)).toBe('Why Hasn’t Tutoring Worked Better?');
  });

  it('takes the part of an <h1> that is the publisher title, leaving dates, kickers and counters out', () => {
    const page = (h1: string): Document =>
      dom(`<head><title>Preparing a transition | Colin's blog</title><meta property="og:title" content="Preparing a transition"></head>
        <body><h1>${h1}</h1></body>`).window.document;
    expect(pickTitle(page('<a href="/p"><time datetime="2025-12-18">Dec <span>18</span> 2025</time> Preparing a transition</a>'), null)).toBe('Preparing a transition');
    expect(pickTitle(page('<strong>Blog:</strong> Preparing a transition'), null)).toBe('Preparing a transition');
    expect(pickTitle(page('<span><a href="/p">Preparing a transition</a> <span>(example.org)</span> <span>87</span></span>'), null)).toBe('Preparing a transition');
    // A heading that is a publisher title as a whole stays whole, even when a line of it is one too.
    const twoLines = dom(`<head><title>Mogul | Real Estate 101</title><meta property="og:title" content="Investing for Beginners Real Estate 101"></head>
      <body><h1>Investing for Beginners <br>Real Estate 101</h1></body>`).window.document;
    expect(pickTitle(twoLines, null)).toBe('Investing for Beginners Real Estate 101');
  });

  it('reads a line break inside an <h1> as a space between words', () => {
    const doc = dom(`<head><title>Weekend Coding Agent | Focus Labs</title></head>
      <body><h1> WEEKEND<br>CODING<br> <span>AGENT</span> </h1></body>`).window.document;
    expect(pickTitle(doc, null)).toBe('WEEKEND CODING AGENT');
  });

  it('keeps the headline part of a title or <h1> set apart from labels by a vertical bar', () => {
    const page = (title: string, body = ''): Document => dom(`<head><title>${title}</title></head><body>${body}</body>`).window.document;
    // Section and keyword labels inside the heading itself.
    expect(pickTitle(page('How meditation rewires brains | Opinion | Appeal', '<h1>How meditation rewires brains | Opinion</h1>'), null)).toBe('How meditation rewires brains');
    // Site and section names after a bar, no og:site_name to recognise them by.
    expect(pickTitle(page('How to help babies sleep through the night | Patient Education | Children’s Hospital'), null)).toBe('How to help babies sleep through the night');
    // A short name before the bar, the headline after it.
    expect(pickTitle(page('The Agency | Machine Learning at Georgia Tech'), null)).toBe('Machine Learning at Georgia Tech');
    // A long tagline after the bar: the <h1> matches the part before it.
    expect(pickTitle(page('Sustainable Clothing Brands | I am attempting to travel and live in a way that supports a peaceful climate', '<h1>Sustainable Clothing Brands</h1>'), null)).toBe('Sustainable Clothing Brands');
  });

  it('passes over an <h1> that links to the home page: it is the site name', () => {
    const page = (href: string): Document =>
      dom(`<head><title>Lessons Learned: The lean startup</title><meta property="og:title" content="The lean startup"></head>
        <body><h1 class="title"><a href="${href}">Lessons Learned</a></h1><p>Post</p></body>`, 'https://blog.example.com/2008/09/lean-startup.html').window.document;
    expect(pickTitle(page('https://blog.example.com/'), null)).toBe('The lean startup');
    expect(pickTitle(page('/'), null)).toBe('The lean startup');
    // A link to the post itself is the headline's permalink.
    expect(pickTitle(page('/2008/09/lean-startup.html'), null)).toBe('Lessons Learned');
  });

  it('drops the site name printed in the <h1> next to the headline', () => {
    const page = (h1: string): Document =>
      dom(`<head><title>Critics’ Choice: Best Shows – Artlog - Artlog</title><meta property="og:site_name" content="Artlog"></head>
        <body><h1>${h1}</h1></body>`).window.document;
    expect(pickTitle(page('Critics’ Choice: Best Shows – Artlog'), null)).toBe('Critics’ Choice: Best Shows');
    expect(pickTitle(page('Artlog | Critics’ Choice: Best Shows'), null)).toBe('Critics’ Choice: Best Shows');
    expect(pickTitle(page('Artlog’s Critics’ Choice: Best Shows'), null)).toBe('Artlog’s Critics’ Choice: Best Shows');
  });

  it("drops the page's own domain name from the edge of a title", () => {
    const page = (title: string): Document =>
      dom(`<head><title>${title}</title></head><body></body>`, 'https://www.soundpages.com/features/686-the-five-best-headphones').window.document;
    expect(pickTitle(page('soundpages.com Vibe Coding'), null)).toBe('Vibe Coding');
    expect(pickTitle(page('Sound Pages! | SoundPages.com - The Five Best Noise-Canceling Headphones and Earphones'), null)).toBe('The Five Best Noise-Canceling Headphones and Earphones');
    expect(pickTitle(page('Why soundpages.com moved'), null)).toBe('Why soundpages.com moved');
  });

  it('matches a part of the <h1> against the headline part of a barred title', () => {
    const doc = dom(`<head><title>Klatch Coffee | App Store</title></head>
      <body><h1><div>Get that tech stack</div><span>Klatch Coffee</span></h1></body>`).window.document;
    expect(pickTitle(doc, null)).toBe('Klatch Coffee');
  });

  it('parts a subtitle set as a block by a style sheet from the headline', () => {
    const doc = dom(`<head><title>Best Notion Alternatives | Site</title></head>
      <body><h1>The Best Notion Alternatives<span class="block">Top Note-taking Tools like Notion</span></h1></body>`).window.document;
    expect(pickTitle(doc, null)).toBe('The Best Notion Alternatives Top Note-taking Tools like Notion');
    // A word that merely has an emphasised part stays one word.
    const one = dom('<head><title>Unbelievable results</title></head><body><h1>Un<em>believ</em>able results</h1></body>').window.document;
    expect(pickTitle(one, null)).toBe('Unbelievable results');
  });

  it("takes the publisher's title when the <h1> lost characters to question marks", () => {
    const doc = dom(`<head><title>What Are The Basics Of Event Planning: Beginner's Guide</title></head>
      <body><h1>What Are The Basics Of Event Planning? Beginner? Guide</h1></body>`).window.document;
    expect(pickTitle(doc, null)).toBe("What Are The Basics Of Event Planning: Beginner's Guide");
    // A question in the <h1> is no lost character when the title words it otherwise.
    const asked = dom('<head><title>Is tea good for you? | Site</title></head><body><h1>Is tea good for you?</h1></body>').window.document;
    expect(pickTitle(asked, null)).toBe('Is tea good for you?');
  });

  it('repairs UTF-8 that was read as Latin-1 in a title', () => {
    const doc = dom(`<head><title>x</title></head><body><h1>A DIY Investor\u00e2\u0080\u0099s Guide to Calculators</h1></body>`).window.document;
    expect(pickTitle(doc, { headline: 'A DIY Investor\u00e2\u0080\u0099s Guide to Calculators' })).toBe('A DIY Investor’s Guide to Calculators');
    // Latin-1 letters that are no such run stay as written.
    expect(pickTitle(dom('<head><title>Crème brûlée à la Ã©cole</title></head>').window.document, null)).toBe('Crème brûlée à la Ã©cole');
  });
});
