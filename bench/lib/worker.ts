/**
 * Per-page measurement, run in a child process (`fork` with `--import tsx`). The parent sends one
 * batch of tasks; the worker answers one message per page, then `done`, then exits. Each page gets
 * its own jsdom window, closed afterwards, so a batch's memory stays bounded.
 */
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { classify, detect, extract, hide, HIDDEN_ATTR } from '../../src/core';
import { fold } from '../../src/core/text';
import { readRtp, readWcxbHtml, readWcxbTruth, type RtpTask, type Task, type WcxbTask } from './corpus';
import { f1Of, foldTypography, pageHaystack, reachableRate, reachableTitle, shingleCounts, snippetRate, containedShare, type ShingleCounts } from './metrics';

/** One extractor's output on one page, scored. */
export interface Scored {
  /** Null when the page has no main_content. */
  counts: ShingleCounts | null;
  f1: number | null;
  withRate: number | null;
  /** withRate with typographic quotes and dashes folded too (a diagnostic, see foldTypography). */
  withRateTypography: number | null;
  withoutLeak: number | null;
  /** Null when the truth has no title. */
  titleExact: boolean | null;
  /** titleExact with typographic quotes and dashes folded too (a diagnostic, as withRateTypography). */
  titleExactTypography: boolean | null;
  /** Why the extractor produced no text, if it did not (counted as empty text). */
  failed: string | null;
  words: number;
}

export interface WcxbResult {
  kind: 'wcxb';
  id: string;
  type: string | null;
  url: string;
  isArticle: boolean;
  ours: Scored;
  readability: Scored;
  /** The best with-rate and title any extractor showing the page's own text can reach (see pageHaystack). */
  reachable: { withRate: number | null; withRateTypography: number | null; titleExact: boolean | null };
  /** Share of truth tokens inside hidden blocks; null unless detected as article and truth present. */
  hiddenShare: number | null;
  hiddenBlocks: number;
  ms: { detect: number; classifyHide: number | null; extract: number; readability: number };
}

export interface RtpResult {
  kind: 'rtp';
  id: string;
  isArticle: boolean;
  ours: { f1: number | null; titleExact: boolean | null; failed: string | null };
  readability: { f1: number | null; titleExact: boolean | null; failed: string | null };
}

export type PageResult = WcxbResult | RtpResult;

export type ToWorker = { type: 'run'; tasks: Task[] };
export type FromWorker =
  | { type: 'ready'; maxRSS: number }
  | { type: 'result'; result: PageResult; maxRSS: number }
  | { type: 'error'; id: string; reason: string; maxRSS: number }
  | { type: 'done'; maxRSS: number };

const RTP_URL = 'http://fakehost/test/page.html';

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const message = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** The message plus the first stack frame, so a crash in the core says where. */
const where = (e: unknown): string => {
  const frame = e instanceof Error ? e.stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim() : undefined;
  return frame ? `${message(e)} (${frame.replace(/^at /, '').replace(/file:\/\/\/work\/main\//, '')})` : message(e);
};

interface Output {
  text: string;
  title: string;
  failed: string | null;
}

function plainReadability(doc: Document): [Output, number] {
  return time(() => {
    try {
      const parsed = new Readability(doc.cloneNode(true) as Document).parse();
      if (!parsed) return { text: '', title: '', failed: 'Readability returned null' };
      return { text: parsed.textContent ?? '', title: parsed.title ?? '', failed: null };
    } catch (e) {
      return { text: '', title: '', failed: message(e) };
    }
  });
}

/** Our pipeline as run-page.ts runs it: detect, classify+hide when it is an article, extract. */
function quietReader(doc: Document, url: string) {
  const [detection, detectMs] = time(() => detect(doc, url));
  let classifyHideMs: number | null = null;
  if (detection.isArticle) classifyHideMs = time(() => hide(doc, classify(doc, { url })))[1];
  const [out, extractMs] = time((): Output => {
    try {
      const article = extract(doc, url);
      return { text: article.text, title: article.title, failed: null };
    } catch (e) {
      // A page without article text is an outcome, not a crash: it scores as empty text.
      if (e instanceof Error && e.name === 'ExtractError') return { text: '', title: '', failed: message(e) };
      throw e;
    }
  });
  return { isArticle: detection.isArticle, out, detectMs, classifyHideMs, extractMs };
}

function titleMatch(truth: string | null, got: string, normalize: (text: string) => string = fold): boolean | null {
  return truth === null ? null : normalize(got) === normalize(truth);
}

function newDom(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

function runWcxb(task: WcxbTask): WcxbResult {
  const truth = readWcxbTruth(task);
  const dom = newDom(readWcxbHtml(task), truth.url);
  try {
    const doc = dom.window.document;
    const haystack = pageHaystack(doc);
    const reachable = {
      withRate: reachableRate(truth.with, haystack),
      withRateTypography: reachableRate(truth.with, pageHaystack(doc, foldTypography), foldTypography),
      titleExact: reachableTitle(truth.title, haystack),
    };
    const [rb, rbMs] = plainReadability(doc);
    const ours = quietReader(doc, truth.url);
    let hiddenShare: number | null = null;
    const hiddenEls = Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`));
    if (ours.isArticle && truth.mainContent !== null) {
      hiddenShare = containedShare(truth.mainContent, hiddenEls.map((el) => el.textContent ?? '').join(' '));
    }
    const score = (o: Output): Scored => ({
      counts: truth.mainContent === null ? null : shingleCounts(truth.mainContent, o.text),
      f1: truth.mainContent === null ? null : f1Of(truth.mainContent, o.text),
      withRate: snippetRate(truth.with, o.text),
      withRateTypography: snippetRate(truth.with, o.text, foldTypography),
      withoutLeak: snippetRate(truth.without, o.text),
      titleExact: titleMatch(truth.title, o.title),
      titleExactTypography: titleMatch(truth.title, o.title, foldTypography),
      failed: o.failed,
      words: (o.text.match(/[\p{L}\p{N}_]+/gu) ?? []).length,
    });
    return {
      kind: 'wcxb',
      id: task.id,
      type: truth.type,
      url: truth.url,
      isArticle: ours.isArticle,
      ours: score(ours.out),
      readability: score(rb),
      reachable,
      hiddenShare,
      hiddenBlocks: hiddenEls.length,
      ms: { detect: ours.detectMs, classifyHide: ours.classifyHideMs, extract: ours.extractMs, readability: rbMs },
    };
  } finally {
    dom.window.close();
  }
}

function runRtp(task: RtpTask): RtpResult {
  const page = readRtp(task);
  let expectedText: string | null = null;
  if (page.expected !== null) {
    const expected = newDom(page.expected, RTP_URL);
    expectedText = expected.window.document.body?.textContent ?? '';
    expected.window.close();
  }
  const dom = newDom(page.source, RTP_URL);
  try {
    const doc = dom.window.document;
    const [rb] = plainReadability(doc);
    const ours = quietReader(doc, RTP_URL);
    const score = (o: Output) => ({
      f1: expectedText === null ? null : f1Of(expectedText, o.text),
      titleExact: titleMatch(page.title, o.title),
      failed: o.failed,
    });
    return { kind: 'rtp', id: task.id, isArticle: ours.isArticle, ours: score(ours.out), readability: score(rb) };
  } finally {
    dom.window.close();
  }
}

const send = (msg: FromWorker): Promise<void> =>
  new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(msg, undefined, undefined, () => resolve());
  });

const maxRSS = (): number => process.resourceUsage().maxRSS;

process.on('message', (msg: ToWorker) => {
  void (async () => {
    for (const task of msg.tasks) {
      try {
        const result = task.kind === 'wcxb' ? runWcxb(task) : runRtp(task);
        await send({ type: 'result', result, maxRSS: maxRSS() });
      } catch (e) {
        await send({ type: 'error', id: task.id, reason: where(e), maxRSS: maxRSS() });
      }
    }
    await send({ type: 'done', maxRSS: maxRSS() });
    process.disconnect();
  })();
});

void send({ type: 'ready', maxRSS: maxRSS() });
