import { describe, expect, it } from 'vitest';
import { hide, HIDDEN_ATTR, restore, reveal } from '../../src/core';
import type { ClutterBlock } from '../../src/core';
import { dom } from '../helpers/fixtures';

const PAGE = `<!doctype html><html><head><title>t</title></head>
<body style="overflow:hidden"><p>Story text.</p><div id="ad">Ad</div>
<div id="wall" style="position:fixed">Subscribe to keep reading</div></body></html>`;

function blocks(doc: Document): ClutterBlock[] {
  return [
    { element: doc.getElementById('ad')!, kind: 'ad', evidence: ['test'] },
    { element: doc.getElementById('wall')!, kind: 'overlay', evidence: ['test'] },
  ];
}

describe('hide / restore', () => {
  it('marks blocks, injects one stylesheet and hides them in computed style', () => {
    const { window } = dom(PAGE);
    const doc = window.document;
    const items = hide(doc, blocks(doc));
    expect(items).toEqual([
      { id: 1, kind: 'ad', text: 'Ad' },
      { id: 2, kind: 'overlay', text: 'Subscribe to keep reading' },
    ]);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(window.getComputedStyle(doc.getElementById('ad')!).display).toBe('none');
    expect(window.getComputedStyle(doc.querySelector('p')!).display).toBe('block');
  });

  it('unlocks scrolling a soft wall had locked, and gives it back on restore', () => {
    const { window } = dom(PAGE);
    const doc = window.document;
    hide(doc, blocks(doc));
    expect(window.getComputedStyle(doc.body).overflow).toBe('auto');
    restore(doc);
    expect(window.getComputedStyle(doc.body).overflow).toBe('hidden');
  });

  it('does not hide a block twice, and numbers new ones after the old', () => {
    const doc = dom(PAGE).window.document;
    const [ad, wall] = blocks(doc);
    expect(hide(doc, [ad!])).toHaveLength(1);
    expect(hide(doc, [ad!, wall!])).toEqual([{ id: 2, kind: 'overlay', text: 'Subscribe to keep reading' }]);
  });

  it('reveals one block by id', () => {
    const doc = dom(PAGE).window.document;
    hide(doc, blocks(doc));
    expect(reveal(doc, 1)).toBe(true);
    expect(doc.getElementById('ad')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(doc.getElementById('wall')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(reveal(doc, 99)).toBe(false);
  });

  it('restores the document exactly', () => {
    const doc = dom(PAGE).window.document;
    const before = doc.documentElement.outerHTML;
    hide(doc, blocks(doc));
    expect(doc.documentElement.outerHTML).not.toBe(before);
    restore(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("never takes away the page's own marker attribute, unlock attribute or style id", () => {
    const own = `<!doctype html><html data-quiet-reader-unlock=""><head><style id="quiet-reader-style">p{color:red}</style></head>
<body style="overflow:hidden"><p ${HIDDEN_ATTR}="1">Page's own.</p><div id="ad">Ad</div><div id="wall" style="position:fixed">Wall</div></body></html>`;
    const doc = dom(own).window.document;
    const before = doc.documentElement.outerHTML;
    const items = hide(doc, blocks(doc));
    expect(items).toHaveLength(2);
    // Our id 1 names our block, never the page's own element that carries the same value.
    expect(reveal(doc, 1)).toBe(true);
    expect(doc.querySelector('p')!.getAttribute(HIDDEN_ATTR)).toBe('1');
    restore(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
