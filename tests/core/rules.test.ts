import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { classify } from '../../src/core/classify';
import { appliesTo, exceptionRule, matchRule, parseRule, parseRules, ruleError } from '../../src/core/rules';
import { dom } from '../helpers/fixtures';

const doc = dom('<body><div class="promo">Weekly Quiz</div><div class="promo">Sale</div><p class="promo">Dear Reader</p></body>').window.document;

describe('element-hiding rules', () => {
  it('parses domains, selector, :has-text and kind', () => {
    const parsed = parseRule('www.Example.com, news.example.org##div.promo:has-text(weekly quiz) ! promo', doc);
    expect(parsed).toMatchObject({ ok: true, rule: { domains: ['example.com', 'news.example.org'], selector: 'div.promo', hasText: 'weekly quiz', kind: 'promo' } });
  });

  it('takes a regular expression in :has-text and defaults the kind to other', () => {
    const parsed = parseRule('##.promo:has-text(/^dear\\s+reader$/)', doc);
    if (!parsed.ok) throw new Error(ruleError(parsed));
    expect(parsed.rule.kind).toBe('other');
    expect(matchRule(parsed.rule, doc).map((el) => el.tagName)).toEqual(['P']);
  });

  it('matches subdomains of the named sites only', () => {
    const parsed = parseRule('example.com##.promo', doc);
    if (!parsed.ok) throw new Error(ruleError(parsed));
    expect(appliesTo(parsed.rule, 'example.com')).toBe(true);
    expect(appliesTo(parsed.rule, 'www.news.example.com')).toBe(true);
    expect(appliesTo(parsed.rule, 'notexample.com')).toBe(false);
    expect(appliesTo(parsed.rule, null)).toBe(false);
  });

  it.each([
    ['.promo', 'syntax', 'not an element-hiding rule (expected "##" or "#@#")'],
    ['##', 'selector', 'bad selector ""'],
    ['##div[', 'selector', 'bad selector "div["'],
    ['exa mple.com##.x', 'domain', 'bad domain'],
    ['##.x:has-text(/(/)', 'regex', 'bad :has-text() regular expression'],
    ['##.x ! nonsense', 'kind', 'unknown kind "nonsense"'],
  ])('rejects %s with a clear message', (line, problem, message) => {
    const parsed = parseRule(line, doc);
    expect(parsed).toMatchObject({ ok: false, problem, source: line });
    if (!parsed.ok) expect(ruleError(parsed)).toBe(message);
  });
});

describe('exception rules (#@#)', () => {
  const probe = new JSDOM('').window.document;
  const page = () =>
    new JSDOM(`<body><main><article><h1>Story</h1>${'<p>The council met on Tuesday and voted on the new budget after a long debate about roads and parks.</p>'.repeat(6)}</article>
      <aside class="newsletter-box">Sign up for our   newsletter (daily)</aside>
      <div class="box">Related: one</div><div class="box">Related: two</div></main></body>`, { url: 'https://news.example/a' }).window.document;

  it('parse with domains, selector and :has-text, marked as allow', () => {
    const parsed = parseRule('news.example#@#div.box:has-text(Related:  two)', probe);
    expect(parsed).toMatchObject({ ok: true, rule: { domains: ['news.example'], selector: 'div.box', hasText: 'related: two', allow: true } });
    expect(parseRule('news.example##.box', probe)).toMatchObject({ ok: true, rule: { allow: false } });
  });

  it('keep a block every signal would hide, and only on their site', () => {
    const doc = page();
    const kinds = () => classify(doc, { url: 'https://news.example/a', rules: parseRules(['news.example#@#aside.newsletter-box'], probe) }).map((b) => b.element.className);
    expect(classify(doc, { url: 'https://news.example/a' }).map((b) => b.element.className)).toContain('newsletter-box');
    expect(kinds()).not.toContain('newsletter-box');
    const elsewhere = classify(doc, { url: 'https://other.example/a', rules: parseRules(['news.example#@#aside.newsletter-box'], probe) });
    expect(elsewhere.map((b) => b.element.className)).toContain('newsletter-box');
  });

  it('win over a hiding rule for the same element, and keep what is inside too', () => {
    const doc = page();
    const rules = parseRules(['##div.box', '##aside span', 'news.example#@#div.box:has-text(Related: two)'], probe);
    const hidden = classify(doc, { url: 'https://news.example/a', rules }).map((b) => b.element.textContent);
    expect(hidden).toContain('Related: one');
    expect(hidden).not.toContain('Related: two');
  });

  it('are made for a hidden block: unique selector alone, else with its first words', () => {
    const doc = page();
    const aside = doc.querySelector('aside')!;
    aside.setAttribute('data-quiet-reader-hidden', '4');
    expect(exceptionRule(aside, 'news.example')).toBe('news.example#@#aside.newsletter-box');
    const two = doc.querySelectorAll('div.box')[1]!;
    const line = exceptionRule(two, 'news.example');
    expect(line).toBe('news.example#@#div.box:has-text(Related: two)');
    const parsed = parseRule(line, probe);
    expect(parsed.ok && matchRule(parsed.rule, doc)).toEqual([two]);
  });

  it('escape odd ids and stop the words before characters that would break :has-text', () => {
    const doc = new JSDOM('<div id="a:b">x</div><p class="n">Hi  you (there) a/b</p><p class="n">other</p>').window.document;
    expect(exceptionRule(doc.getElementById('a:b')!, 's.example')).toBe('s.example#@#div#a\\:b');
    const line = exceptionRule(doc.querySelector('p')!, 's.example');
    expect(line).toBe('s.example#@#p.n:has-text(Hi you)');
    const parsed = parseRule(line, doc);
    expect(parsed.ok && matchRule(parsed.rule, doc)).toEqual([doc.querySelector('p')]);
  });
});
