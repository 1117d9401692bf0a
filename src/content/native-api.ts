/**
 * The browser's own promise-based extension API — Firefox's `browser`, Chrome MV3's `chrome` —
 * typed like webextension-polyfill. The content script runs on every page, and the polyfill
 * would be a third of its bundle; what it uses (storage, runtime.sendMessage, onMessage answered
 * with sendResponse) works natively in both browsers. The extension pages keep the polyfill.
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };

// Chrome has no `browser` of its own, so a page element with id="browser" can stand in that name
// (named access on window): only an object with `runtime` is the API.
export const browser: Browser = scope.browser?.runtime ? scope.browser : scope.chrome!;
