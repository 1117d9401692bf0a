/** A real Jerusalem Post page (2019) with its ground truth. */
import { describe, expect, it } from 'vitest';
import { f1Of } from '../../bench/lib/metrics';
import { classify, detect, extract, hide } from '../../src/core';
import { fixture, fixtureDom } from '../helpers/fixtures';

const truth = JSON.parse(fixture('jpost-2019.truth.json')) as { url: string; articleBody: string };

describe('jpost 2019 page', () => {
  const doc = fixtureDom('jpost-2019.html', truth.url).window.document;

  it('is an article', () => {
    expect(detect(doc, truth.url).isArticle).toBe(true);
  });

  it('extracts the body with shingle F1 ≥ 0.95 against the ground truth', () => {
    const article = extract(doc, truth.url);
    expect(f1Of(truth.articleBody, article.text)).toBeGreaterThanOrEqual(0.95);
    expect(article.title).toBe('Son of former German president stabbed to death in Berlin');
  });

  it('hides the newsletter, Outbrain widgets and share buttons', () => {
    hide(doc, classify(doc, { url: truth.url }));
    const hidden = (selector: string): boolean[] =>
      Array.from(doc.querySelectorAll(selector)).map((el) => el.closest('[data-quiet-reader-hidden]') !== null);
    expect(hidden('.daily-newsletter')).toEqual([true]);
    expect(hidden('.OUTBRAIN').length).toBeGreaterThan(0);
    expect(hidden('.OUTBRAIN').every(Boolean)).toBe(true);
    expect(hidden('.share-buttons')).toEqual([true]);
    expect(hidden('[itemprop="articleBody"]')).toEqual([false]);
  });
});
