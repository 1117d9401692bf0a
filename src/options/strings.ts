/** Every user-visible string of the options page, in one place for localization later. */
import type { ClutterKind } from '../core/types';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const strings = {
  pageTitle: 'Quiet Reader settings',
  defaultSwitch: 'Clean up article pages by default',
  defaultHint: 'Applies to every site you haven’t chosen for yourself below.',
  sitesHeading: 'Sites',
  sitesHint: 'Your choice for a site overrides the default.',
  empty: 'No site settings yet',
  siteSwitchPrefix: 'Clean up on ',
  remove: 'Remove',
  removeLabel: (site: string): string => `Remove ${site}`,
  on: 'On',
  off: 'Off',
  siteSaved: (site: string, on: boolean): string =>
    on ? `Clean-up turned on for ${site}` : `Clean-up turned off for ${site}`,
  defaultSaved: (on: boolean): string => (on ? 'Clean-up is on by default' : 'Clean-up is off by default'),
  removed: (site: string): string => `Removed ${site}; it follows the default now`,
  saveFailed: (message: string): string => `Couldn't save: ${message}`,
  quotaFailed: (detail: string): string =>
    `Couldn't save: your settings are larger than the browser's sync storage allows (${detail}). ` +
    'Remove some rules or sites and try again.',
  loadFailed: (message: string): string => `Couldn't load settings: ${message}`,

  rulesHeading: 'Your rules',
  rulesHint: 'Hide more parts of pages with element-hiding rules in uBlock Origin syntax.',
  ruleLabel: 'Rule',
  ruleExample: 'For example example.com##.promo on one site, or ##.box:has-text(Sale) on every site.',
  kindLabel: 'Hides',
  addRule: 'Add',
  kinds: {
    related: 'Related links',
    promo: 'Promotion',
    donation: 'Donation appeal',
    newsletter: 'Newsletter sign-up',
    share: 'Share buttons',
    ad: 'Ad',
    overlay: 'Overlay',
    other: 'Other',
  } satisfies Record<ClutterKind, string>,
  ruleEmpty: 'Type a rule first, for example ##.promo-box.',
  ruleInvalid: (error: string): string => `This rule isn't valid: ${error}.`,
  ruleDuplicate: 'That rule is already in your list.',
  ruleAdded: (line: string): string => `Added rule ${line}`,
  ruleRemoved: (line: string): string => `Removed rule ${line}`,
  rulesEmpty: 'No rules yet',
  allSites: 'All sites',
  invalidRules: 'Not valid (ignored)',
  removeRuleLabel: (line: string): string => `Remove rule ${line}`,

  transferHeading: 'Back up and restore',
  transferHint: 'Save all settings and rules to a file, or load them from one. Importing replaces your current settings.',
  exportSettings: 'Export settings',
  importSettings: 'Import settings…',
  exported: 'Settings exported to quiet-reader-settings.json',
  importFailed: (message: string): string => `Couldn't import: ${message}`,
  importBadRule: (index: number, line: string, error: string): string =>
    `rule ${index} “${line}” isn't valid: ${error}`,
  imported: (sites: number, rules: number): string =>
    `Imported ${plural(sites, 'site', 'sites')} and ${plural(rules, 'rule', 'rules')}`,
} as const;
