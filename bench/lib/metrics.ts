/**
 * The article-extraction-benchmark metric: 4-token shingles counted as multisets.
 * Tokens are runs of Unicode word characters (letters, digits, underscore).
 */
import { fold } from '../../src/core/text';

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string, size = 4): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  // Texts shorter than one shingle count as a single shingle of what they have.
  const last = words.length >= size ? words.length - size : words.length > 0 ? 0 : -1;
  for (let i = 0; i <= last; i++) {
    const key = words.slice(i, i + size).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** TP = Σ min(true, predicted), FP = predicted excess, FN = missing; scaled to sum to 1. */
export function shingleCounts(truth: string, predicted: string): ShingleCounts {
  const want = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of got) {
    const t = want.get(key) ?? 0;
    tp += Math.min(n, t);
    fp += Math.max(0, n - t);
  }
  for (const [key, t] of want) fn += Math.max(0, t - (got.get(key) ?? 0));
  const total = tp + fp + fn;
  return total === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / total, fp: fp / total, fn: fn / total };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Means over pages: P over pages with TP+FP>0, R over pages with TP+FN>0; both empty counts as perfect. */
export function meanPRF(pages: ShingleCounts[]): PRF {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const { tp, fp, fn } of pages) {
    if (tp + fp + fn === 0) {
      ps.push(1);
      rs.push(1);
      continue;
    }
    if (tp + fp > 0) ps.push(tp / (tp + fp));
    if (tp + fn > 0) rs.push(tp / (tp + fn));
  }
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function f1Of(truth: string, predicted: string): number {
  return meanPRF([shingleCounts(truth, predicted)]).f1;
}

/** Typographic quotes and dashes as their ASCII forms. */
const TYPOGRAPHY: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-' };

/**
 * `fold` plus typographic quotes and dashes folded to ASCII. Only for a diagnostic row: WCXB's
 * snippets straighten the page's curly quotes on about half the pages that have them, and
 * nothing on a page tells which half, so the metric folds case and whitespace only.
 */
export function foldTypography(text: string): string {
  return fold(text).replace(/[‘’“”–—]/g, (ch) => TYPOGRAPHY[ch] ?? ch);
}

/** Share of snippets found in a text, case- and whitespace-folded (or as `normalize` says). */
export function snippetRate(snippets: string[], text: string, normalize: (text: string) => string = fold): number | null {
  if (snippets.length === 0) return null;
  const haystack = normalize(text);
  return snippets.filter((s) => haystack.includes(normalize(s))).length / snippets.length;
}

/**
 * Share of the truth's text found in `text`, in 4-token shingles (lower-cased, as multisets):
 * Σ min(count in truth, count in text) / truth shingle count. Shingles rather than single
 * tokens, so that common words in hidden menus do not count as hidden article text.
 * Null when the truth has no tokens.
 */
export function containedShare(truth: string, text: string): number | null {
  const want = shingles(truth.toLowerCase());
  const total = [...want.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const have = shingles(text.toLowerCase());
  let found = 0;
  for (const [key, n] of want) found += Math.min(n, have.get(key) ?? 0);
  return found / total;
}

/**
 * Folded past any layout: lower case, no whitespace at all, and none of the Markdown WCXB writes
 * into its snippets (list markers, table pipes), which a page's text does not hold.
 */
function squeeze(text: string, normalize: (text: string) => string = (t) => t): string {
  const plain = text.replace(/(^|\n)\s*(?:[-*•]|\d+[.)])\s+/g, '$1').replace(/\|/g, ' ');
  return normalize(plain).toLowerCase().replace(/\s+/g, '');
}

/**
 * Everything a page holds as text, squeezed: its whole text (head and scripts included) and every
 * attribute value. What is not in here no extractor that shows the page's own text can show.
 */
export function pageHaystack(doc: Document, normalize?: (text: string) => string): string {
  const parts = [doc.documentElement?.textContent ?? ''];
  for (const el of doc.querySelectorAll('*')) for (const name of el.getAttributeNames()) parts.push(el.getAttribute(name) ?? '');
  return squeeze(parts.join('\n'), normalize);
}

/**
 * The upper bound of the with-rate on a page: the share of snippets the page holds at all.
 * `normalize` as for snippetRate, and the same the haystack was made with.
 */
export function reachableRate(snippets: string[], haystack: string, normalize?: (text: string) => string): number | null {
  if (snippets.length === 0) return null;
  return snippets.filter((s) => haystack.includes(squeeze(s, normalize))).length / snippets.length;
}

/** Can a title taken from the page equal the truth's? Only if the page holds it somewhere. */
export function reachableTitle(title: string | null, haystack: string): boolean | null {
  return title === null ? null : haystack.includes(squeeze(title));
}
