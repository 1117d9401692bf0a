/**
 * Is this page an article? A known site profile's article path says yes outright; otherwise a
 * logistic score over cheap DOM signals (publisher metadata, URL shape, page shape — see
 * signals.ts) with weights learned on real pages (weights.ts, `npm run train:detect`).
 * The reasons name the page's metadata and the signals that weighed most either way.
 */
import { jsonLd, ldArticle, ldTypes, meta, ARTICLE_TYPES, type JsonLdNode } from '../metadata';
import { profileFor } from '../sites';
import type { Detection } from '../types';
import { pageSignals } from './signals';
import { BIAS, WEIGHTS } from './weights';

const STRONGEST = 4;

function metadataReasons(doc: Document, ld: JsonLdNode[]): string[] {
  const reasons: string[] = [];
  const type = ld.flatMap(ldTypes).find((t) => ARTICLE_TYPES.has(t));
  if (type) reasons.push(`schema.org ${type}${ldArticle(ld) ? ' (JSON-LD)' : ''}`);
  const ogType = meta(doc, 'og:type');
  if (ogType) reasons.push(`og:type ${ogType.toLowerCase()}`);
  if (meta(doc, 'article:published_time')) reasons.push('article:published_time');
  return reasons;
}

function profileReason(url: string): { reason: string | null; article: boolean } {
  const profile = profileFor(url);
  if (!profile) return { reason: null, article: false };
  let path = '';
  try {
    path = new URL(url).pathname + new URL(url).search;
  } catch {
    // Not a URL: the profile's article path cannot match.
  }
  const article = profile.articlePath.test(path);
  return { reason: `site profile ${profile.name}${article ? ' article path' : ''}`, article };
}

export function detect(doc: Document, url: string): Detection {
  const ld = jsonLd(doc);
  const reasons = metadataReasons(doc, ld);
  const profile = profileReason(url);
  if (profile.reason) reasons.push(profile.reason);

  const signals = pageSignals(doc, url, ld);
  const contributions = Object.entries(signals).map(([name, value], i) => ({ name, value: (WEIGHTS[i] ?? 0) * value }));
  const score = contributions.reduce((sum, c) => sum + c.value, BIAS);
  const strongest = contributions
    .filter((c) => c.value !== 0)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, STRONGEST)
    .map((c) => `${c.name} ${c.value > 0 ? '+' : ''}${c.value.toFixed(2)}`);
  reasons.push(`score ${score.toFixed(2)} (${strongest.join(', ')})`);
  return { isArticle: profile.article || score > 0, reasons };
}
