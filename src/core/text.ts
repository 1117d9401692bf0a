/** Small text helpers shared by the core. */

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Case- and whitespace-folded form, for comparing strings the way a reader would. */
export function fold(text: string): string {
  return collapse(text).toLowerCase();
}

/** Words are runs of Unicode letters, digits or underscore, as in the benchmark's tokenizer. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [];
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, count = 12): string {
  const all = collapse(text).split(' ');
  return all.length <= count ? all.join(' ') : `${all.slice(0, count).join(' ')}…`;
}

/** Minutes at ~230 words a minute, never less than one for a non-empty text. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}
