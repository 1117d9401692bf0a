/** A section front is not an article: nothing is detected, so nothing gets hidden. */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core';
import { runPage } from '../../src/cli/run-page';
import { fixture, fixtureDom } from '../helpers/fixtures';

const URL = 'https://www.dailyledger.example/world';

describe('index page', () => {
  it('is not detected as an article, and says why', () => {
    const detection = detect(fixtureDom('index-page.html', URL).window.document, URL);
    expect(detection.isArticle).toBe(false);
    expect(detection.reasons).toContain('og:type website');
  });

  it('has nothing hidden by the pipeline', () => {
    const result = runPage(fixture('index-page.html'), URL);
    expect(result.isArticle).toBe(false);
    expect(result.hidden).toEqual([]);
  });
});
