import { describe, expect, it } from 'vitest';
import { hasMojibake, repairMojibake, repairMojibakeIn } from '../../src/core/mojibake';
import { dom } from '../helpers/fixtures';

/** UTF-8 bytes of a text read back one byte per character, as a Latin-1 decoder would. */
function asLatin1(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Latin-1: curly quotes, dashes and emoji', () => {
    const text = 'The Earth’s natural rhythm — a review: ⭐⭐⭐ 👍';
    expect(asLatin1(text)).not.toBe(text);
    expect(repairMojibake(asLatin1(text))).toBe(text);
  });

  it('repairs UTF-8 read as Windows-1252 ("isnâ€™t")', () => {
    // Bytes 0x80–0x9f read as "€", "™", "œ"…; 0x9d, undefined in Windows-1252, as a C1 control.
    const mangled = 'Intelligence isnâ€™t just â€œcleverâ€\u009d â€“ it is workâ€¦';
    expect(repairMojibake(mangled)).toBe('Intelligence isn’t just “clever” – it is work…');
  });

  it('repairs accented letters and no-break spaces once the text proves mojibake', () => {
    const text = 'Crème brûlée, don’t\u00a0miss it';
    expect(repairMojibake(asLatin1(text))).toBe(text);
  });

  it('leaves real text alone, Latin-1 letters and typographic marks included', () => {
    for (const text of ['Crème brûlée à la Ã©cole', 'ÉTÉ “CAFÉ” — naïve façade…', 'Straße’s end', 'Ünïcödé ½ ©']) {
      expect(hasMojibake(text)).toBe(false);
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it('leaves a run alone that is no valid UTF-8', () => {
    expect(repairMojibake('â\u0080 x')).toBe('â\u0080 x');
  });
});

describe('repairMojibakeIn', () => {
  it('repairs every text node under the root when the root as a whole proves mojibake', () => {
    const body = `<p>${asLatin1('The café opens at dawn.')}</p><p>${asLatin1('It’s the town’s best — by far.')}</p>`;
    const root = dom(`<body><article>${body}</article></body>`).window.document.querySelector('article')!;
    repairMojibakeIn(root);
    expect(root.textContent).toBe('The café opens at dawn.It’s the town’s best — by far.');
  });

  it('changes nothing on a page written right', () => {
    const root = dom('<body><article><p>Crème brûlée à la Ã©cole.</p></article></body>').window.document.querySelector('article')!;
    const before = root.innerHTML;
    repairMojibakeIn(root);
    expect(root.innerHTML).toBe(before);
  });
});
