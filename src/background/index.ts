/**
 * The background keeps the toolbar badge in step with each tab's hidden count and logs errors
 * the content script caught. It holds no state of its own and makes no network requests.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isBackgroundMessage } from '../shared/messages';

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
