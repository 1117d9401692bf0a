/**
 * Finds the clutter around (and inside) an article. Four kinds of evidence, strongest first:
 *
 *  1. rules: the site's profile and the user's own element-hiding rules;
 *  2. attribute tokens: class / id / data-* / aria-label naming a kind (`ad-slot`, `share-bar`);
 *  3. labels: a short text that names the block ("Related Content", "Advertisement");
 *  4. appeals: sentences only a nag says ("be our partner", "$5 a month").
 *
 * Every candidate then passes the same guards: it never is or contains the article body, and
 * inside the body it must be small and, for appeals alone, said twice. Only outermost blocks
 * are returned, in document order.
 */
import { findArticleRoot } from './article-root';
import { containsOrIs, has, isFloating, linkDensity, NON_CONTENT_TAGS, textPieces, TextLengths, type TextPiece } from './dom';
import { appliesTo, matchRule, type Rule } from './rules';
import { matchElement } from './signals/tokens';
import { appealsIn, matchLabel, type Appeal } from './signals/phrases';
import { hostOf, profileFor, profileRules } from './sites';
import type { ClutterBlock, ClutterKind } from './types';

export interface ClassifyOptions {
  /** The page's URL: selects the site profile and the rules that apply. */
  url?: string;
  /** The user's own rules, on top of the site profile. */
  rules?: Rule[];
  /** Look only inside this element and treat all of it as article (used on extracted html). */
  within?: Element;
}

/** Most text a block of each kind may hold before it is more than clutter. */
const MAX_TEXT: Record<ClutterKind, number> = {
  ad: 400,
  share: 400,
  newsletter: 1200,
  promo: 1200,
  related: 4000,
  donation: 3000,
  overlay: 6000,
  other: 3000,
};

/** Share of a labelled "related" block's text that must be links: teaser lists are headlines. */
const MIN_RELATED_LINK_DENSITY = 0.3;
/** Share of a paragraph's text after a "Related:" lead-in that must be links: one headline, linked. */
const MIN_POINTER_LINK_SHARE = 0.8;

/** This many separate blocks named as promos make a page's own cards, not upsells. */
const MIN_PROMO_CARDS = 4;

/** Overlay candidates whose computed style is checked, at most. */
const MAX_OVERLAY_CHECKS = 6;

/** Share of the article's text a block inside the article may hold. */
const MAX_SHARE_OF_ARTICLE = 0.3;

/** Tags never classified by their own attributes (a selector list): headings and inline text are content. */
const NOT_BY_TOKEN = 'h1,h2,h3,h4,h5,h6,p,a,b,i,em,strong,span,img,body,main,html,label,input,button,time,article';
/**
 * The elements byTokens asks about, picked by the engine: in a browser every element script
 * touches costs a wrapper object, and the text-level tags left out are half a page (measured in
 * Chromium: 21 → 13 ms for the loop on a median corpus page).
 */
const TOKEN_CANDIDATES = `*:not(${NOT_BY_TOKEN},${[...NON_CONTENT_TAGS].join()})`;
const INLINE = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'FONT', 'SMALL', 'U']);
const MEDIA = 'img, iframe, ins, form, input, video, picture';

const tokenEvidence = (token: string): string => `attribute token "${token}"`;

/**
 * One classification of `scope`, which holds the article `root` (if found). Closures rather than
 * a class, so the content script's minifier can shorten every name.
 */
function createClassifier(scope: Element, root: Element | null) {
  const lengths = new TextLengths();
  const found = new Map<Element, { kind: ClutterKind; evidence: string[] }>();
  const appealHits = new Map<Element, Map<string, Appeal>>();
  const rootLength = root ? lengths.of(root) : 0;
  /** What the user's exceptions (`#@#`) match: never hidden, nor anything around or inside it. */
  const kept: Element[] = [];

  /** May `el` be a clutter block, or does it hold (or sit above) the article? */
  function allowed(el: Element, kind: ClutterKind): boolean {
    if (el === scope || !scope.contains(el)) return false;
    if (/^(?:BODY|MAIN|HTML)$/.test(el.tagName)) return false;
    if (kept.some((k) => containsOrIs(k, el) || el.contains(k))) return false;
    if (!root) return true;
    if (containsOrIs(el, root)) return false;
    if (root.contains(el)) {
      if (kind === 'overlay' || kind === 'other') return false;
      return lengths.of(el) <= rootLength * MAX_SHARE_OF_ARTICLE;
    }
    return true;
  }

  function stopsClimb(parent: Element, kind: ClutterKind): boolean {
    return !allowed(parent, kind) || lengths.of(parent) > MAX_TEXT[kind];
  }

  /** Grow through wrappers that add (almost) nothing: the visible box, not its innermost div. */
  function climbWrappers(el: Element, kind: ClutterKind): Element {
    let current = el;
    for (let parent = current.parentElement; parent; parent = parent.parentElement) {
      if (stopsClimb(parent, kind)) break;
      if (lengths.of(parent) > lengths.of(current) * 1.1 + 10) break;
      current = parent;
    }
    return current;
  }

  function add(el: Element, kind: ClutterKind, evidence: string, checkSize = true): void {
    if (!allowed(el, kind)) return;
    if (checkSize && lengths.of(el) > MAX_TEXT[kind]) return;
    const entry = found.get(el);
    if (entry) entry.evidence.push(evidence);
    else found.set(el, { kind, evidence: [evidence] });
  }

  function byRules(rules: Rule[]): void {
    for (const rule of rules.filter((r) => r.allow)) kept.push(...matchRule(rule, scope));
    for (const rule of rules.filter((r) => !r.allow)) {
      for (const el of matchRule(rule, scope)) add(el, rule.kind, `rule ${rule.source}`, false);
    }
  }

  /** Only the outermost of `candidates`: nested matches name the same block. */
  function outermostOf<T extends { el: Element }>(candidates: T[]): T[] {
    return candidates.filter(({ el }) => !candidates.some((other) => other.el !== el && other.el.contains(el)));
  }

  function byTokens(): void {
    const overlays: { el: Element; token: string }[] = [];
    const promos: { el: Element; token: string }[] = [];
    // A static list: one native query beats walking the tree element by element.
    for (const el of scope.querySelectorAll(TOKEN_CANDIDATES)) {
      const match = matchElement(el);
      if (match?.kind === 'overlay') overlays.push({ el, token: match.token });
      else if (match?.kind === 'promo') promos.push({ el, token: match.token });
      else if (match) add(climbWrappers(el, match.kind), match.kind, tokenEvidence(match.token));
    }
    // A page with many blocks named "promo" or "cta" uses the words for its own cards and teasers;
    // an upsell is one box or two.
    const promoBlocks = outermostOf(promos);
    if (promoBlocks.length < MIN_PROMO_CARDS) {
      for (const { el, token } of promoBlocks) add(climbWrappers(el, 'promo'), 'promo', tokenEvidence(token));
    }
    // A "modal" or "paywall" not laid over the page is a login link or a hidden template.
    // Computed style is costly, so only the outermost few candidates are asked.
    for (const { el, token } of outermostOf(overlays).slice(0, MAX_OVERLAY_CHECKS)) {
      // A headline laid over a hero image is the article's own title, not a wall.
      if (allowed(el, 'overlay') && !has(el, 'h1') && isFloating(el)) add(el, 'overlay', `${tokenEvidence(token)}, laid over the page`);
    }
  }

  /** The element a label's text stands for: its parent, through inline wrappers it fills alone. */
  function labelElement(parent: Element, label: string): Element | null {
    let el: Element | null = parent;
    while (el && INLINE.has(el.tagName) && el.parentElement && lengths.of(el.parentElement) === lengths.of(el)) {
      el = el.parentElement;
    }
    if (!el || /^(?:A|BUTTON|OPTION)$/.test(el.tagName)) return null;
    return lengths.of(el) <= label.length + 5 ? el : null;
  }

  /** From a label up to the block it heads: the first ancestor with real content, then its wrappers. */
  function labelledBlock(label: Element, kind: ClutterKind): Element[] {
    const labelLength = lengths.of(label);
    let current = label;
    for (let parent = label.parentElement; parent && !stopsClimb(parent, kind); parent = parent.parentElement) {
      current = parent;
      if (lengths.of(current) > labelLength + 20 || has(current, MEDIA)) {
        return [climbWrappers(current, kind)];
      }
    }
    // A flat layout: the label is followed by its list as a sibling.
    const next = label.nextElementSibling;
    const list = next && (linkDensity(next, lengths) > 0.5 || has(next, MEDIA)) ? [next] : [];
    return [current, ...list];
  }

  /** Share of a block's text that is links, its label aside. */
  function linkShare(block: Element, labelLength: number): number {
    const rest = lengths.of(block) - labelLength;
    return rest <= 0 ? 1 : (linkDensity(block, lengths) * lengths.of(block)) / rest;
  }

  /** Separates texts joined for one pass: not whitespace, not a letter, in no phrase. */
  const SEPARATOR = '\u0001';

  function byPhrases(pieces: TextPiece[]): void {
    // Collapse all text in one native pass, then split it back into the pieces' texts.
    const joined = pieces.map((piece) => piece.text).join(SEPARATOR).replace(/\s+/g, ' ');
    const texts = joined.split(SEPARATOR);
    /** Where each piece's text starts in `joined`, and whether appeals in it count. */
    const starts: number[] = [];
    const appealable: boolean[] = [];
    let offset = 0;
    texts.forEach((text, i) => {
      starts.push(offset);
      offset += text.length + 1;
      const kind = matchLabel(text);
      appealable.push(!kind && text.length >= 12);
      if (!kind) return;
      const parent = pieces[i]!.parent;
      const label = labelElement(parent, text);
      // A label of its own heads a block; one that opens a paragraph ("Also read: <a>Another
      // story</a>") makes the paragraph a pointer to another story, if the rest is all link.
      const pointer = !label && kind === 'related' && /:$/.test(text);
      for (const block of label ? labelledBlock(label, kind) : pointer ? [climbWrappers(parent, kind)] : []) {
        // "See also: …" opening a paragraph of prose is not a list of other stories.
        if (kind === 'related' && linkShare(block, text.length) < (pointer ? MIN_POINTER_LINK_SHARE : MIN_RELATED_LINK_DENSITY)) continue;
        add(block, kind, `label "${text}"`);
      }
    });
    // Hits come in text order, so the piece holding each is found by walking forward.
    let piece = 0;
    for (const { appeal, index } of appealsIn(joined)) {
      while (piece + 1 < starts.length && starts[piece + 1]! <= index) piece++;
      if (appealable[piece]) addAppeal(pieces[piece]!.parent, appeal);
    }
  }

  /**
   * Appeals count per block: a block inside the article needs two different ones, and a price
   * per period never counts alone.
   */
  function addAppeal(parent: Element, appeal: Appeal): void {
    let block: Element | null = parent;
    while (block && INLINE.has(block.tagName) && block.parentElement) block = block.parentElement;
    if (!block) return;
    let current = block;
    for (let parent = block.parentElement; parent && !stopsClimb(parent, appeal.kind); parent = parent.parentElement) {
      current = parent;
    }
    const hits = appealHits.get(current) ?? new Map<string, Appeal>();
    hits.set(appeal.phrase.toLowerCase(), appeal);
    appealHits.set(current, hits);
    const inArticle = root?.contains(current) ?? false;
    const strong = [...hits.values()].filter((hit) => !hit.weak);
    if (strong.length === 0 || (inArticle && hits.size < 2)) return;
    // The block is what most of its real appeals say it is.
    const kinds = strong.map((hit) => hit.kind);
    const majority = kinds.sort((a, b) => kinds.filter((k) => k === b).length - kinds.filter((k) => k === a).length)[0]!;
    const evidence = `phrases "${[...hits.keys()].join('", "')}"`;
    const entry = found.get(current);
    if (entry && !entry.evidence.every((e) => e.startsWith('phrases'))) entry.evidence.push(evidence);
    else {
      found.delete(current);
      add(current, majority, evidence);
    }
  }

  function blocks(): ClutterBlock[] {
    const elements = [...found.keys()];
    const outermost = elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
    outermost.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    return outermost.map((element) => ({ element, ...found.get(element)! }));
  }

  return { byRules, byTokens, byPhrases, blocks };
}

/** The clutter blocks of a document (or of `options.within`), outermost first in document order. */
export function classify(doc: Document, options: ClassifyOptions = {}): ClutterBlock[] {
  const scope = options.within ?? doc.body;
  if (!scope) return [];
  const profile = profileFor(options.url);
  const host = hostOf(options.url);
  const pieces = textPieces(scope);
  const root = options.within ?? findArticleRoot(doc, profile, pieces);
  const classifier = createClassifier(scope, root);
  const rules = [...(profile ? profileRules(profile, doc) : []), ...(options.rules ?? [])];
  classifier.byRules(rules.filter((rule) => appliesTo(rule, host)));
  classifier.byTokens();
  classifier.byPhrases(pieces);
  return classifier.blocks();
}
