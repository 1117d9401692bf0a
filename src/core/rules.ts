/**
 * Element-hiding rules in uBlock Origin's cosmetic syntax, shared by built-in site profiles and
 * the user's own rules:
 *
 *   example.com,news.example.org##.promo     hide `.promo` on those sites (and their subdomains)
 *   ##.newsletter-box                        hide on every site
 *   ##aside:has-text(Related Content)        only elements whose text contains the phrase
 *   ##div:has-text(/dear reader/i)           … or matches the regular expression
 *
 *   example.com#@#.newsletter-box            an exception: never hide `.newsletter-box` there, by
 *                                            any rule or signal ("this isn't clutter" in the popup)
 *
 * A rule may carry the clutter kind it hides as a trailing comment: `##.OUTBRAIN ! related`.
 * `:has-text()` compares text with runs of whitespace collapsed, case-insensitively.
 */
import { collapse } from './text';
import { CLUTTER_KINDS, type ClutterKind } from './types';

export interface Rule {
  /** Hosts it applies to (subdomains included); empty means every site. */
  domains: string[];
  selector: string;
  /** Text the element must contain (case-folded) or match. */
  hasText: string | RegExp | null;
  kind: ClutterKind;
  /** An exception (`#@#`): what it matches is never clutter. */
  allow: boolean;
  /** The rule as written, for the evidence list. */
  source: string;
}

/** Why a line is not a valid rule. */
export type RuleProblem = 'kind' | 'syntax' | 'domain' | 'regex' | 'selector';

export interface RuleFailure {
  ok: false;
  problem: RuleProblem;
  /** The unknown kind, or the bad selector; '' for the other problems. */
  detail: string;
  source: string;
}

export type ParsedRule = { ok: true; rule: Rule } | RuleFailure;

/**
 * A rejected rule's problem in words, e.g. `bad selector "div["`. Apart from parseRule so that the
 * content script, which only skips bad rules, carries none of the wording (the options page shows it).
 */
export function ruleError({ problem, detail }: Pick<RuleFailure, 'problem' | 'detail'>): string {
  switch (problem) {
    case 'kind':
      return `unknown kind "${detail}"`;
    case 'syntax':
      return 'not an element-hiding rule (expected "##" or "#@#")';
    case 'domain':
      return 'bad domain';
    case 'regex':
      return 'bad :has-text() regular expression';
    case 'selector':
      return `bad selector "${detail}"`;
  }
}

const HAS_TEXT = /:has-text\((.+)\)$/;

function parseHasText(arg: string): string | RegExp {
  const regex = /^\/(.+)\/([imsu]*)$/.exec(arg);
  return regex ? new RegExp(regex[1]!, regex[2]!.includes('i') ? regex[2] : `${regex[2]}i`) : collapse(arg).toLowerCase();
}

/** A selector the DOM accepts; checked against a throwaway fragment, no page needed. */
function validSelector(selector: string, probe: ParentNode): boolean {
  try {
    probe.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function parseRule(line: string, probe: ParentNode, defaultKind: ClutterKind = 'other'): ParsedRule {
  const source = line.trim();
  const fail = (problem: RuleProblem, detail = ''): ParsedRule => ({ ok: false, problem, detail, source });
  const [body = '', comment = ''] = source.split(/\s+!\s*/, 2);
  const kind = comment === '' ? defaultKind : (CLUTTER_KINDS.find((k) => k === comment.trim()) ?? null);
  if (kind === null) return fail('kind', comment.trim());
  const allow = body.includes('#@#');
  const at = allow ? body.indexOf('#@#') : body.indexOf('##');
  if (at < 0) return fail('syntax');
  const domains = body
    .slice(0, at)
    .split(',')
    .map((d) => d.trim().toLowerCase().replace(/^www\./, ''))
    .filter((d) => d !== '');
  if (domains.some((d) => !/^[a-z0-9.-]+$/.test(d))) return fail('domain');
  let selector = body.slice(at + (allow ? 3 : 2)).trim();
  let hasText: string | RegExp | null = null;
  const text = HAS_TEXT.exec(selector);
  if (text) {
    try {
      hasText = parseHasText(text[1]!);
    } catch {
      return fail('regex');
    }
    selector = selector.slice(0, text.index) || '*';
  }
  if (selector === '' || !validSelector(selector, probe)) return fail('selector', selector);
  return { ok: true, rule: { domains, selector, hasText, kind, allow, source } };
}

export function appliesTo(rule: Rule, host: string | null): boolean {
  if (rule.domains.length === 0) return true;
  if (host === null) return false;
  return rule.domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Elements of `root` the rule hides. */
export function matchRule(rule: Rule, root: ParentNode): Element[] {
  let elements: Element[];
  try {
    elements = [...root.querySelectorAll(rule.selector)];
  } catch {
    return [];
  }
  const { hasText } = rule;
  if (hasText === null) return elements;
  return elements.filter((el) => {
    const text = el.textContent ?? '';
    return typeof hasText === 'string' ? collapse(text).toLowerCase().includes(hasText) : hasText.test(text);
  });
}

/** The valid rules among the user's lines; invalid ones are skipped (the options page reports them). */
export function parseRules(lines: readonly string[], probe: ParentNode): Rule[] {
  return lines.flatMap((line) => {
    const parsed = parseRule(line, probe);
    return parsed.ok ? [parsed.rule] : [];
  });
}

/** Characters that would end `:has-text(…)` early, start a kind comment, or read as a regular expression. */
const UNSAFE_TEXT = /[()/\\!]/;

/** A CSS selector for `el` from its tag, id and classes (our own marker attribute left out). */
function selectorOf(el: Element): string {
  const css = (value: string): string => value.replace(/[^\w-]/g, (ch) => `\\${ch}`);
  if (el.id) return `${el.localName}#${css(el.id)}`;
  return el.localName + Array.from(el.classList, (name) => `.${css(name)}`).join('');
}

/**
 * The exception rule that keeps `el` from being hidden again on `site` ("this isn't clutter"):
 * `site#@#selector`, plus `:has-text(first words)` when the selector alone matches other elements.
 */
export function exceptionRule(el: Element, site: string): string {
  const selector = selectorOf(el);
  const doc = el.ownerDocument;
  if (doc.querySelectorAll(selector).length <= 1) return `${site}#@#${selector}`;
  // The words before any unsafe character, so the phrase is still part of the block's text.
  const words = collapse(collapse(el.textContent ?? '').split(UNSAFE_TEXT)[0] ?? '').split(' ').slice(0, 8).join(' ');
  return words ? `${site}#@#${selector}:has-text(${words})` : `${site}#@#${selector}`;
}
