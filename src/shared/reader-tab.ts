/** Opening the reader tab, from the popup's button and from the keyboard shortcut (background). */
import type { Browser } from 'webextension-polyfill';

/** The reader page for a tab: it asks that tab's content script for the article, as the popup does. */
export function readerPath(tabId: number): string {
  return `reader.html?tab=${tabId}`;
}

/** Open the reader next to the page. Extension pages need no permission to be opened in a tab. */
export async function openReader(browser: Pick<Browser, 'tabs' | 'runtime'>, tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(readerPath(tabId)), openerTabId: tabId });
}
