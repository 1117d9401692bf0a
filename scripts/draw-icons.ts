/**
 * Draws the Quiet Reader icon and writes icons/icon-{16,32,48,96,128}.png
 * (RGBA) plus icons/icon.svg (a readable reference of the 128px layout).
 * Node built-ins only: zlib for deflate, CRC32 computed here.
 *
 * Design: a deep teal rounded square with three white "text lines", the
 * bottom one shorter. Geometry is snapped to whole pixels per size so the
 * small icons stay crisp; edges are anti-aliased by 4x4 supersampling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128] as const;
const SUPERSAMPLE = 4;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');

type RGB = readonly [number, number, number];
const TEAL_TOP: RGB = [0x1f, 0x5e, 0x63];
const TEAL_BOTTOM: RGB = [0x12, 0x3e, 0x46];
const WHITE: RGB = [0xff, 0xff, 0xff];

interface Line { x0: number; x1: number; y: number } // y = top edge
interface Layout {
  size: number;
  box: { x: number; y: number; w: number; h: number; r: number };
  lines: Line[];
  thickness: number;
  capRadius: number;
}

/** Pixel-snapped layout for one icon size. */
function layout(size: number): Layout {
  const margin = size <= 16 ? 0 : Math.round(size / 16);
  const w = size - 2 * margin;
  const box = { x: margin, y: margin, w, h: w, r: w * 0.22 };
  // Even thickness keeps the three lines vertically centred on even sizes.
  const thickness = Math.max(2, 2 * Math.round(size * 0.055));
  const gap = Math.max(2, Math.round(size * 0.1));
  const top = Math.round((size - (3 * thickness + 2 * gap)) / 2);
  const x0 = Math.round(size * 0.25);
  const x1 = size - x0;
  const short = x0 + Math.round((x1 - x0) * 0.6);
  const lines = [0, 1, 2].map((i) => ({
    x0,
    x1: i === 2 ? short : x1,
    y: top + i * (thickness + gap),
  }));
  // Fully round caps blur 2px lines at 16px; keep those nearly square.
  const capRadius = size <= 16 ? 0.5 : thickness / 2;
  return { size, box, lines, thickness, capRadius };
}

function insideRoundedRect(px: number, py: number, b: Layout['box']): boolean {
  const qx = Math.abs(px - (b.x + b.w / 2)) - (b.w / 2 - b.r);
  const qy = Math.abs(py - (b.y + b.h / 2)) - (b.h / 2 - b.r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - b.r <= 0;
}

/** A line is a rounded rect spanning [x0, x1] × [y, y + t]. */
function insideLine(px: number, py: number, line: Line, t: number, r: number): boolean {
  return insideRoundedRect(px, py, { x: line.x0, y: line.y, w: line.x1 - line.x0, h: t, r });
}

function mix(a: RGB, b: RGB, k: number): RGB {
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
}

/** Renders RGBA pixels (straight alpha), averaging SUPERSAMPLE² samples per pixel. */
function render(l: Layout): Uint8Array {
  const { size } = l;
  const out = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0; // premultiplied sums
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const px = x + (sx + 0.5) / SUPERSAMPLE;
          const py = y + (sy + 0.5) / SUPERSAMPLE;
          if (!insideRoundedRect(px, py, l.box)) continue;
          const onLine = l.lines.some((line) => insideLine(px, py, line, l.thickness, l.capRadius));
          const c = onLine ? WHITE : mix(TEAL_TOP, TEAL_BOTTOM, (py - l.box.y) / l.box.h);
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((a / n) * 255);
      }
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type: None
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const hex = (c: RGB): string => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');

function svg(l: Layout): string {
  const { box: b, thickness: t } = l;
  const lines = l.lines
    .map((ln) => `  <rect x="${ln.x0}" y="${ln.y}" width="${ln.x1 - ln.x0}" height="${t}" rx="${l.capRadius}" fill="${hex(WHITE)}"/>`)
    .join('\n');
  return `<!-- Design reference only; the PNGs are drawn by scripts/draw-icons.ts. -->
<svg xmlns="http://www.w3.org/2000/svg" width="${l.size}" height="${l.size}" viewBox="0 0 ${l.size} ${l.size}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${hex(TEAL_TOP)}"/>
      <stop offset="1" stop-color="${hex(TEAL_BOTTOM)}"/>
    </linearGradient>
  </defs>
  <rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="${+b.r.toFixed(2)}" fill="url(#bg)"/>
${lines}
</svg>
`;
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT_DIR, `icon-${size}.png`);
  const png = encodePng(size, render(layout(size)));
  writeFileSync(file, png);
  console.log(`icons/icon-${size}.png  ${png.length} bytes`);
}
writeFileSync(join(OUT_DIR, 'icon.svg'), svg(layout(128)));
console.log('icons/icon.svg (reference)');
