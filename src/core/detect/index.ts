/**
 * Is this page an article? Cheap signals only, since it runs on every page load:
 * publisher metadata first (schema.org type in JSON-LD or microdata, og:type, published time),
 * a known site profile, then Readability's isProbablyReaderable as the fallback judge.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { jsonLd, ldArticle, ldTypes, meta, ARTICLE_TYPES } from './metadata';
import { profileFor } from './sites';
import type { Detection } from './types';

/** Page types that say "not an article" even when the page has long text. */
const NON_ARTICLE_TYPES = new Set([
  'Product', 'ProductGroup', 'CollectionPage', 'ItemList', 'SearchResultsPage', 'FAQPage', 'QAPage',
  'DiscussionForumPosting', 'ProfilePage', 'Recipe', 'Event', 'JobPosting', 'SoftwareApplication',
]);

function microdataTypes(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[itemscope][itemtype]'))
    .flatMap((el) => (el.getAttribute('itemtype') ?? '').split(/\s+/))
    .map((url) => url.replace(/^https?:\/\/schema\.org\//, ''))
    .filter(Boolean);
}

export function detect(doc: Document, url: string): Detection {
  const reasons: string[] = [];
  const ld = jsonLd(doc);
  const types = [...ld.flatMap(ldTypes), ...microdataTypes(doc)];
  const articleType = types.find((t) => ARTICLE_TYPES.has(t));
  const otherType = types.find((t) => NON_ARTICLE_TYPES.has(t));
  if (articleType) reasons.push(`schema.org ${articleType}${ldArticle(ld) ? ' (JSON-LD)' : ' (microdata)'}`);
  if (otherType) reasons.push(`schema.org ${otherType}`);

  const ogType = meta(doc, 'og:type')?.toLowerCase() ?? null;
  if (ogType) reasons.push(`og:type ${ogType}`);
  const published = meta(doc, 'article:published_time');
  if (published) reasons.push('article:published_time');

  const profile = profileFor(url);
  let path = '';
  try {
    path = new URL(url).pathname + new URL(url).search;
  } catch {
    // Not a URL: no site profile can apply.
  }
  const profileArticle = profile !== null && profile.articlePath.test(path);
  if (profile) reasons.push(`site profile ${profile.name}${profileArticle ? ' article path' : ''}`);

  const readerable = doc.body ? isProbablyReaderable(doc) : false;
  reasons.push(readerable ? 'probably readerable' : 'not readerable');

  const claimsArticle = Boolean(articleType) || ogType === 'article' || published !== null || profileArticle;
  const isArticle = profileArticle || (claimsArticle && !otherType && readerable);
  return { isArticle, reasons };
}
