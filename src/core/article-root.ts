/**
 * Finds the element that holds the article's text, so that cleanup never hides it or anything
 * around it. A site profile or `itemprop=articleBody` names it; otherwise the container that
 * collects the most paragraph text wins (a cheap cousin of Readability's scoring).
 */
import { textPieces, type TextPiece } from './dom';
import type { SiteProfile } from './sites';

const MIN_BLOCK = 25;
const MAX_CREDIT = 800;

function firstMatch(doc: Document, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const found = [...doc.querySelectorAll(selector)].sort(
      (a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0),
    )[0];
    if (found && (found.textContent?.trim().length ?? 0) > 0) return found;
  }
  return null;
}

/** Tags whose own text (text nodes directly inside, as in bodies built of text and <br>s) counts. */
const TEXT_HOLDERS = new Set(['DIV', 'TD', 'SECTION', 'ARTICLE']);

/** Length of the text nodes directly inside each text holder. */
function ownTextLengths(pieces: TextPiece[]): Map<Element, number> {
  const lengths = new Map<Element, number>();
  for (const { parent, text } of pieces) {
    if (TEXT_HOLDERS.has(parent.tagName)) lengths.set(parent, (lengths.get(parent) ?? 0) + text.length);
  }
  return lengths;
}

/** `pieces`: the body's text (textPieces), when the caller has read it already. */
export function findArticleRoot(doc: Document, profile: SiteProfile | null, pieces?: TextPiece[]): Element | null {
  const named = firstMatch(doc, [...(profile?.body ?? []), '[itemprop~="articleBody"]']);
  if (named) return named;
  const body = doc.body;
  if (!body) return null;

  const scores = new Map<Element, number>();
  const credit = (el: Element | null, amount: number): void => {
    if (el && el !== body.parentElement) scores.set(el, (scores.get(el) ?? 0) + amount);
  };
  for (const p of body.querySelectorAll('p, pre, blockquote')) {
    const length = Math.min(p.textContent?.trim().length ?? 0, MAX_CREDIT);
    if (length < MIN_BLOCK) continue;
    credit(p.parentElement, length);
    credit(p.parentElement?.parentElement ?? null, length / 2);
  }
  for (const [div, own] of ownTextLengths(pieces ?? textPieces(body))) {
    const length = Math.min(own, MAX_CREDIT * 4);
    if (length < MIN_BLOCK * 4) continue;
    credit(div, length);
    credit(div.parentElement, length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore && el !== body) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
