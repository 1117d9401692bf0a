/** Small text helpers shared by the core. */

/** Collapse runs of whitespace (\s includes NBSP) and zero-width spaces to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references left in text that never went through an HTML parser (JSON-LD strings). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
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
