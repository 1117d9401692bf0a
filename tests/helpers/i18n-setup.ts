/** Unit tests run the UI in English: pages read their text through `chrome.i18n`, as in Chrome. */
import { fakeI18n } from './i18n';

(globalThis as { chrome?: unknown }).chrome = { i18n: fakeI18n('en') };
