/**
 * Mojibake: UTF-8 read as Latin-1 or Windows-1252 ("Investorâ\u0080\u0099s", "isnâ€™t" for
 * "Investor’s", "isn’t") — a page or a CMS that got its encoding wrong, often twice over. A run
 * of such characters is turned back into the bytes it was and decoded again as UTF-8; a run that
 * is no valid UTF-8 stays as it is.
 *
 * A run is only taken for mojibake on proof: it holds a C1 control character, which no real text
 * has, or it spells a whole three- or four-byte sequence (the "â€™" of curly quotes and dashes,
 * emoji), which no real word does. Once a text holds such a run, its shorter runs ("Ã©" for "é",
 * "Â" before a no-break space) are repaired too: they are the same mistake, though each alone
 * could be real text ("CAFÉ”").
 */

/**
 * Windows-1252's characters for bytes 0x80–0x9f, in byte order (undefined bytes stay C1). Spelled
 * out: Node's TextDecoder decodes "windows-1252" as Latin-1.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

// Built on first use: the content script bundles this module (through metadata) but never calls it.
let pattern: RegExp | undefined;

/** A UTF-8 sequence's lead byte and its continuation bytes, as Latin-1/1252 characters. */
function runPattern(): RegExp {
  const continuation = `[\\u0080-\\u00bf${CP1252_HIGH}]`;
  return (pattern ??= new RegExp(`[\\u00c2-\\u00df]${continuation}|[\\u00e0-\\u00ef]${continuation}{2}|[\\u00f0-\\u00f4]${continuation}{3}`, 'g'));
}

/** The byte a character stood for, or -1 when it stands for none. */
function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  if (code <= 0xff) return code;
  const high = CP1252_HIGH.indexOf(char);
  return high < 0 ? -1 : 0x80 + high;
}

function decoded(run: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(run, byteOf));
  } catch {
    return run;
  }
}

/** Does the text hold a run that can only be mojibake? */
export function hasMojibake(text: string): boolean {
  // Most pages have no lead character at all: one quick scan spares them the full pattern.
  if (!/[\u00c2-\u00f4]/.test(text)) return false;
  for (const [run] of text.matchAll(runPattern())) {
    if ((run.length > 2 || /[\u0080-\u009f]/.test(run)) && decoded(run) !== run) return true;
  }
  return false;
}

/** The text with its mojibake repaired; `proven` says another text of the same page had some. */
export function repairMojibake(text: string, proven = hasMojibake(text)): string {
  return proven ? text.replace(runPattern(), decoded) : text;
}

/** Repairs the text nodes under the root in place when their text, taken together, holds mojibake. */
export function repairMojibakeIn(root: Element): void {
  if (!hasMojibake(root.textContent ?? '')) return;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = repairMojibake(node.nodeValue ?? '', true);
}
