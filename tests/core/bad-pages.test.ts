/**
 * Bad and huge pages through the whole core: malformed html, megabytes of text, 100,000 elements,
 * deep nesting, no body, a frameset, XML and SVG documents, text only in shadow DOM. No error
 * escapes (extract may only say "no article"), restore gives back the exact markup, and the
 * element budget catches the page the content script must not look at.
 *
 * jsdom parses deep trees in quadratic time and is slow on megabytes, so `npm test` runs 1 MB and
 * 2,000 levels; `QR_HUGE=1` runs the 5 MB and 10,000 levels (minutes). Both full sizes
 * also run in real browsers in tests/e2e/hostile.e2e.test.ts.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ELEMENTS, overElementBudget } from '../../src/core/budget';
import { runPipeline, type PipelineRun } from '../helpers/pipeline';

const HUGE_SIZES = process.env.QR_HUGE === '1';
const MEGABYTES = HUGE_SIZES ? 5 : 1;
const DEPTH = HUGE_SIZES ? 10_000 : 2_000;
const TIMEOUT_MS = HUGE_SIZES ? 600_000 : 120_000;

const URL = 'https://news.example/world/2024/05/harbour-budget-approved';
const PARAGRAPH = '<p>The council approved the harbour budget after a long debate, with residents, engineers and the port authority all heard before the vote.</p>';
const CLUTTER = '<div class="newsletter-signup"><h3>Get our newsletter</h3><p>Sign up for the morning briefing.</p></div><div class="share-bar"><a href="#">Share</a></div>';

function article(inner: string): string {
  return `<!doctype html><html lang="en"><head><title>Harbour budget approved</title><meta property="og:type" content="article"></head><body>${inner}</body></html>`;
}

function load(html: string, contentType = 'text/html'): JSDOM {
  return new JSDOM(html, { url: URL, contentType, virtualConsole: new VirtualConsole() });
}

interface BadPage {
  name: string;
  make: () => JSDOM;
}

const PAGES: BadPage[] = [
  {
    name: 'malformed html',
    make: () =>
      load(
        `<html><head><title>x</head><body><div><p>unclosed <b><i>mis</b>nested</i><table><td>cell<tr><p>row</table></div></div></span>` +
          `<<<>>> &bogus; &#xFFFFFF; <article><h1>Harbour budget approved<h1>${PARAGRAPH.repeat(5)}<aside class="related"><ul><li><a href=/a>A<li><a href=/b>B</ul>` +
          `<div class="newsletter-signup"><form><input name=email></div></form><!-- unterminated comment`,
      ),
  },
  {
    name: `${MEGABYTES} MB page`,
    make: () => {
      // Long paragraphs: 5 MB of text in a few thousand elements, as a long live blog has.
      const unit = `<p>${PARAGRAPH.slice(3, -4).repeat(40)}</p>${CLUTTER}`;
      return load(article(`<main><article><h1>Harbour budget approved</h1>${unit.repeat(Math.ceil((MEGABYTES * 1_000_000) / unit.length))}</article></main>`));
    },
  },
  {
    name: `nesting ${DEPTH.toLocaleString('en-US')} deep`,
    make: () => load(article(`<article><h1>Harbour budget approved</h1>${'<div>'.repeat(DEPTH)}${PARAGRAPH.repeat(5)}${CLUTTER}${'</div>'.repeat(DEPTH)}</article>`)),
  },
  { name: 'no body (XML document)', make: () => load('<?xml version="1.0"?><feed><entry><title>Harbour</title><p>text</p></entry></feed>', 'application/xml') },
  {
    name: 'SVG document',
    make: () => load('<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="20">Harbour budget approved</text><foreignObject><p xmlns="http://www.w3.org/1999/xhtml" class="newsletter">Sign up</p></foreignObject></svg>', 'image/svg+xml'),
  },
  {
    name: 'XHTML document',
    make: () => load(`<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Harbour</title></head><body><article><h1>Harbour budget approved</h1>${PARAGRAPH.repeat(6)}${CLUTTER}</article></body></html>`, 'application/xhtml+xml'),
  },
  { name: 'frameset', make: () => load('<!doctype html><html><head><title>Harbour</title></head><frameset cols="50%,50%"><frame src="/a"><frame src="/b"></frameset></html>') },
  {
    name: 'text only in shadow DOM',
    make: () => {
      const page = load(article('<div id="host"></div><div class="share-bar"><a href="#">Share</a></div>'));
      const shadow = page.window.document.getElementById('host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<article><h1>Harbour budget approved</h1>${PARAGRAPH.repeat(6)}${CLUTTER}</article>`;
      return page;
    },
  },
  { name: 'empty document', make: () => load('') },
  {
    name: 'no documentElement',
    make: () => {
      const page = load(article(PARAGRAPH));
      page.window.document.documentElement.remove();
      return page;
    },
  },
];

/** The content script never runs the pipeline on this one: the element budget stops it first. */
const HUGE = (): JSDOM => load(article(`<article><h1>Harbour budget approved</h1>${PARAGRAPH.repeat(10)}${'<b></b>'.repeat(100_000)}</article>`));

const timings: { page: string; ms: PipelineRun['ms'] }[] = [];

describe('bad and huge pages through detect → classify → hide → restore → extract (jsdom)', () => {
  it.each(PAGES.map((page) => [page.name, page] as const))('%s: no error escapes, restore is exact', (name, page) => {
    const { window } = page.make();
    const run = runPipeline(window.document, URL, window as unknown as Window);
    expect(run.after).toBe(run.before);
    timings.push({ page: name, ms: run.ms });
  }, TIMEOUT_MS);

  it(`the element budget (${MAX_ELEMENTS.toLocaleString('en-US')}) stops the content script on a 100,000-element page only`, () => {
    const huge = HUGE().window.document;
    expect(overElementBudget(huge)).toEqual({ reason: 'elements', measured: expect.any(Number), limit: MAX_ELEMENTS });
    expect(overElementBudget(huge)!.measured).toBeGreaterThan(100_000);
    const big = PAGES.find((page) => page.name.endsWith('MB page'))!.make().window.document;
    expect(overElementBudget(big)).toBeNull();
  }, TIMEOUT_MS);

  afterAll(() => {
    const row = (ms: number): string => ms.toFixed(0).padStart(7);
    console.log(['page | detect | classify+hide | restore | extract (ms)', ...timings.map(({ page, ms }) =>
      `${page.padEnd(26)} |${row(ms.detect)} |${row(ms.classifyHide)} |${row(ms.restore)} |${row(ms.extract)}`)].join('\n'));
  });
});
