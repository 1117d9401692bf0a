/** The registry of built-in site profiles. Adding a site means adding a file and a line here. */
import { parseRule, type Rule } from '../rules';
import { jpost } from './jpost';
import type { SiteProfile } from './profile';

export type { SiteProfile } from './profile';

export const SITE_PROFILES: readonly SiteProfile[] = [jpost];

export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function profileFor(url: string | undefined): SiteProfile | null {
  const host = hostOf(url);
  if (host === null) return null;
  return SITE_PROFILES.find((p) => p.domains.some((d) => host === d || host.endsWith(`.${d}`))) ?? null;
}

const parsedRules = new WeakMap<SiteProfile, Rule[]>();

/** A profile's `hide` lists as parsed rules, scoped to the profile's domains. Parsed once. */
export function profileRules(profile: SiteProfile, probe: ParentNode): Rule[] {
  const cached = parsedRules.get(profile);
  if (cached) return cached;
  const rules: Rule[] = [];
  for (const [kind, lines] of Object.entries(profile.hide)) {
    for (const line of lines ?? []) {
      const parsed = parseRule(`${profile.domains.join(',')}${line}`, probe, kind as Rule['kind']);
      if (parsed.ok) rules.push(parsed.rule);
    }
  }
  parsedRules.set(profile, rules);
  return rules;
}
