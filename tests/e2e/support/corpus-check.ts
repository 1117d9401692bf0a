/** The in-page check for a corpus page: hidden blocks really hidden, article snippets still visible. */

export interface CorpusCheck {
  markers: number;
  markersShown: number;
  snippets: number;
  /** Snippets in the page's text at all. */
  present: number;
  /** Present but not in the rendered text (innerText). */
  invisible: number;
  /** Invisible and inside a block we hid: our fault. */
  lostToUs: string[];
  scrollLock: string | null;
}

/** Runs in the page. Keep it self-contained: it is serialized. */
export function checkCorpusPage(snippets: string[]): CorpusCheck {
  const fold = (text: string): string =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\s\u00a0\u200b-\u200d\ufeff]+/g, '');
  const hidden = Array.from(document.querySelectorAll('[data-quiet-reader-hidden]'));
  const hiddenTexts = hidden.map((el) => fold(el.textContent ?? ''));
  const visible = fold(document.body?.innerText ?? '');
  const all = fold(document.body?.textContent ?? '');
  let present = 0;
  let invisible = 0;
  const lostToUs: string[] = [];
  for (const snippet of snippets) {
    const s = fold(snippet);
    if (!s || !all.includes(s)) continue;
    present++;
    if (visible.includes(s)) continue;
    invisible++;
    if (hiddenTexts.some((text) => text.includes(s))) lostToUs.push(snippet);
  }
  const root = document.documentElement;
  const locks: string[] = [];
  for (const [label, el] of [['html', root], ['body', document.body]] as const) {
    if (!el) continue;
    const style = getComputedStyle(el);
    if (style.overflowY === 'hidden' || style.overflow === 'hidden') locks.push(`${label} overflow hidden`);
    if (style.position === 'fixed') locks.push(`${label} position fixed`);
  }
  return {
    markers: hidden.length,
    markersShown: hidden.filter((el) => getComputedStyle(el).display !== 'none').length,
    snippets: snippets.length,
    present,
    invisible,
    lostToUs,
    scrollLock: locks.length > 0 ? locks.join(', ') : null,
  };
}
