/**
 * Fuzz: 1,000 generated malformed documents (unbalanced and misnested tags, clutter class names,
 * appeal phrases, head elements in the body, comments, entities, stray `<`, SVG/MathML, tables)
 * through detect → classify → hide → restore → extract. No error escapes (extract may only say
 * "no article"), restore is exact and the extracted html carries nothing that runs or fetches.
 * fast-check generates the documents and shrinks a failure to its smallest form.
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dangers } from '../helpers/dangers';
import { runPipeline } from '../helpers/pipeline';

const FUZZ_RUNS = 1_000;
const URL = 'https://news.example/world/2024/05/fuzzed-story';

const TAGS = ['div', 'p', 'span', 'article', 'main', 'aside', 'section', 'header', 'footer', 'nav', 'h1', 'h2', 'ul', 'li', 'a', 'b', 'i',
  'table', 'tr', 'td', 'form', 'input', 'button', 'img', 'figure', 'figcaption', 'script', 'style', 'template', 'noscript', 'iframe',
  'svg', 'math', 'select', 'option', 'textarea', 'body', 'html', 'head', 'title', 'base', 'meta', 'frameset', 'dialog'];
const CLASSES = ['newsletter', 'share-bar', 'ad-slot', 'related', 'modal', 'paywall', 'promo', 'donate', 'article-body', 'content', 'x'];
const TEXTS = ['Related Content', 'Advertisement', 'Sign up for our newsletter', 'Support us with $5 a month', 'Be our partner',
  'The council approved the harbour budget after a long debate with residents and engineers.', 'Share', '&amp;', '&bogus;', '&#0;', '&#x110000;',
  '<', '>', '"', "'", '\u0000', '\u202e', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', ''];
const ATTRS = [
  fc.constantFrom(...CLASSES).map((c) => ` class="${c}"`),
  fc.constantFrom(...CLASSES).map((c) => ` id=${c}`),
  fc.constant(' style="position:fixed;z-index:9"'),
  fc.constant(' hidden'),
  fc.constant(' data-quiet-reader-hidden="1"'),
  fc.constant(' href="javascript:alert(1)"'),
  fc.constant(' src=x onerror=alert(1)'),
  fc.constant(' itemprop="articleBody"'),
  fc.constant(' class'),
  fc.constant(' ="'),
];

const token = fc.oneof(
  fc.record({ tag: fc.constantFrom(...TAGS), attrs: fc.array(fc.oneof(...ATTRS), { maxLength: 3 }) }).map(({ tag, attrs }) => `<${tag}${attrs.join('')}>`),
  fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
  fc.constantFrom(...TEXTS),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('<!--', '-->', '<!doctype html>', '<![CDATA[', ']]>', '<?xml?>', '</', '<p', '<div class="'),
);
const paragraphs = fc.nat(8).map((n) => '<p>Paragraph about the harbour budget, the council vote and what residents said at the meeting.</p>'.repeat(n));
const documentHtml = fc.tuple(fc.array(token, { maxLength: 40 }), paragraphs, fc.array(token, { maxLength: 20 })).map(([a, p, b]) => a.join('') + p + b.join(''));

describe(`fuzz: ${FUZZ_RUNS.toLocaleString('en-US')} malformed documents through the whole core`, () => {
  it('never throws, restores exactly, extracts nothing dangerous', () => {
    const { window } = new JSDOM('', { url: URL, virtualConsole: new VirtualConsole() });
    const parser = new window.DOMParser();
    let articles = 0;
    fc.assert(
      fc.property(documentHtml, (html) => {
        const doc = parser.parseFromString(html, 'text/html');
        const run = runPipeline(doc, URL, window as unknown as Window);
        expect(run.after).toBe(run.before);
        if (run.html !== null) {
          articles++;
          expect(dangers(parser.parseFromString(run.html, 'text/html').body)).toEqual([]);
        }
      }),
      { numRuns: FUZZ_RUNS, seed: 6 },
    );
    // The generator reaches extract's article path, not only its "no article" exit.
    expect(articles).toBeGreaterThan(FUZZ_RUNS / 10);
    // About a minute on two idle cores; the limit leaves room for a busy CI machine.
  }, 600_000);
});
