/** The reference page: the seed text rebuilt in the Jerusalem Post's markup. */
import { beforeAll, describe, expect, it } from 'vitest';
import { classify, detect, extract, hide, HIDDEN_ATTR, restore, type Article, type HiddenItem } from '../../src/core';
import { collapse } from '../../src/core/text';
import { fixture, fixtureDom } from '../helpers/fixtures';

const URL = 'https://www.jpost.com/Middle-East/Iran-US-pullout-key-to-Iraq-stability';
const seedLines = fixture('seed.txt')
  .split('\n')
  .map((line) => collapse(line.replace(/^\s*•/, '')))
  .filter(Boolean);

const between = (first: string, last: string): string[] =>
  seedLines.slice(seedLines.findIndex((l) => l.startsWith(first)), seedLines.findIndex((l) => l.startsWith(last)) + 1);

const donation = between('Dear Reader', 'Yaakov Katz, Editor-in-Chief');
const promo = between('Join Jerusalem Post Premium Plus', 'Join Jerusalem Post Premium Plus');
const related = between('Related Content', 'Iran and the bomb');
const articleSentences = seedLines
  .find((l) => l.startsWith("Iran's supreme leader"))!
  .split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/);

describe('seed page', () => {
  const page = fixtureDom('jpost-seed.html', URL);
  const doc = page.window.document;
  const before = doc.documentElement.outerHTML;
  let hidden: HiddenItem[];
  let article: Article;
  let hiddenText: string;
  let visibleText: string;

  beforeAll(() => {
    hidden = hide(doc, classify(doc, { url: URL }));
    article = extract(doc, URL);
    const hiddenEls = Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`));
    hiddenText = collapse(hiddenEls.map((el) => el.textContent).join(' '));
    const copy = doc.body.cloneNode(true) as HTMLElement;
    for (const el of Array.from(copy.querySelectorAll(`[${HIDDEN_ATTR}]`))) el.remove();
    visibleText = collapse(copy.textContent ?? '');
  });

  it('has the seed to test against', () => {
    expect(donation.length).toBeGreaterThan(8);
    expect(related).toContain('Bushehr nuclear Iranian');
    expect(articleSentences.length).toBeGreaterThan(8);
  });

  it('is detected as an article, with reasons', () => {
    const detection = detect(doc, URL);
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons).toContain('schema.org NewsArticle (JSON-LD)');
    expect(detection.reasons.some((r) => r.startsWith('site profile The Jerusalem Post'))).toBe(true);
  });

  it('hides the donation appeal, the promo and the related block', () => {
    expect(hidden.map((h) => h.kind)).toEqual(expect.arrayContaining(['donation', 'promo', 'related', 'newsletter', 'share', 'ad']));
    for (const line of [...donation, ...promo, ...related]) {
      expect(hiddenText, line).toContain(line);
      expect(visibleText, line).not.toContain(line);
      expect(article.text, line).not.toContain(line);
    }
  });

  it('keeps every article sentence visible and in the extracted text, in order', () => {
    const text = collapse(article.text);
    let from = 0;
    for (const sentence of articleSentences) {
      expect(visibleText, sentence).toContain(sentence);
      expect(hiddenText, sentence).not.toContain(sentence);
      const at = text.indexOf(sentence, from);
      expect(at, sentence).toBeGreaterThanOrEqual(from);
      from = at + sentence.length;
    }
  });

  it('extracts title, date and site', () => {
    expect(article.title).toBe('Iran: US pullout key to Iraq stability');
    expect(article.published?.slice(0, 10)).toBe('2006-09-13');
    expect(article.siteName).toContain('Jerusalem Post');
    expect(article.wordCount).toBeGreaterThan(250);
    expect(article.readingMinutes).toBe(1);
  });

  it('restores the page exactly', () => {
    restore(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
