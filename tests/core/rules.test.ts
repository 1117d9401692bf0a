import { describe, expect, it } from 'vitest';
import { appliesTo, matchRule, parseRule } from '../../src/core/rules';
import { dom } from '../helpers/fixtures';

const doc = dom('<body><div class="promo">Weekly Quiz</div><div class="promo">Sale</div><p class="promo">Dear Reader</p></body>').window.document;

describe('element-hiding rules', () => {
  it('parses domains, selector, :has-text and kind', () => {
    const parsed = parseRule('www.Example.com, news.example.org##div.promo:has-text(weekly quiz) ! promo', doc);
    expect(parsed).toMatchObject({ ok: true, rule: { domains: ['example.com', 'news.example.org'], selector: 'div.promo', hasText: 'weekly quiz', kind: 'promo' } });
  });

  it('takes a regular expression in :has-text and defaults the kind to other', () => {
    const parsed = parseRule('##.promo:has-text(/^dear\\s+reader$/)', doc);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.rule.kind).toBe('other');
    expect(matchRule(parsed.rule, doc).map((el) => el.tagName)).toEqual(['P']);
  });

  it('matches subdomains of the named sites only', () => {
    const parsed = parseRule('example.com##.promo', doc);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(appliesTo(parsed.rule, 'example.com')).toBe(true);
    expect(appliesTo(parsed.rule, 'www.news.example.com')).toBe(true);
    expect(appliesTo(parsed.rule, 'notexample.com')).toBe(false);
    expect(appliesTo(parsed.rule, null)).toBe(false);
  });

  it.each([
    ['.promo', 'not an element-hiding rule'],
    ['##', 'bad selector'],
    ['##div[', 'bad selector'],
    ['exa mple.com##.x', 'bad domain'],
    ['##.x:has-text(/(/)', 'bad :has-text() regular expression'],
    ['##.x ! nonsense', 'unknown kind'],
  ])('rejects %s with a clear message', (line, message) => {
    const parsed = parseRule(line, doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
