/**
 * Hiding is the only change made to a page, and restore takes it all back: for every fixture page,
 * any choice of blocks hidden (in batches, as the page watcher does), some revealed again, then
 * restore, leaves `body.innerHTML` — and the whole document's markup — exactly as it was.
 * The same check over the whole corpus is `npm run bench:restore`.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, hide, restore, reveal } from '../../src/core';
import type { ClutterKind } from '../../src/core/types';
import { dom, fixture, FIXTURES } from '../helpers/fixtures';

const E2E_PAGES = resolve(FIXTURES, '../e2e/pages');
const PAGES = [
  ...readdirSync(FIXTURES).filter((name) => name.endsWith('.html')).map((name) => ({ name, html: fixture(name) })),
  ...readdirSync(E2E_PAGES).filter((name) => name.endsWith('.html')).map((name) => ({ name: `e2e/${name}`, html: fixture(`../e2e/pages/${name}`) })),
];
const KINDS: ClutterKind[] = ['ad', 'overlay', 'related', 'other'];

describe('hide → restore gives back the exact page', () => {
  it('has fixture pages to check', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(PAGES.map((page) => [page.name, page] as const))('%s: what classify hides', (_name, page) => {
    const doc = dom(page.html).window.document;
    const body = doc.body.innerHTML;
    const whole = doc.documentElement.outerHTML;
    hide(doc, classify(doc, { url: 'https://www.jpost.com/Middle-East/Iran-US-pullout-key-to-Iraq-stability' }));
    restore(doc);
    expect(doc.body.innerHTML).toBe(body);
    expect(doc.documentElement.outerHTML).toBe(whole);
  });

  it.each(PAGES.map((page) => [page.name, page] as const))('%s: any blocks, in batches, some revealed', (_name, page) => {
    const doc = dom(page.html).window.document;
    const elements = Array.from(doc.body.querySelectorAll('*'));
    const body = doc.body.innerHTML;
    const whole = doc.documentElement.outerHTML;
    const pick = fc.integer({ min: 0, max: elements.length - 1 });
    const block = fc.record({ index: pick, kind: fc.constantFrom(...KINDS) });
    fc.assert(
      fc.property(fc.array(fc.array(block, { maxLength: 8 }), { minLength: 1, maxLength: 4 }), fc.array(fc.nat(40), { maxLength: 5 }), (batches, reveals) => {
        for (const batch of batches) hide(doc, batch.map(({ index, kind }) => ({ element: elements[index]!, kind, evidence: [] })));
        for (const id of reveals) reveal(doc, id);
        restore(doc);
        return doc.body.innerHTML === body && doc.documentElement.outerHTML === whole;
      }),
      { numRuns: 40, seed: 6 },
    );
  });
});
