/**
 * The floor under the in-page speed targets: how long the least reading that detection and
 * classification need takes in a real page, on a content script's first run (Chromium).
 * Loads bench/floor/ (a probe extension with no logic, see probe.js) instead of Quiet Reader and
 * serves the same WCXB pages as bench:browser from 127.0.0.1, every other request blocked.
 *
 *   npm run bench:floor            (QR_BENCH_ARTICLES=30 QR_BENCH_OTHERS=20 to change the sample)
 *
 * Prints a markdown table and writes bench/results/browser-floor.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusAvailable, corpusPages, serveCorpusPage } from '../tests/e2e/support/corpus';
import { CHROMIUM_PATH } from '../tests/e2e/support/driver';
import { ROOT, startServer } from '../tests/e2e/support/server';
import { percentile } from './lib/table';

const ARTICLES = Number(process.env.QR_BENCH_ARTICLES ?? 30);
const OTHERS = Number(process.env.QR_BENCH_OTHERS ?? 20);
const PROBE = resolve(ROOT, 'bench/floor');
const OUT = resolve(ROOT, 'bench/results/browser-floor.md');
/** The probe logs once, at document_idle; a page that never gets there is skipped. */
const PROBE_TIMEOUT_MS = 10_000;

interface Reading {
  firstCall: number;
  structure: number;
  attributes: number;
  query: number;
  text: number;
  elements: number;
}

const MEASURES = [
  ['firstCall', 'the first DOM call (a query that matches nothing)'],
  ['structure', 'detector inputs: 2 meta tags, JSON-LD, microdata, 11 tag counts, URL'],
  ['attributes', 'one attribute (class) of each element classify asks about (no headings, text-level tags, scripts)'],
  ['query', 'instead: one native query, class/id substrings of 20 clutter words'],
  ['text', 'every text node, walked once'],
] as const;

function isReading(value: unknown): value is Reading {
  const r = value as Partial<Record<keyof Reading, unknown>>;
  return typeof value === 'object' && value !== null && ['firstCall', 'structure', 'attributes', 'query', 'text', 'elements'].every((k) => typeof r[k as keyof Reading] === 'number');
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log('bench:floor needs ../shared/corpus/wcxb-dev; not found, nothing to measure.');
    return;
  }
  const all = corpusPages();
  const groups = [
    ['article', all.filter((page) => page.type === 'article').slice(0, ARTICLES)],
    ['other', all.filter((page) => page.type !== 'article').slice(0, OTHERS)],
  ] as const;
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'qr-floor-'));
  const server = await startServer();
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${PROBE}`, `--load-extension=${PROBE}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await ctx.route('**', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  const readings = new Map<string, Reading[]>();
  const skipped: string[] = [];
  try {
    for (const [group, pages] of groups) {
      const list: Reading[] = [];
      readings.set(group, list);
      for (const page of pages) {
        const tab = await ctx.newPage();
        const logged = new Promise<Reading | null>((done) => {
          const timer = setTimeout(() => done(null), PROBE_TIMEOUT_MS);
          tab.on('console', (message) => {
            const text = message.text();
            if (!text.startsWith('qr-floor ')) return;
            clearTimeout(timer);
            const value: unknown = JSON.parse(text.slice('qr-floor '.length));
            done(isReading(value) ? value : null);
          });
        });
        await tab.goto(serveCorpusPage(server, page), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
        const reading = await logged;
        if (reading) list.push(reading);
        else skipped.push(`${page.id} (no reading within ${PROBE_TIMEOUT_MS / 1000} s)`);
        await tab.close();
        process.stdout.write('.');
      }
    }
  } finally {
    process.stdout.write('\n');
    await ctx.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const ms = (v: number | null): string => (v === null ? '–' : v.toFixed(2));
  const version = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  const rows = [...readings].flatMap(([group, list]) =>
    MEASURES.map(([key, what]) => {
      const values = list.map((r) => r[key]);
      return `| ${group} pages (${list.length}) | ${what} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 95))} |`;
    }),
  );
  const elements = [...readings.values()].flat().map((r) => r.elements);
  const markdown = [
    '# Browser floor: the least a content script must read, timed cold',
    '',
    `${version}, headless; ${new Date().toISOString().slice(0, 10)}. The probe extension in \`bench/floor/\` runs at`,
    'document_idle in the pages bench:browser serves (the first WCXB pages of each group, from 127.0.0.1) and times,',
    "with performance.now() as Quiet Reader's content script does, only reading the page: no matching, no decision.",
    `Median page: ${percentile(elements, 50)} elements. Skipped: ${skipped.length ? skipped.join(', ') : 'none'}.`,
    '',
    '| pages | read | median ms | p95 ms |',
    '| --- | --- | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(OUT, markdown);
  console.log(markdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
