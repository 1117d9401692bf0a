/**
 * Is this page an article? A known site profile's article path says yes outright; otherwise
 * logistic scores over cheap DOM signals with weights learned on real pages (weights.ts,
 * `npm run train:detect`), in two stages: structure signals (metadata, URL, element counts; no
 * text read) decide when their score is clear of the margin; on the unsure rest the text signals
 * (see signals.ts) add their evidence to that score. The reasons name the page's metadata and the signals that
 * weighed most either way.
 */
import { ldTypes, readMetadata, ARTICLE_TYPES, PUBLISHED_TIME, type PageMetadata } from '../metadata';
import { profileFor } from '../sites';
import type { Detection } from '../types';
import { structureSignals, textSignals } from './signals';
import { STRUCTURE_BIAS, STRUCTURE_MARGIN, STRUCTURE_WEIGHTS, TEXT_BIAS, TEXT_WEIGHTS } from './weights';

const STRONGEST = 4;

function metadataReasons(metadata: PageMetadata): string[] {
  const reasons: string[] = [];
  const type = metadata.ld.flatMap(ldTypes).find((t) => ARTICLE_TYPES.test(t));
  if (type) reasons.push(`schema.org ${type} (JSON-LD)`);
  const ogType = metadata.meta('og:type');
  if (ogType) reasons.push(`og:type ${ogType.toLowerCase()}`);
  if (metadata.meta(PUBLISHED_TIME)) reasons.push(PUBLISHED_TIME);
  return reasons;
}

function profileReason(url: string): { reason: string | null; article: boolean } {
  const profile = profileFor(url);
  if (!profile) return { reason: null, article: false };
  let path = '';
  try {
    const { pathname, search } = new URL(url);
    path = pathname + search;
  } catch {
    // Not a URL: the profile's article path cannot match.
  }
  const article = profile.articlePath.test(path);
  return { reason: `site profile ${profile.name}${article ? ' article path' : ''}`, article };
}

interface Term {
  name: string;
  value: number;
}

/** Each signal times its weight (weights in the signals' order). */
function termsOf(signals: Record<string, number>, weights: readonly number[]): Term[] {
  return Object.entries(signals).map(([name, value], i) => ({ name, value: (weights[i] ?? 0) * value }));
}

function sum(terms: Term[], bias: number): number {
  return terms.reduce((total, term) => total + term.value, bias);
}

/** The score and the terms that weighed most either way. */
function explain(score: number, terms: Term[]): string {
  const strongest = terms
    .filter((term) => term.value !== 0)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, STRONGEST)
    .map((term) => `${term.name} ${term.value > 0 ? '+' : ''}${term.value.toFixed(2)}`);
  return `score ${score.toFixed(2)} (${strongest.join(', ')})`;
}

export function detect(doc: Document, url: string): Detection {
  const metadata = readMetadata(doc);
  const reasons = metadataReasons(metadata);
  const profile = profileReason(url);
  if (profile.reason) reasons.push(profile.reason);

  let terms = termsOf(structureSignals(doc, url, metadata), STRUCTURE_WEIGHTS);
  let score = sum(terms, STRUCTURE_BIAS);
  if (Math.abs(score) > STRUCTURE_MARGIN) reasons.push('decided on structure alone');
  else {
    const textTerms = termsOf(textSignals(doc), TEXT_WEIGHTS);
    score = sum(textTerms, score + TEXT_BIAS);
    terms = [...terms, ...textTerms];
  }
  // Metadata alone does not make an article of a page whose body holds no element (or that has
  // no body at all): there is nothing to clean, nor any text to show.
  const empty = !doc.body?.children.length;
  reasons.push(empty ? 'empty body' : explain(score, terms));
  return { isArticle: !empty && (profile.article || score > 0), reasons };
}
