/**
 * The background keeps the toolbar badge in step with each tab's hidden count, logs errors the
 * content script caught, and opens the reader tab on the keyboard shortcut. It holds no state of
 * its own and makes no network requests.
 */
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { isBackgroundMessage } from '../shared/messages';
import { openReader } from '../shared/reader-tab';

/** The `commands` entry in manifest.json (default Alt+Shift+R; users can change it in the browser). */
export const OPEN_READER_COMMAND = 'open-reader';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isBackgroundMessage(message)) return undefined;
  const tabId = sender.tab?.id;
  if (message.type === 'qr:error') {
    console.warn(`Quiet Reader content script on ${sender.url ?? 'a page'}: ${message.message}`);
  } else if (tabId !== undefined) {
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f5b' });
    void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
  }
  return undefined;
});

/** The tab the shortcut was pressed in: given by the browser, else the active tab (ids need no permission). */
async function commandTab(tab: Tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  if (command !== OPEN_READER_COMMAND) return;
  commandTab(tab)
    .then((tabId) => (tabId === undefined ? undefined : openReader(browser, tabId)))
    .catch((error: unknown) => console.warn(`Quiet Reader could not open the reader: ${String(error)}`));
});
