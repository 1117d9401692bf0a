/** The "Your rules" section: checking a typed rule, and the grouped rule list. Pure DOM, no browser APIs. */
import { parseRule, ruleError } from '../core/rules';
import type { ClutterKind } from '../core/types';
import { MAX_RULE_LENGTH } from '../shared/settings';
import { strings } from './strings';

/** The kind select's order: the most common user additions first, "other" (the default) last. */
export const KIND_ORDER = [
  'related', 'promo', 'donation', 'newsletter', 'share', 'ad', 'overlay', 'other',
] as const satisfies readonly ClutterKind[];

export type PreparedRule = { ok: true; line: string } | { ok: false; error: string };

/**
 * Turn what the user typed into the line to store: trimmed, with ` ! kind` appended unless the
 * line already names a kind, and checked with `parseRule` against `probe` (the options document).
 */
export function prepareRule(input: string, kind: ClutterKind, probe: ParentNode): PreparedRule {
  const typed = input.trim();
  if (typed === '') return { ok: false, error: strings.ruleEmpty };
  // Split exactly as parseRule does, so "has a kind" means the same thing to both.
  const [body = '', comment = ''] = typed.split(/\s+!\s*/, 2);
  const line = comment.trim() === '' ? `${body.trim()} ! ${kind}` : typed;
  if (line.length > MAX_RULE_LENGTH) {
    return { ok: false, error: strings.ruleInvalid(`it is longer than ${MAX_RULE_LENGTH} characters`) };
  }
  const parsed = parseRule(line, probe, kind);
  if (!parsed.ok) return { ok: false, error: strings.ruleInvalid(ruleError(parsed)) };
  return { ok: true, line: parsed.rule.source };
}

/** The first rule line `parseRule` rejects, as a message naming it (1-based), or null if all parse. */
export function firstBadRule(rules: readonly string[], probe: ParentNode): string | null {
  for (const [index, line] of rules.entries()) {
    const parsed = parseRule(line, probe);
    if (!parsed.ok) return strings.importBadRule(index + 1, line, ruleError(parsed));
  }
  return null;
}

export interface RuleGroup {
  /** "All sites", the rule's sites ("a.com, b.com"), or the not-valid group. */
  label: string;
  rules: { line: string; error: string | null }[];
}

const ALL = '';
const INVALID = '\u0000invalid';

/** Rules grouped by the sites they apply to: "All sites" first, then by site name, not-valid last. */
export function groupRules(rules: readonly string[], probe: ParentNode): RuleGroup[] {
  const groups = new Map<string, RuleGroup['rules']>();
  for (const line of rules) {
    const parsed = parseRule(line, probe);
    const key = parsed.ok ? parsed.rule.domains.join(', ') : INVALID;
    const group = groups.get(key) ?? [];
    group.push({ line, error: parsed.ok ? null : ruleError(parsed) });
    groups.set(key, group);
  }
  const rank = (key: string): number => (key === ALL ? 0 : key === INVALID ? 2 : 1);
  return Array.from(groups.keys())
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((key) => ({
      label: key === ALL ? strings.allSites : key === INVALID ? strings.invalidRules : key,
      rules: groups.get(key) ?? [],
    }));
}

/** Flat order of rules as rendered (for moving focus after a removal). */
export function renderedOrder(groups: readonly RuleGroup[]): string[] {
  return groups.flatMap((group) => group.rules.map((rule) => rule.line));
}

/** Headed groups of rules, each with a Remove button; or the empty-state paragraph. */
export function renderRuleList(
  doc: Document,
  groups: readonly RuleGroup[],
  handlers: { remove(line: string): void },
): HTMLElement {
  if (groups.length === 0) {
    const empty = doc.createElement('p');
    empty.className = 'qr-empty';
    empty.textContent = strings.rulesEmpty;
    return empty;
  }
  const container = doc.createElement('div');
  container.className = 'qr-rule-groups';
  groups.forEach((group, groupIndex) => {
    const heading = doc.createElement('h3');
    heading.className = 'qr-rule-group-heading';
    heading.id = `qr-rule-group-${groupIndex}`;
    heading.textContent = group.label;
    const list = doc.createElement('ul');
    list.className = 'qr-rules';
    list.setAttribute('aria-labelledby', heading.id);
    for (const { line, error } of group.rules) {
      const li = doc.createElement('li');
      li.className = 'qr-rule';
      li.dataset.rule = line;
      const text = doc.createElement('div');
      text.className = 'qr-rule-text';
      const code = doc.createElement('code');
      code.className = 'qr-rule-source';
      code.textContent = line;
      text.append(code);
      if (error !== null) {
        const note = doc.createElement('span');
        note.className = 'qr-rule-note';
        note.textContent = error;
        text.append(note);
      }
      const remove = doc.createElement('button');
      remove.type = 'button';
      remove.className = 'qr-button qr-remove';
      remove.textContent = strings.remove;
      remove.setAttribute('aria-label', strings.removeRuleLabel(line));
      remove.addEventListener('click', () => handlers.remove(line));
      li.append(text, remove);
      list.append(li);
    }
    container.append(heading, list);
  });
  return container;
}
