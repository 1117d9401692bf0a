/** Every user-visible string of the options page, in one place for localization later. */
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
  loadFailed: (message: string): string => `Couldn't load settings: ${message}`,
} as const;
