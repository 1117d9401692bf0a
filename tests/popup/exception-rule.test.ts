// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { exceptionRuleFor } from '../../src/popup/exception-rule';

const html = `<!doctype html><html><head><title>t</title></head><body>
<article><p>Story text.</p></article>
<aside class="newsletter-box" data-quiet-reader-hidden="2">Get our newsletter</aside>
<div class="box" data-quiet-reader-hidden="5">Related: one</div>
<div class="box">Related: two</div>
</body></html>`;

describe('exceptionRuleFor', () => {
  it('finds the block by its marker id in the snapshot and names the host without www. or port', () => {
    expect(exceptionRuleFor({ url: 'https://www.news.example:8443/a', html }, 2)).toBe('news.example#@#aside.newsletter-box');
  });

  it('adds the first words when the selector alone matches other elements of the page', () => {
    expect(exceptionRuleFor({ url: 'https://news.example/a', html }, 5)).toBe('news.example#@#div.box:has-text(Related: one)');
  });

  it('is null for an id no block carries (shown again, or gone) and for a page without a host', () => {
    expect(exceptionRuleFor({ url: 'https://news.example/a', html }, 3)).toBeNull();
    expect(exceptionRuleFor({ url: 'about:blank', html }, 2)).toBeNull();
    expect(exceptionRuleFor({ url: 'not a url', html }, 2)).toBeNull();
  });
});
