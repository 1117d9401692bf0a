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

/** From one of our own pages (popup, reader, options), not a content script in a web page. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('')) ?? false;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isBackgroundMessage(message)) return undefined;
  const tabId = sender.tab?.id;
  if (message.type === 'qr:command') {
    if (fromExtensionPage(sender)) return onCommand(message.command, { id: message.tabId });
  } else if (message.type === 'qr:error') {
    console.warn(`Quiet Reader content script on ${sender.url ?? 'a page'}: ${message.message}`);
  } else if (tabId !== undefined) {
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f5b' });
    void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
  }
  return undefined;
});

/** The tab the shortcut was pressed in: given by the browser, else the active tab (ids need no permission). */
async function commandTab(tab: Pick<Tabs.Tab, 'id'> | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/** A keyboard shortcut from manifest.json's `commands`. */
async function onCommand(command: string, tab?: Pick<Tabs.Tab, 'id'>): Promise<void> {
  if (command !== OPEN_READER_COMMAND) return;
  try {
    const tabId = await commandTab(tab);
    if (tabId !== undefined) await openReader(browser, tabId);
  } catch (error) {
    console.warn(`Quiet Reader could not open the reader: ${String(error)}`);
  }
}

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => void onCommand(command, tab));
