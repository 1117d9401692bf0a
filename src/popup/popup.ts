/** The toolbar popup: the article view plus a button that opens the same article in the reader tab. */
import browser from 'webextension-polyfill';
import { openReader } from '../shared/reader-tab';
import { announce, startArticleView } from './article-view';
import { errorMessage } from './format';
import { strings } from './strings';

const readerButton = document.getElementById('qr-open-reader');
if (!(readerButton instanceof HTMLButtonElement)) throw new Error('popup.html is missing #qr-open-reader');
readerButton.textContent = strings.openReader;

startArticleView({
  onArticle: ({ tabId }) => {
    readerButton.hidden = false;
    readerButton.addEventListener('click', () => {
      openReader(browser, tabId).then(
        // A popup closes itself; popup.html opened as a tab (tests, ?tab=) stays.
        () => (document.documentElement.classList.contains('qr-in-tab') ? undefined : window.close()),
        (error: unknown) => announce(errorMessage(error)),
      );
    });
  },
});
