/**
 * Browser benchmark (Chromium, extension loaded from dist/chrome): over corpus pages served from
 * 127.0.0.1 with every other request blocked, the content script's own timings (detect; classify
 * + hide) for article and non-article pages, next to a plain Readability.parse() on the same page
 * in the same browser; how long the popup takes to paint; and the size of content.js.
 *
 *   npm run bench:browser            (builds first)
 *   QR_BENCH_ARTICLES=30 QR_BENCH_OTHERS=20 QR_BENCH_POPUPS=10 to change the sample
 *
 * Prints a markdown table and writes bench/results/browser.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpusAvailable, corpusPages, serveCorpusPage, type CorpusPage } from '../tests/e2e/support/corpus';
import { CHROMIUM_PATH, launchChromium, type Driver } from '../tests/e2e/support/driver';
import { ROOT, startServer } from '../tests/e2e/support/server';
import { settledState } from '../tests/e2e/support/state';

const ARTICLES = Number(process.env.QR_BENCH_ARTICLES ?? 30);
const OTHERS = Number(process.env.QR_BENCH_OTHERS ?? 20);
const POPUPS = Number(process.env.QR_BENCH_POPUPS ?? 10);
const READABILITY = resolve(ROOT, 'node_modules/@mozilla/readability/Readability.js');
const OUT = resolve(ROOT, 'bench/results/browser.md');

interface Sample {
  id: string;
  group: 'article' | 'other';
  /** Page type in the ground truth. */
  type: string;
  detectedArticle: boolean;
  detect: number;
  /** Only when the page was cleaned up (detected as an article). */
  classifyHide: number | null;
  hidden: number;
  readability: number | null;
  popupPainted: number | null;
  /** The popup's phases, which add up to popupPainted (see popupPhases). */
  popupStartup: number | null;
  popupWait: number | null;
  popupExtract: number | null;
  popupPaint: number | null;
}

function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const ms = (value: number | null): string => (value === null ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));

async function readabilityMs(driver: Driver, page: Awaited<ReturnType<Driver['openTab']>>['page']): Promise<number | null> {
  const source = readFileSync(READABILITY, 'utf8');
  try {
    await page.raw.addScriptTag({ path: READABILITY });
  } catch {
    // A page's CSP can refuse the tag; evaluating the source does not go through CSP.
  }
  const has = await page.evaluate(() => typeof (window as unknown as { Readability?: unknown }).Readability === 'function');
  if (!has) await page.raw.evaluate(`${source}\n;window.Readability = Readability;`);
  return page.evaluate(() => {
    const Readability = (window as unknown as { Readability?: new (doc: Document) => { parse(): unknown } }).Readability;
    if (typeof Readability !== 'function') return null;
    const start = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - start;
  });
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * The popup's time to paint in four phases: start-up (navigation start until its script runs:
 * the browser's and the bundles' own), the wait for the page's state and snapshot (and for the
 * libraries), extract + render, and the rest until the frame is painted.
 */
function popupPhases(marks: { painted: number; extract: number; run: number; snapshot: number }) {
  return {
    popupPainted: marks.painted,
    popupStartup: finite(marks.run),
    popupWait: finite(marks.snapshot - marks.run),
    popupExtract: finite(marks.extract),
    popupPaint: finite(marks.painted - marks.snapshot - marks.extract),
  };
}

async function measure(driver: Driver, url: string, page: CorpusPage, group: Sample['group'], popup: boolean): Promise<Sample | null> {
  const tab = await driver.openTab(url, { lenient: true });
  try {
    const state = await settledState(driver, tab.tabId, { timeout: 20_000 });
    const sample: Sample = {
      id: page.id,
      group,
      type: page.type,
      detectedArticle: state.isArticle,
      detect: state.timings.detect,
      classifyHide: state.enabled ? state.timings.classifyHide : null,
      hidden: state.hidden.length,
      readability: null,
      popupPainted: null,
      popupStartup: null,
      popupWait: null,
      popupExtract: null,
      popupPaint: null,
    };
    if (popup && state.isArticle) {
      const view = await driver.openPopup(tab.tabId);
      const marks = await view.evaluate(() => ({
        state: document.documentElement.dataset.state,
        painted: Number(document.documentElement.dataset.paintedMs),
        extract: Number(document.documentElement.dataset.extractMs),
        run: performance.getEntriesByName('qr:run')[0]?.startTime ?? NaN,
        snapshot: performance.getEntriesByName('qr:snapshot')[0]?.startTime ?? NaN,
      }));
      if (marks.state === 'article') Object.assign(sample, popupPhases(marks));
      await view.close();
    }
    sample.readability = await readabilityMs(driver, tab.page).catch(() => null);
    return sample;
  } catch (error) {
    console.warn(`skipped ${page.id}: ${error instanceof Error ? error.message.slice(0, 120) : String(error)}`);
    return null;
  } finally {
    await tab.page.close();
  }
}

function row(label: string, values: number[]): string {
  return `| ${label} | ${values.length} | ${ms(quantile(values, 0.5))} | ${ms(quantile(values, 0.95))} |`;
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log('bench:browser needs ../shared/corpus/wcxb-dev; not found, nothing to measure.');
    return;
  }
  const all = corpusPages();
  const articles = all.filter((page) => page.type === 'article').slice(0, ARTICLES);
  const others = all.filter((page) => page.type !== 'article').slice(0, OTHERS);

  const server = await startServer();
  const driver = await launchChromium();
  const samples: Sample[] = [];
  let popups = 0;
  try {
    for (const [group, pages] of [['article', articles], ['other', others]] as const) {
      for (const page of pages) {
        const url = serveCorpusPage(server, page);
        const wantPopup = group === 'article' && popups < POPUPS;
        const sample = await measure(driver, url, page, group, wantPopup);
        if (!sample) continue;
        if (sample.popupPainted !== null) popups++;
        samples.push(sample);
        process.stdout.write('.');
      }
    }
  } finally {
    process.stdout.write('\n');
    await driver.close();
    await server.close();
  }

  const version = (() => {
    try {
      return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'Chromium (version unknown)';
    }
  })();
  const content = readFileSync(resolve(ROOT, 'dist/chrome/content.js'));
  const of = (group: Sample['group']) => samples.filter((s) => s.group === group);
  const pick = (list: Sample[], key: 'detect' | 'classifyHide' | 'readability' | `popup${'Painted' | 'Startup' | 'Wait' | 'Extract' | 'Paint'}`) =>
    list.map((s) => s[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const art = of('article');
  const oth = of('other');
  const total = (list: Sample[]) => list.filter((s) => s.classifyHide !== null).map((s) => s.detect + s.classifyHide!);

  const lines = [
    '# Browser benchmark',
    '',
    `${version}, headless, extension from \`dist/chrome\`; ${new Date().toISOString().slice(0, 10)}.`,
    `Pages: WCXB dev corpus, served from 127.0.0.1 with all other requests blocked. "Article pages" are the first`,
    `${articles.length} pages typed \`article\` in the ground truth (${art.filter((s) => s.detectedArticle).length} of ${art.length} measured were detected as articles and cleaned up);`,
    `"other pages" are the first ${others.length} of any other type (${oth.filter((s) => s.detectedArticle).length} of ${oth.length} were detected as articles).`,
    'Content-script timings are its own `performance.now()` measurements, read through `qr:getPageState` once the page',
    'has settled; classify + hide only runs on pages detected as articles and is the total of its runs until then (the',
    'first run at document_idle plus any re-run for page mutations, at most one per second). Readability is a plain',
    '`new Readability(document.cloneNode(true)).parse()` run in the same page after load, for scale (the extension runs',
    'Readability in the popup, never in the page). Popup paint is `dataset.paintedMs` of `popup.html?tab=<id>` opened in a tab:',
    'ms from the popup\'s navigation start until its article view has painted (first pages detected as articles).',
    'p95 is nearest-rank: with 20–30 pages it is the second-highest or highest value.',
    '',
    '| Measure (ms) | pages | median | p95 |',
    '| --- | ---: | ---: | ---: |',
    row('Article pages: detect', pick(art, 'detect')),
    row('Article pages: classify + hide', pick(art, 'classifyHide')),
    row('Article pages: detect + classify + hide', total(art)),
    row('Article pages: Readability.parse (reference)', pick(art, 'readability')),
    row('Other pages: detect', pick(oth, 'detect')),
    row('Other pages: classify + hide (if detected as article)', pick(oth, 'classifyHide')),
    row('Other pages: Readability.parse (reference)', pick(oth, 'readability')),
    row('Popup open → painted (`dataset.paintedMs`)', pick(art, 'popupPainted')),
    row('Popup: start-up, until its script runs (`qr:run` mark)', pick(art, 'popupStartup')),
    row('Popup: waiting for the page\'s state and snapshot (to `qr:snapshot`)', pick(art, 'popupWait')),
    row('Popup: extract + render (`dataset.extractMs`)', pick(art, 'popupExtract')),
    row('Popup: rest, until painted', pick(art, 'popupPaint')),
    '',
    `\`dist/chrome/content.js\`: ${content.length.toLocaleString('en')} bytes minified, ${gzipSync(content).length.toLocaleString('en')} bytes gzipped.`,
    '',
    '<details><summary>Per page</summary>',
    '',
    '| id | type | detected | hidden | detect | classify + hide | Readability | popup painted |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...samples.map(
      (s) =>
        `| ${s.id} | ${s.type} | ${s.detectedArticle ? 'article' : 'no'} | ${s.hidden} | ${ms(s.detect)} | ${ms(s.classifyHide)} | ${ms(s.readability)} | ${ms(s.popupPainted)} |`,
    ),
    '',
    '</details>',
    '',
  ];
  const markdown = lines.join('\n');
  mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(OUT, markdown);
  console.log(markdown);
  console.log(`written to ${OUT}; content.js last built ${statSync(resolve(ROOT, 'dist/chrome/content.js')).mtime.toISOString()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
