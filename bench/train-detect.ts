/**
 * Learns detect()'s weights: logistic regression over pageSignals() on the WCXB dev pages
 * (article vs the six other page types), checked by 5-fold cross-validation, written to
 * src/core/detect/weights.ts.
 *
 *   npm run train:detect -- [CORPUS_DIR] [--cached]
 *
 * Signals are computed in child processes, a batch each, so memory stays bounded; they are kept
 * in bench/results/detect-signals.jsonl and `--cached` trains from that file again.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { pageSignals, type SignalName } from '../src/core/detect/signals';
import { readWcxbHtml, readWcxbTruth, wcxbTasks } from './lib/corpus';

const SELF = fileURLToPath(import.meta.url);
const CACHE = resolve(import.meta.dirname, 'results/detect-signals.jsonl');
const WEIGHTS = resolve(import.meta.dirname, '../src/core/detect/weights.ts');
const BATCH = 150;

interface Sample {
  id: string;
  article: boolean;
  signals: Record<SignalName, number>;
}

/** Child: compute the signals of pages [start, end) and print one JSON line each. */
function worker(corpus: string, start: number, end: number): void {
  for (const task of wcxbTasks(corpus).slice(start, end)) {
    const truth = readWcxbTruth(task);
    if (truth.type === null) continue;
    let dom: JSDOM | null = null;
    try {
      dom = new JSDOM(readWcxbHtml(task), { url: truth.url, virtualConsole: new VirtualConsole() });
      const sample: Sample = { id: task.id, article: truth.type === 'article', signals: pageSignals(dom.window.document, truth.url) };
      process.stdout.write(`${JSON.stringify(sample)}\n`);
    } catch (error) {
      process.stderr.write(`skipped ${task.id}: ${error instanceof Error ? error.message : String(error)}\n`);
    } finally {
      dom?.window.close();
    }
  }
}

function runBatch(corpus: string, start: number, end: number): Promise<string> {
  return new Promise((done, fail) => {
    const child = fork(SELF, ['--worker', corpus, String(start), String(end)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`batch ${start}-${end} exited with ${code}`))));
  });
}

async function computeSamples(corpus: string): Promise<Sample[]> {
  const total = wcxbTasks(corpus).length;
  if (total === 0) throw new Error(`no WCXB pages under ${corpus}/wcxb-dev`);
  const starts = Array.from({ length: Math.ceil(total / BATCH) }, (_, i) => i * BATCH);
  const outputs: string[] = [];
  for (let i = 0; i < starts.length; i += 2) {
    const pair = starts.slice(i, i + 2).map((s) => runBatch(corpus, s, Math.min(total, s + BATCH)));
    outputs.push(...(await Promise.all(pair)));
    process.stderr.write(`signals: ${Math.min(total, (i + 2) * BATCH)} / ${total} pages\n`);
  }
  const text = outputs.join('');
  writeFileSync(CACHE, text);
  return parseSamples(text);
}

function parseSamples(text: string): Sample[] {
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Sample);
}

interface Model {
  bias: number;
  weights: Record<string, number>;
}

/** Gradient descent on standardized signals, folded back into weights on the raw signals. */
function train(samples: Sample[], names: SignalName[], l2 = 0.0003, steps = 8000, rate = 0.5): Model {
  const x = samples.map((s) => names.map((n) => s.signals[n]));
  const y = samples.map((s) => (s.article ? 1 : 0));
  const mean = names.map((_, j) => x.reduce((a, row) => a + row[j]!, 0) / x.length);
  const std = names.map((_, j) => Math.sqrt(x.reduce((a, row) => a + (row[j]! - mean[j]!) ** 2, 0) / x.length) || 1);
  const z = x.map((row) => row.map((v, j) => (v - mean[j]!) / std[j]!));
  const w = names.map(() => 0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const grad = names.map(() => 0);
    let gradB = 0;
    z.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-(b + row.reduce((a, v, j) => a + v * w[j]!, 0))));
      const err = p - y[i]!;
      gradB += err;
      row.forEach((v, j) => (grad[j]! += err * v));
    });
    b -= (rate * gradB) / z.length;
    w.forEach((wj, j) => (w[j] = wj - rate * (grad[j]! / z.length + l2 * wj)));
  }
  const weights = Object.fromEntries(names.map((n, j) => [n, w[j]! / std[j]!]));
  const bias = b - names.reduce((a, _, j) => a + (w[j]! * mean[j]!) / std[j]!, 0);
  return { bias, weights };
}

function accuracy(model: Model, samples: Sample[]): number {
  const right = samples.filter((s) => {
    const score = model.bias + Object.entries(model.weights).reduce((a, [n, w]) => a + w * s.signals[n as SignalName], 0);
    return score > 0 === s.article;
  });
  return right.length / samples.length;
}

function crossValidate(samples: Sample[], names: SignalName[], folds = 5): number[] {
  return Array.from({ length: folds }, (_, f) => {
    const test = samples.filter((_, i) => i % folds === f);
    const rest = samples.filter((_, i) => i % folds !== f);
    return accuracy(train(rest, names), test);
  });
}

function writeWeights(model: Model, cv: number[], pages: number): void {
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  const lines = Object.entries(model.weights).map(([n, w]) => `  ${round(w)}, // ${n}`);
  const mean = cv.reduce((a, b) => a + b, 0) / cv.length;
  writeFileSync(
    WEIGHTS,
    `// Generated by \`npm run train:detect\` (bench/train-detect.ts): logistic regression over
// pageSignals() on ${pages} WCXB dev pages; 5-fold cross-validated accuracy ${(mean * 100).toFixed(1)} %.
// Do not edit by hand: change the signals, then train again.

export const BIAS = ${round(model.bias)};

/** One weight per signal, in the order pageSignals() returns them (a test checks the names). */
export const WEIGHTS: readonly number[] = [
${lines.join('\n')}
];
`,
  );
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--worker') return worker(argv[1]!, Number(argv[2]), Number(argv[3]));
  const cached = argv.includes('--cached');
  const corpus = resolve(argv.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
  if (cached && !existsSync(CACHE)) throw new Error(`no cached signals at ${CACHE}: run without --cached first`);
  const samples = cached ? parseSamples(readFileSync(CACHE, 'utf8')) : await computeSamples(corpus);
  const names = Object.keys(samples[0]!.signals) as SignalName[];
  const cv = crossValidate(samples, names);
  const model = train(samples, names);
  writeWeights(model, cv, samples.length);
  console.log(`${samples.length} pages, ${names.length} signals`);
  console.log(`cross-validated accuracy: ${cv.map((a) => (a * 100).toFixed(1)).join(' / ')} %`);
  console.log(`training accuracy: ${(accuracy(model, samples) * 100).toFixed(1)} %`);
  console.log(`weights written to ${WEIGHTS}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`train-detect: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
