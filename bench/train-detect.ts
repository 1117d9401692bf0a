/**
 * Learns detect()'s weights: logistic regression on the WCXB dev pages (article vs the six other
 * page types), in two stages — the structure signals, then the text signals adding to the
 * structure score (trained with it as a fixed offset) — and the margin past which the structure
 * score decides alone, all checked by 5-fold cross-validation of the two-stage detector; written
 * to src/core/detect/weights.ts.
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
import { pageSignals, structureSignals, textSignals, type SignalName } from '../src/core/detect/signals';
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

/**
 * Gradient descent on standardized signals, folded back into weights on the raw signals.
 * `offsets`: a score each sample already has, which the model adds to.
 */
function train(samples: Sample[], names: SignalName[], offsets?: number[], l2 = 0.0003, steps = 8000, rate = 0.5): Model {
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
      const p = 1 / (1 + Math.exp(-((offsets?.[i] ?? 0) + b + row.reduce((a, v, j) => a + v * w[j]!, 0))));
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

function scoreOf(model: Model, sample: Sample): number {
  return Object.entries(model.weights).reduce((a, [n, w]) => a + w * sample.signals[n as SignalName], model.bias);
}

/** Accuracy a smaller margin may give up: 0.2 % is 3 of the 1,497 WCXB dev pages. */
const ACCURACY_TOLERANCE = 0.002;

/** Margins tried for the structure stage: past it, structure decides alone. */
const MARGINS = [0.5, 1, 1.5, 2, 2.5, 3, 4];

interface Stages {
  structure: Model;
  /** Adds to the structure score. */
  text: Model;
}

function isRight(stages: Stages, margin: number, sample: Sample): boolean {
  const first = scoreOf(stages.structure, sample);
  const score = Math.abs(first) > margin ? first : first + scoreOf(stages.text, sample);
  return score > 0 === sample.article;
}

function trainStages(samples: Sample[], structureNames: SignalName[], textNames: SignalName[]): Stages {
  const structure = train(samples, structureNames);
  return { structure, text: train(samples, textNames, samples.map((s) => scoreOf(structure, s))) };
}

/** Cross-validated accuracy of the two-stage detector, and the share decided by structure, per margin. */
function crossValidate(samples: Sample[], structureNames: SignalName[], textNames: SignalName[], folds = 5) {
  const right = MARGINS.map(() => 0);
  const early = MARGINS.map(() => 0);
  for (let f = 0; f < folds; f++) {
    const test = samples.filter((_, i) => i % folds === f);
    const stages = trainStages(samples.filter((_, i) => i % folds !== f), structureNames, textNames);
    MARGINS.forEach((margin, m) => {
      right[m]! += test.filter((s) => isRight(stages, margin, s)).length;
      early[m]! += test.filter((s) => Math.abs(scoreOf(stages.structure, s)) > margin).length;
    });
  }
  return MARGINS.map((margin, m) => ({ margin, accuracy: right[m]! / samples.length, early: early[m]! / samples.length }));
}

function weightLines(model: Model): string {
  return Object.entries(model.weights)
    .map(([n, w]) => `  ${round(w)}, // ${n}`)
    .join('\n');
}

/** Two decimals: enough for scores compared against a margin of 0.5 or more, and fewer bytes in content.js. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}

function writeWeights(stages: Stages, chosen: { margin: number; accuracy: number; early: number }, pages: number): void {
  writeFileSync(
    WEIGHTS,
    `// Generated by \`npm run train:detect\` (bench/train-detect.ts): logistic regression on ${pages} WCXB dev
// pages. 5-fold cross-validated accuracy of the two stages ${(chosen.accuracy * 100).toFixed(1)} %; structure decided
// ${(chosen.early * 100).toFixed(0)} % of pages alone. Do not edit by hand: change the signals, then train again.

/** |structure score| above this decides without reading the page's text. */
export const STRUCTURE_MARGIN = ${chosen.margin};

export const STRUCTURE_BIAS = ${round(stages.structure.bias)};

/** One weight per structure signal, in the order structureSignals() returns them (a test checks the names). */
export const STRUCTURE_WEIGHTS: readonly number[] = [
${weightLines(stages.structure)}
];

/** Added to the structure score when the text is read. */
export const TEXT_BIAS = ${round(stages.text.bias)};

/** One weight per text signal, in the order textSignals() returns them (a test checks the names). */
export const TEXT_WEIGHTS: readonly number[] = [
${weightLines(stages.text)}
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
  // Names in the order the code returns them, which is the order of the weights.
  const empty = new JSDOM('').window.document;
  const structureNames = Object.keys(structureSignals(empty, 'https://example.com/')) as SignalName[];
  const textNames = Object.keys(textSignals(empty)) as SignalName[];
  const missing = [...structureNames, ...textNames].filter((n) => !(n in samples[0]!.signals));
  if (missing.length > 0) throw new Error(`cached signals lack ${missing.join(', ')}: run without --cached`);
  const results = crossValidate(samples, structureNames, textNames);
  // The smallest margin (the most pages decided cheaply) within a few pages of the most accurate.
  const best = Math.max(...results.map((r) => r.accuracy));
  const chosen = results.find((r) => r.accuracy >= best - ACCURACY_TOLERANCE)!;
  writeWeights(trainStages(samples, structureNames, textNames), chosen, samples.length);
  console.log(`${samples.length} pages, ${structureNames.length} structure + ${textNames.length} text signals`);
  console.log('margin | cross-validated accuracy | decided by structure alone');
  for (const r of results) console.log(`${r.margin} | ${(r.accuracy * 100).toFixed(1)} % | ${(r.early * 100).toFixed(0)} %`);
  console.log(`chosen margin ${chosen.margin}`);
  console.log(`weights written to ${WEIGHTS}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`train-detect: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
