/** The reader's export buttons: clipboard, a Blob download (no `downloads` permission) and print. */
import { articleToHtmlFile, articleToMarkdown, articleToText, htmlFileName } from '../core/export';
import type { ArticleContext } from '../popup/article-view';
import { errorMessage } from '../popup/format';
import { strings } from './strings';

function download(doc: Document, name: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copy(text: string, announce: (message: string) => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(strings.copied);
  } catch (error) {
    announce(strings.copyFailed(errorMessage(error)));
  }
}

function button(doc: Document, id: string, label: string, onClick: () => void): void {
  const node = doc.getElementById(id);
  if (!(node instanceof HTMLButtonElement)) throw new Error(`reader.html is missing #${id}`);
  node.textContent = label;
  node.addEventListener('click', onClick);
}

/** Wire the export buttons to the rendered article and show them. */
export function setUpExports(doc: Document, { article, url }: ArticleContext, announce: (message: string) => void): void {
  const win = window;
  button(doc, 'qr-copy-markdown', strings.copyMarkdown, () => void copy(articleToMarkdown(article, url, win), announce));
  button(doc, 'qr-copy-text', strings.copyText, () => void copy(articleToText(article, url), announce));
  button(doc, 'qr-save-html', strings.saveHtml, () => {
    const name = htmlFileName(article.title);
    download(doc, name, articleToHtmlFile(article, url, win), 'text/html');
    announce(strings.saved(name));
  });
  button(doc, 'qr-print', strings.print, () => win.print());
  doc.getElementById('qr-actions')?.removeAttribute('hidden');
}
