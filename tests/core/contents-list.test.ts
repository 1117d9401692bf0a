import { describe, expect, it } from 'vitest';
import { dropContentsLists } from '../../src/core/contents-list';
import { articleRoot } from '../helpers/fixtures';

const URL = 'https://news.example/2026/11/how-tides-work';

const SECTIONS = ['Why the sea rises', 'Spring and neap tides', 'Reading a tide table']
  .map((title, i) => `<h2 id="s${i}">${title}</h2><p>Section ${i}: the moon pulls the water towards it, and the earth turns beneath the bulge twice a day.</p>`)
  .join('');

describe('dropContentsLists', () => {
  it('removes a table of contents with its box and its label, and keeps the sections', () => {
    const toc = `<div class="toc"><p class="toc-title">Table of contents</p><ol>
      <li><a href="#s0">Why the sea rises</a></li><li><a href="#s1">Spring and neap tides</a></li>
      <li><a href="${URL}#s2">Reading a tide table</a></li></ol></div>`;
    const root = articleRoot(`<p>Intro: twice a day the sea comes in and goes out again.</p>${toc}${SECTIONS}`, URL);
    expect(dropContentsLists(root, URL)).toHaveLength(1);
    expect(root.textContent).not.toContain('Table of contents');
    expect(root.querySelectorAll('h2')).toHaveLength(3);
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });

  it('removes a label set before the list, in French too', () => {
    const toc = '<h3>Sommaire</h3><ul><li><a href="#s0">Pourquoi</a></li><li><a href="#s1">Marées</a></li><li><a href="#s2">Tables</a></li></ul>';
    const root = articleRoot(`${toc}${SECTIONS}`, URL);
    expect(dropContentsLists(root, URL).map((el) => el.tagName)).toEqual(['H3', 'UL']);
    expect(root.textContent).not.toContain('Sommaire');
  });

  it('removes the title of a table of contents whose list is gone, and keeps one over a list', () => {
    const root = articleRoot(`<div><h2>Table of contents</h2></div>${SECTIONS}<p>Inhaltsverzeichnis:</p>${SECTIONS}`);
    expect(dropContentsLists(root, URL)).toHaveLength(2);
    expect(root.textContent).not.toMatch(/contents|Inhalt/i);
    const kept = articleRoot(`<p>Contents</p><ol><li><a href="/part-1">Part one</a></li><li><a href="/part-2">Part two</a></li></ol>${SECTIONS}`);
    expect(dropContentsLists(kept, URL)).toEqual([]);
    expect(dropContentsLists(articleRoot(`${SECTIONS}<p>The contents of the crate were seized.</p>`), URL)).toEqual([]);
  });

  it('keeps lists that link to other pages, or whose items are sentences', () => {
    const related = '<ul><li><a href="/a">Storm surge</a></li><li><a href="/b">Rip currents</a></li><li><a href="/c">Moon phases</a></li></ul>';
    const notes = Array.from({ length: 3 }, (_, i) => `<li>Note ${i}: tide tables give times in local time, see <a href="#s${i}">below</a>.</li>`).join('');
    const root = articleRoot(`${related}<ol>${notes}</ol>${SECTIONS}`, URL);
    expect(dropContentsLists(root, URL)).toEqual([]);
    expect(root.querySelectorAll('li')).toHaveLength(6);
  });
});
