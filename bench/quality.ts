/**
 * Extraction quality benchmark: Quiet Reader vs plain Readability 0.6, same run, same jsdom.
 *   npm run bench:quality -- [CORPUS_DIR] [--limit N] [--only TYPE] [--ids A,B] [--workers N] [--timeout SECONDS]
 * Pages run in child processes (batches of BATCH pages, one fresh process per batch); writes
 * bench/results/quality.{md,json} and quality-pages.jsonl.
 */
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readWcxbTruth, rtpTasks, wcxbTasks, type Task } from './lib/corpus';
import { meanPRF, type ShingleCounts } from './lib/metrics';
import { mean, ms, num, pct, percentile, table } from './lib/table';
import type { FromWorker, PageResult, RtpResult, Scored, ToWorker, WcxbResult } from './lib/worker';

const HERE = dirname(fileURLToPath(import.meta.url));
const WORKER = join(HERE, 'lib', 'worker.ts');
const OUT_DIR = join(HERE, 'results');
const BATCH = 100;

interface Options {
  corpusDir: string;
  limit: number | null;
  only: string | null;
  /** Only these WCXB file ids (and no Readability test pages). */
  ids: Set<string> | null;
  workers: number;
  timeoutMs: number;
}

function fail(msg: string): never {
  process.stderr.write(`bench:quality: ${msg}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { corpusDir: resolve(HERE, '..', '..', 'shared', 'corpus'), limit: null, only: null, ids: null, workers: 2, timeoutMs: 20_000 };
  let dirSeen = false;
  const int = (flag: string, v: string | undefined): number => {
    if (v === undefined || !/^\d+$/.test(v) || Number(v) < 1) fail(`${flag} needs a positive integer, got ${v ?? 'nothing'}`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--limit') opts.limit = int(a, argv[++i]);
    else if (a === '--workers') opts.workers = int(a, argv[++i]);
    else if (a === '--timeout') opts.timeoutMs = int(a, argv[++i]) * 1000;
    else if (a === '--ids') {
      const v = argv[++i];
      if (!v || !/^[\w-]+(?:,[\w-]+)*$/.test(v)) fail('--ids needs a comma-separated list of WCXB file ids, e.g. --ids 0069,0203');
      opts.ids = new Set(v.split(','));
    } else if (a === '--only') {
      const v = argv[++i];
      if (!v || v.startsWith('-')) fail('--only needs a page type, e.g. --only article');
      opts.only = v;
    } else if (a.startsWith('-')) fail(`unknown option ${a} (use [CORPUS_DIR] [--limit N] [--only TYPE] [--ids A,B] [--workers N] [--timeout S])`);
    else if (dirSeen) fail(`unexpected extra argument ${a}`);
    else {
      opts.corpusDir = resolve(a);
      dirSeen = true;
    }
  }
  if (!existsSync(opts.corpusDir) || !statSync(opts.corpusDir).isDirectory()) fail(`corpus directory not found: ${opts.corpusDir}`);
  return opts;
}

interface Skip {
  corpus: Task['kind'];
  id: string;
  reason: string;
}

interface RunOutput {
  results: PageResult[];
  skipped: Skip[];
  peakRssKb: number;
}

const CORE = join(HERE, '..', 'src', 'core');

/** Newest modification time (ms) of the core's sources: each batch's fresh worker loads them anew. */
function coreStamp(): number {
  return Math.max(0, ...readdirSync(CORE, { recursive: true }).map((f) => statSync(join(CORE, String(f))).mtimeMs));
}

function gitHead(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: HERE, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src/core'], { cwd: join(HERE, '..'), encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted src/core changes` : head;
  } catch {
    return null;
  }
}

/** The error line of a crashed worker's stderr, e.g. `: RangeError: Maximum call stack size exceeded`. */
function crashLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim());
  const line = lines.find((l) => /^(?:\w*Error|FATAL|<--- JS stacktrace|Uncaught)/.test(l)) ?? lines.filter(Boolean).at(-1);
  return line ? `: ${line.slice(0, 200)}` : '';
}

/** Run all tasks in `workers` parallel lanes of child processes, one process per batch. */
async function runAll(tasks: Task[], workers: number, timeoutMs: number): Promise<RunOutput> {
  const out: RunOutput = { results: [], skipped: [], peakRssKb: 0 };
  const batches: Task[][] = [];
  for (let i = 0; i < tasks.length; i += BATCH) batches.push(tasks.slice(i, i + BATCH));
  const started = performance.now();
  let finished = 0;
  const progress = (): void => {
    process.stderr.write(`  ${finished}/${tasks.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  };

  const runBatch = (batch: Task[]): Promise<void> =>
    new Promise((resolveBatch) => {
      const child = fork(WORKER, [], { execArgv: ['--import', 'tsx', '--max-old-space-size=3072'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      let stderrTail = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderrTail = (stderrTail + chunk.toString()).slice(-4000);
      });
      let next = 0;
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, timeoutMs);
      };
      child.on('message', (msg: FromWorker) => {
        out.peakRssKb = Math.max(out.peakRssKb, msg.maxRSS);
        if (msg.type === 'ready') {
          child.send({ type: 'run', tasks: batch } satisfies ToWorker);
          return arm();
        }
        if (msg.type === 'done') return clearTimeout(timer);
        if (msg.type === 'result') out.results.push(msg.result);
        else out.skipped.push({ corpus: batch[next]?.kind ?? 'wcxb', id: msg.id, reason: msg.reason });
        next++;
        finished++;
        arm();
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const current = batch[next];
        if (current && next < batch.length) {
          const why = timedOut
            ? `timeout after ${timeoutMs / 1000} s`
            : `worker exited (${signal ?? `code ${code}`})${crashLine(stderrTail)}`;
          out.skipped.push({ corpus: current.kind, id: current.id, reason: why });
          finished++;
          const rest = batch.slice(next + 1);
          if (rest.length) return void runBatch(rest).then(resolveBatch);
        }
        resolveBatch();
      });
    });

  const lane = async (): Promise<void> => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      await runBatch(batch);
      progress();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, lane));
  return out;
}

// ---------------------------------------------------------------- aggregation

const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
const nonNull = <T>(xs: (T | null)[]): T[] => xs.filter((x): x is T => x !== null);
const share = (xs: (boolean | null)[]): number | null => mean(nonNull(xs).map((b) => (b ? 1 : 0)));

function extraction(pages: WcxbResult[], side: 'ours' | 'readability') {
  const s: Scored[] = pages.map((p) => p[side]);
  const prf = meanPRF(nonNull(s.map((x) => x.counts)) as ShingleCounts[]);
  return {
    ...prf,
    meanPageF1: mean(nonNull(s.map((x) => x.f1))),
    withRate: mean(nonNull(s.map((x) => x.withRate))),
    withRateTypography: mean(nonNull(s.map((x) => x.withRateTypography))),
    withoutLeak: mean(nonNull(s.map((x) => x.withoutLeak))),
    titleExact: share(s.map((x) => x.titleExact)),
    titleExactTypography: share(s.map((x) => x.titleExactTypography)),
    titlePages: nonNull(s.map((x) => x.titleExact)).length,
    noText: s.filter((x) => x.failed !== null).length,
  };
}

function detection(pages: WcxbResult[]) {
  const typed = pages.filter((p) => p.type !== null);
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of typed) {
    const truth = p.type === 'article';
    if (truth && p.isArticle) c.tp++;
    else if (!truth && p.isArticle) c.fp++;
    else if (truth) c.fn++;
    else c.tn++;
  }
  const types = [...new Set(typed.map((p) => p.type as string))].sort();
  const perType = types.map((type) => {
    const of = typed.filter((p) => p.type === type);
    const detected = of.filter((p) => p.isArticle).length;
    const correct = type === 'article' ? detected : of.length - detected;
    return { type, pages: of.length, detectedArticle: detected, accuracy: correct / of.length };
  });
  return { pages: typed.length, untyped: pages.length - typed.length, ...c, accuracy: typed.length ? (c.tp + c.tn) / typed.length : null, perType };
}

function stats(xs: number[]) {
  return { n: xs.length, median: percentile(xs, 50), p95: percentile(xs, 95), sum: xs.reduce((a, b) => a + b, 0) };
}

function timings(pages: WcxbResult[]) {
  const pipeline = pages.map((p) => p.ms.detect + (p.ms.classifyHide ?? 0) + p.ms.extract);
  const ratios = pages.filter((p) => p.ms.readability > 0).map((p) => (p.ms.detect + (p.ms.classifyHide ?? 0) + p.ms.extract) / p.ms.readability);
  const rb = stats(pages.map((p) => p.ms.readability));
  const all = stats(pipeline);
  return {
    detect: stats(pages.map((p) => p.ms.detect)),
    classifyHide: stats(nonNull(pages.map((p) => p.ms.classifyHide))),
    extract: stats(pages.map((p) => p.ms.extract)),
    pipeline: all,
    readability: rb,
    ratioMedianPerPage: percentile(ratios, 50),
    ratioOfSums: rb.sum > 0 ? all.sum / rb.sum : null,
  };
}

/**
 * A story's address: a date in its path or a news section. WCXB types pages but not news, and
 * the issue's second target is held-back news pages: this subset of the articles is their proxy.
 */
const NEWS_URL = /\/(?:news|story|stories|politics|world|business|sports?|(?:19|20)\d\d)\//i;

interface Provenance {
  commit: string | null;
  /** True when a src/core file was modified while pages were running: results mix versions. */
  coreChangedDuringRun: boolean;
}

function summarize(run: RunOutput, opts: Options, wallSeconds: number, provenance: Provenance) {
  const wcxb = run.results.filter((r): r is WcxbResult => r.kind === 'wcxb').sort(byId);
  const rtp = run.results.filter((r): r is RtpResult => r.kind === 'rtp').sort(byId);
  const articles = wcxb.filter((p) => p.type === 'article' && p.ours.counts !== null);
  const safe = articles.filter((p) => p.isArticle && p.hiddenShare !== null);
  const shares = safe.map((p) => p.hiddenShare as number);
  const worstSafe = [...safe].sort((a, b) => (b.hiddenShare ?? 0) - (a.hiddenShare ?? 0));
  const f1Gap = [...articles].sort((a, b) => (a.ours.f1 ?? 0) - (a.readability.f1 ?? 0) - ((b.ours.f1 ?? 0) - (b.readability.f1 ?? 0)));
  const f1s = articles.map((p) => (p.ours.f1 ?? 0) - (p.readability.f1 ?? 0));
  return {
    generatedAt: new Date().toISOString(),
    corpusDir: opts.corpusDir,
    options: { limit: opts.limit, only: opts.only, ids: opts.ids ? [...opts.ids] : null, workers: opts.workers, timeoutSeconds: opts.timeoutMs / 1000, batch: BATCH },
    ...provenance,
    wallSeconds,
    peakWorkerRssMB: run.peakRssKb / 1024,
    processed: { wcxb: wcxb.length, rtp: rtp.length },
    skipped: [...run.skipped].sort(byId),
    wcxbArticles: {
      pages: articles.length,
      ours: extraction(articles, 'ours'),
      readability: extraction(articles, 'readability'),
      oursBetter: f1s.filter((d) => d > 0.005).length,
      tie: f1s.filter((d) => Math.abs(d) <= 0.005).length,
      readabilityBetter: f1s.filter((d) => d < -0.005).length,
      reachable: {
        withRate: mean(nonNull(articles.map((p) => p.reachable.withRate))),
        withRateTypography: mean(nonNull(articles.map((p) => p.reachable.withRateTypography))),
        titleExact: share(articles.map((p) => p.reachable.titleExact)),
      },
    },
    newsLike: (() => {
      const news = articles.filter((p) => NEWS_URL.test(p.url));
      return { pages: news.length, ours: meanPRF(nonNull(news.map((p) => p.ours.counts))), readability: meanPRF(nonNull(news.map((p) => p.readability.counts))) };
    })(),
    detection: detection(wcxb),
    safety: {
      pages: safe.length,
      mean: mean(shares),
      median: percentile(shares, 50),
      p95: percentile(shares, 95),
      over10pct: shares.filter((s) => s > 0.1).length,
      worst: worstSafe[0] ? { id: worstSafe[0].id, share: worstSafe[0].hiddenShare } : null,
    },
    timings: timings(wcxb),
    rtp: {
      pages: rtp.length,
      ours: { meanF1: mean(nonNull(rtp.map((r) => r.ours.f1))), titleExact: share(rtp.map((r) => r.ours.titleExact)) },
      readability: { meanF1: mean(nonNull(rtp.map((r) => r.readability.f1))), titleExact: share(rtp.map((r) => r.readability.titleExact)) },
    },
    lowestF1VsReadability: f1Gap.slice(0, 15).map((p) => ({ id: p.id, ours: p.ours.f1, readability: p.readability.f1, isArticle: p.isArticle, oursFailed: p.ours.failed })),
    largestHiddenShare: worstSafe.slice(0, 10).map((p) => ({ id: p.id, share: p.hiddenShare, hiddenBlocks: p.hiddenBlocks, oursF1: p.ours.f1 })),
  };
}

type Summary = ReturnType<typeof summarize>;

function markdown(s: Summary): string {
  const a = s.wcxbArticles;
  const d = s.detection;
  const t = s.timings;
  const skipped = s.skipped.length
    ? `**Skipped ${s.skipped.length} page(s)** (not in any number below):\n\n${s.skipped.map((k) => `- ${k.corpus} ${k.id}: ${k.reason}`).join('\n')}`
    : 'Skipped pages: none.';
  const timeRow = (name: string, x: ReturnType<typeof stats>) => [name, x.n, ms(x.median), ms(x.p95)];
  return `# Extraction quality: Quiet Reader vs plain Readability 0.6

Generated ${s.generatedAt} from \`${s.corpusDir}\`${s.options.limit ? ` (--limit ${s.options.limit})` : ''}${s.options.only ? ` (--only ${s.options.only})` : ''}${s.options.ids ? ` (--ids: ${s.options.ids.length} pages)` : ''}.
Code: ${s.commit ?? 'unknown commit'}.${s.coreChangedDuringRun ? ' **Warning: src/core changed while the benchmark ran; pages ran against different versions of the core — rerun before trusting these numbers.**' : ''}
Pages processed: ${s.processed.wcxb} WCXB, ${s.processed.rtp} Readability test pages. Wall time ${s.wallSeconds.toFixed(0)} s,
${s.options.workers} worker processes in parallel (batches of ${s.options.batch}), peak worker RSS ${s.peakWorkerRssMB.toFixed(0)} MB.
${skipped}

## WCXB dev articles (${a.pages} pages: page type \`article\` with main_content)

${table(['metric', 'Quiet Reader', 'Readability 0.6'], [
  ['shingle precision', num(a.ours.precision), num(a.readability.precision)],
  ['shingle recall', num(a.ours.recall), num(a.readability.recall)],
  ['shingle F1', num(a.ours.f1), num(a.readability.f1)],
  ['mean per-page F1', num(a.ours.meanPageF1), num(a.readability.meanPageF1)],
  ['with-rate (want found)', pct(a.ours.withRate), pct(a.readability.withRate)],
  ['… with ‘’“”–— folded too (diagnostic)', pct(a.ours.withRateTypography), pct(a.readability.withRateTypography)],
  ['without-leak (boilerplate found)', pct(a.ours.withoutLeak), pct(a.readability.withoutLeak)],
  [`title exact (${a.ours.titlePages} pages)`, pct(a.ours.titleExact), pct(a.readability.titleExact)],
  ['… with ‘’“”–— folded too (diagnostic)', pct(a.ours.titleExactTypography), pct(a.readability.titleExactTypography)],
  ['pages with no text', a.ours.noText, a.readability.noText],
])}

Upper bounds, the same for any extractor that shows the page's own text: the page holds ${pct(a.reachable.withRate)} of the
must-include snippets at all (case folded, every space left out, Markdown list markers and table pipes too; searched in
its whole text and every attribute value) and ${pct(a.reachable.titleExact)} of the titles; ${pct(a.reachable.withRateTypography)} of the snippets with ‘’“”–— folded
to ASCII on both sides. The rest the ground truth wrote otherwise (straight for curly quotes, \`--\` for a dash, entities left
encoded, words the page does not have).

Per page F1 (±0.005): Quiet Reader better on ${a.oursBetter}, tie on ${a.tie}, Readability better on ${a.readabilityBetter}.
Articles whose address reads as a story (a date or a news section in its path; a proxy for news pages, ${s.newsLike.pages} pages): shingle F1 ${num(s.newsLike.ours.f1)} (P ${num(s.newsLike.ours.precision)} / R ${num(s.newsLike.ours.recall)}), Readability ${num(s.newsLike.readability.f1)}.
Quiet Reader = detect → classify+hide (when detected) → \`extract().text\`; Readability = \`new Readability(doc.cloneNode(true)).parse()\` textContent.

## Detection (\`detect().isArticle\` vs page type == article, ${d.pages} WCXB pages${d.untyped ? `, ${d.untyped} without type left out` : ''})

Accuracy **${pct(d.accuracy)}** — TP ${d.tp}, FP ${d.fp}, FN ${d.fn}, TN ${d.tn}.

${table(['page type', 'pages', 'detected as article', 'accuracy'], d.perType.map((r) => [r.type, r.pages, r.detectedArticle, pct(r.accuracy)]))}

## In-page safety (article pages detected as articles, ${s.safety.pages} pages)

Share of the ground truth (4-token shingles, lower-cased, as multisets) found in the text of hidden blocks after \`hide(doc, classify(doc, {url}))\`:
mean ${pct(s.safety.mean)}, median ${pct(s.safety.median)}, p95 ${pct(s.safety.p95)}, worst ${s.safety.worst ? `${pct(s.safety.worst.share)} (${s.safety.worst.id})` : '–'}; ${s.safety.over10pct} page(s) over 10%.
Shingles rather than single tokens, so that common words in hidden menus do not count as hidden article text.

## Timings (ms, all processed WCXB pages; nearest-rank median / p95)

${table(['stage', 'pages', 'median', 'p95'], [
  timeRow('detect', t.detect),
  timeRow('classify+hide (when detected)', t.classifyHide),
  timeRow('extract', t.extract),
  timeRow('Quiet Reader total', t.pipeline),
  timeRow('plain Readability parse (incl. clone)', t.readability),
])}

Ratio Quiet Reader total / Readability: median of per-page ratios ${num(t.ratioMedianPerPage, 2)}, ratio of sums ${num(t.ratioOfSums, 2)}.
Two workers shared the machine's cores while timing, so absolute times are noisy; the ratios are fairer.

## Readability test pages (${s.rtp.pages} pages; expected.html is Readability's own snapshot, not gold)

${table(['metric', 'Quiet Reader', 'Readability 0.6'], [
  ['mean F1 vs expected.html text', num(s.rtp.ours.meanF1), num(s.rtp.readability.meanF1)],
  ['title exact vs expected-metadata', pct(s.rtp.ours.titleExact), pct(s.rtp.readability.titleExact)],
])}

## For tuning

Lowest Quiet Reader F1 relative to Readability (WCXB articles):

${table(['file', 'Quiet Reader F1', 'Readability F1', 'detected', 'no text'], s.lowestF1VsReadability.map((r) => [r.id, num(r.ours), num(r.readability), r.isArticle ? 'yes' : 'no', r.oursFailed ? 'yes' : '']))}

Largest in-page hidden share:

${table(['file', 'hidden share', 'hidden blocks', 'Quiet Reader F1'], s.largestHiddenShare.map((r) => [r.id, pct(r.share), r.hiddenBlocks, num(r.oursF1)]))}
`;
}

function pageLine(r: PageResult): string {
  if (r.kind === 'rtp') return JSON.stringify({ corpus: 'rtp', id: r.id, isArticle: r.isArticle, f1: { ours: r.ours.f1, readability: r.readability.f1 }, titleExact: { ours: r.ours.titleExact, readability: r.readability.titleExact } });
  const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);
  return JSON.stringify({
    corpus: 'wcxb',
    id: r.id,
    type: r.type,
    isArticle: r.isArticle,
    f1: { ours: round(r.ours.f1), readability: round(r.readability.f1) },
    // Raw shingle counts, so a page's precision and recall can be read apart.
    shingles: { ours: r.ours.counts, readability: r.readability.counts },
    withRate: { ours: round(r.ours.withRate), readability: round(r.readability.withRate) },
    leak: { ours: round(r.ours.withoutLeak), readability: round(r.readability.withoutLeak) },
    titleExact: { ours: r.ours.titleExact, readability: r.readability.titleExact },
    noText: { ours: r.ours.failed, readability: r.readability.failed },
    hiddenShare: round(r.hiddenShare),
    hiddenBlocks: r.hiddenBlocks,
    ms: { detect: round(r.ms.detect), classifyHide: round(r.ms.classifyHide), extract: round(r.ms.extract), readability: round(r.ms.readability) },
  });
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  let wcxb = wcxbTasks(opts.corpusDir);
  let rtp = rtpTasks(opts.corpusDir);
  if (wcxb.length === 0 && rtp.length === 0) fail(`no wcxb-dev/html or readability-test-pages in ${opts.corpusDir}`);
  if (opts.only) {
    const only = opts.only;
    wcxb = wcxb.filter((t) => readWcxbTruth(t).type === only);
    rtp = [];
  }
  if (opts.ids) {
    const ids = opts.ids;
    wcxb = wcxb.filter((t) => ids.has(t.id));
    rtp = [];
  }
  if (opts.limit) {
    wcxb = wcxb.slice(0, opts.limit);
    rtp = rtp.slice(0, opts.limit);
  }
  process.stderr.write(`bench:quality: ${wcxb.length} WCXB + ${rtp.length} Readability test pages, ${opts.workers} workers\n`);
  const commit = gitHead();
  const stampBefore = coreStamp();
  const start = performance.now();
  const run = await runAll([...wcxb, ...rtp], opts.workers, opts.timeoutMs);
  const coreChangedDuringRun = coreStamp() !== stampBefore;
  if (coreChangedDuringRun) process.stderr.write('bench:quality: warning: src/core changed during the run; results mix versions\n');
  const summary = summarize(run, opts, (performance.now() - start) / 1000, { commit, coreChangedDuringRun });
  const md = markdown(summary);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'quality.md'), md);
  writeFileSync(join(OUT_DIR, 'quality.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const sorted = [...run.results].sort((a, b) => a.kind.localeCompare(b.kind) || byId(a, b));
  writeFileSync(join(OUT_DIR, 'quality-pages.jsonl'), sorted.map(pageLine).join('\n') + '\n');
  process.stdout.write(md);
}

await main();
