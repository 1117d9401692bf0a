import { describe, expect, it } from 'vitest';
import { dropHeadline, dropLeadingMenu, dropStamps, isCreditLine, isDateStamp } from '../../src/core/article-head';
import { authorNames } from '../../src/core/author-names';
import { articleRoot } from '../helpers/fixtures';

const STORY = '<p>The council passed the budget on Monday night after a debate that lasted almost six hours.</p>';

const blocks = (root: Element): string[] => Array.from(root.querySelectorAll('p, h1, h2, li, div'), (el) => el.textContent ?? '');

describe('dropHeadline', () => {
  it('drops the headline the body repeats, whatever its case and spacing', () => {
    const root = articleRoot(`<h1>Budget  passes after  long night</h1>${STORY}`);
    expect(dropHeadline(root, 'Budget passes after long night').map((el) => el.tagName)).toEqual(['H1']);
    expect(root.querySelector('h1')).toBeNull();
    expect(root.textContent).toContain('The council passed');
  });

  it('drops the short lines of page chrome above the headline with it', () => {
    const root = articleRoot(`<div><a href="/">Home</a> › <a href="/news">News</a></div><p>May 6, 2025</p><h2>Budget passes</h2>${STORY}`);
    expect(dropHeadline(root, 'Budget passes')).toHaveLength(3);
    expect(blocks(root)).toEqual([STORY.replace(/<\/?p>/g, '')]);
  });

  it('keeps a standfirst above the headline, and a body that does not repeat the title', () => {
    const dek = '<p>After six hours of debate and three amendments, the city has a spending plan for next year, and taxes stay where they were.</p>';
    const root = articleRoot(`${dek}<h1>Budget passes</h1>${STORY}`);
    expect(dropHeadline(root, 'Budget passes').map((el) => el.tagName)).toEqual(['H1']);
    expect(root.querySelectorAll('p')).toHaveLength(2);
    const plain = articleRoot(`<h2>What the budget holds</h2>${STORY}`);
    expect(dropHeadline(plain, 'Budget passes')).toEqual([]);
    expect(dropHeadline(plain, '')).toEqual([]);
    expect(blocks(plain)).toHaveLength(2);
  });

  it('drops a headline set in a bare span that opens the box of the story, and keeps a paragraph\'s bold lead', () => {
    const root = articleRoot(`<div><span>Budget passes</span><div>${STORY}</div></div>`);
    expect(dropHeadline(root, 'Budget passes').map((el) => el.tagName)).toEqual(['SPAN']);
    expect(root.querySelector('span')).toBeNull();
    expect(root.textContent).toContain('The council passed');
    const lead = articleRoot(`<p><strong>Budget passes</strong> after a debate that lasted almost six hours on Monday night.</p>${STORY}`);
    expect(dropHeadline(lead, 'Budget passes')).toEqual([]);
  });

  it('looks for the headline among the first blocks only: a heading further down stays', () => {
    const root = articleRoot(`${STORY.repeat(6)}<h2>Budget passes</h2>`);
    expect(dropHeadline(root, 'Budget passes')).toEqual([]);
  });
});

describe('dropLeadingMenu', () => {
  it('drops a breadcrumb or a menu of short links that opens the body, its last item maybe plain', () => {
    const crumbs = '<ol><li><a href="/">Home</a></li><li><a href="/garden">Yard and garden</a></li><li>Planting guides</li></ol>';
    const root = articleRoot(`${crumbs}${STORY}`);
    expect(dropLeadingMenu(root).map((el) => el.tagName)).toEqual(['OL']);
    expect(blocks(root)).toHaveLength(1);
  });

  it('keeps a list further down, a list that says more than its links, and a list of one', () => {
    const links = '<ul><li><a href="/a">Harbour</a></li><li><a href="/b">Ferries</a></li></ul>';
    expect(dropLeadingMenu(articleRoot(`${STORY}${links}`))).toEqual([]);
    const points = '<ul><li><a href="/a">Taxes</a> stay where they were</li><li><a href="/b">Ferries</a> run later</li></ul>';
    expect(dropLeadingMenu(articleRoot(`${points}${STORY}`))).toEqual([]);
    expect(dropLeadingMenu(articleRoot(`<ul><li><a href="/a">Harbour</a></li></ul>${STORY}`))).toEqual([]);
    const plain = '<ul><li>Flour</li><li>Water</li></ul>';
    expect(dropLeadingMenu(articleRoot(`${plain}${STORY}`))).toEqual([]);
  });
});

describe('dropStamps', () => {
  it('drops the date and reading-time lines at the top of the story', () => {
    const root = articleRoot(`<p>Updated: December 4, 2025</p><div><span>Dec 17, 2025</span> · <span>6 min read</span></div>${STORY}`);
    expect(dropStamps(root)).toHaveLength(2);
    expect(blocks(root)).toEqual([root.querySelector('p')!.textContent]);
  });

  it('reads dates and reading times in the project\'s languages', () => {
    for (const line of ['4. Dezember 2025', 'Mis à jour le 3 mars 2025 à 10h30', '4 de diciembre de 2025', 'Pubblicato il 4 dicembre 2025', '12.07.2024', 'Lesezeit: 5 Min.', '5 min de lecture', 'Tuesday, 17 Dec 2025, 10:30 am EST', 'on Jan 22, 2025', 'Apr 12', '| December 17, 2025', 'Published 6 hours ago', 'vor 2 Tagen', 'il y a 3 jours', '5 uur geleden']) {
      expect(isDateStamp(line), line).toBe(true);
    }
    for (const line of ['Chapter 12, 2024', 'Plan a 3 min read', 'May the 4th be with you', 'In 2024, the council voted.', 'on the road, May 2025', 'Some 6 hours ago', 'Apr 12 council vote']) {
      expect(isDateStamp(line), line).toBe(false);
    }
  });

  it("drops the author's credit line at the top, by the byline's names, in the project's languages", () => {
    const root = articleRoot(`<p>By Jane Doe | Dec 4, 2025</p><p>Jane Q. Doe and John Roe, Staff Writers</p>${STORY}`);
    expect(dropStamps(root, 'By Jane Doe and John Roe')).toHaveLength(2);
    expect(blocks(root)).toHaveLength(1);
    const names = authorNames('Anna Schmidt');
    for (const line of ['Von Anna Schmidt', 'Par Anna Schmidt · 5 min de lecture', 'Anna Schmidt (Hamburg)', 'מאת Anna Schmidt']) {
      expect(isCreditLine(line, names), line).toBe(true);
    }
    // A sentence about the author, a longer line, another person, or a brand's one-word byline stay.
    for (const line of ['Anna Schmidt reports from Hamburg', 'Anna Schmidt, who founded the harbour trust, spoke first.', 'By Max Muster']) {
      expect(isCreditLine(line, names), line).toBe(false);
    }
    expect(isCreditLine('By Acme', authorNames('Acme'))).toBe(false);
  });

  it("drops other staff's credits, a lone 'By', counts of comments and views and lines of bare separators at the top, and keeps a heading that starts with 'By'", () => {
    const lines = ['<p>By</p>', '<p>Reviewed by: Jane Doe, CFP®</p>', '<p>•</p>', '<p>Geprüft von Max Muster</p>', '<p>Last updated: January 12, 2026.</p>'];
    // Only the first few lines are looked at: the counts get a story of their own.
    const counts = articleRoot(`<p><a href="#comments">59 Comments</a></p><div>1,693 views</div>${STORY}`);
    expect(dropStamps(counts)).toHaveLength(2);
    const root = articleRoot(`${lines.join('')}${STORY}`);
    expect(dropStamps(root)).toHaveLength(lines.length);
    expect(blocks(root)).toHaveLength(1);
    const kept = articleRoot(`<h2>By the numbers</h2><p>Edited by the council, the plan was approved.</p>${STORY}`);
    expect(dropStamps(kept)).toEqual([]);
  });

  it('drops a date set straight in the story\'s box, beside its paragraphs', () => {
    const root = articleRoot(`<div><time datetime="2025-12-19">19 Dec 2025</time><section>${STORY}${STORY}</section></div>`);
    expect(dropStamps(root).map((el) => el.tagName)).toEqual(['TIME']);
    expect(root.textContent).toContain('The council passed');
  });

  it('keeps dates further down, in a list, or in a run of dated items', () => {
    const later = articleRoot(`${STORY}${STORY}${STORY}${STORY}${STORY}<p>June 9, 2025</p>`);
    expect(dropStamps(later)).toEqual([]);
    const listed = articleRoot(`<ul><li>March 16, 2026</li><li>Harbour open day</li></ul>${STORY}`);
    expect(dropStamps(listed)).toEqual([]);
    const events = articleRoot(['March 16, 2026', 'March 17, 2026', 'March 18, 2026'].map((date) => `<h3>${date}</h3>${STORY}`).join(''));
    expect(dropStamps(events)).toEqual([]);
  });
});
