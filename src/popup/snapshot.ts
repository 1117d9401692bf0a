/** Turns a page snapshot into an inert Document that resolves relative URLs against the page. */

/**
 * Parse the page's serialized html. DOMParser documents are inert (no scripts run, nothing loads);
 * their base URL would be the popup's, so a `<base>` pointing at the page is set first.
 */
export function snapshotDocument(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  setBase(doc, url);
  return doc;
}

function setBase(doc: Document, url: string): void {
  let pageUrl: URL;
  try {
    pageUrl = new URL(url);
  } catch {
    return;
  }
  const existing = doc.querySelector('base[href]');
  if (existing) {
    // A relative <base href> would otherwise resolve against the popup's own URL.
    try {
      existing.setAttribute('href', new URL(existing.getAttribute('href') ?? '', pageUrl).href);
      return;
    } catch {
      existing.remove();
    }
  }
  const base = doc.createElement('base');
  base.setAttribute('href', pageUrl.href);
  const head = doc.head ?? doc.documentElement.insertBefore(doc.createElement('head'), doc.body);
  head.insertBefore(base, head.firstChild);
}
