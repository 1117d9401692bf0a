/**
 * Restore benchmark: on every corpus page (WCXB dev, Readability's test pages, jpost-2019),
 * classify → hide → restore must leave `document.body.innerHTML` — and the whole document's
 * markup — exactly as it was. Pages run in child processes, BATCH pages per fresh process and at
 * most WORKERS at once, so memory stays bounded; a page over TIMEOUT_MS is skipped, not waited on.
 *   npm run bench:restore -- [CORPUS_DIR]
 * Prints pages checked, failures (with the first differing offset) and skipped pages; exits 1 on a failure.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { classify, hide, restore } from '../src/core';
import { readRtp, readWcxbHtml, readWcxbTruth, rtpTasks, wcxbTasks } from './lib/corpus';

const SELF = fileURLToPath(import.meta.url);
const BATCH = 100;
const WORKERS = 2;
const TIMEOUT_MS = 30_000;
/** Extra time for a child's first page: starting node and tsx takes long on a busy machine. */
const STARTUP_MS = 60_000;

interface Page {
  id: string;
  /** Loaded in the child, so the parent never holds page html. */
  load: () => { html: string; url: string };
}

function pages(corpusDir: string): Page[] {
  const jpost = join(corpusDir, 'jpost-2019', 'source.html');
  return [
    ...wcxbTasks(corpusDir).map((task) => ({ id: `wcxb/${task.id}`, load: () => ({ html: readWcxbHtml(task), url: readWcxbTruth(task).url }) })),
    ...rtpTasks(corpusDir).map((task) => ({ id: `rtp/${task.id}`, load: () => ({ html: readRtp(task).source, url: `https://example.invalid/${task.id}` }) })),
    ...(existsSync(jpost) ? [{ id: 'jpost-2019', load: () => ({ html: readFileSync(jpost, 'utf8'), url: 'https://www.jpost.com/breaking-news/x' }) }] : []),
  ];
}

type Outcome = { id: string; ok: true; hidden: number } | { id: string; ok: false; why: string };

/** Index of the first character where two strings differ. */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

function check(page: Page): Outcome {
  const { html, url } = page.load();
  const { window } = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const doc = window.document;
    const body = doc.body?.innerHTML ?? '';
    const whole = doc.documentElement?.outerHTML ?? '';
    const hidden = hide(doc, classify(doc, { url })).length;
    restore(doc);
    const bodyAfter = doc.body?.innerHTML ?? '';
    if (bodyAfter !== body) return { id: page.id, ok: false, why: `body differs at ${firstDifference(body, bodyAfter)}` };
    if ((doc.documentElement?.outerHTML ?? '') !== whole) return { id: page.id, ok: false, why: 'document differs outside body' };
    return { id: page.id, ok: true, hidden };
  } catch (error) {
    return { id: page.id, ok: false, why: `threw ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    window.close();
  }
}

/** Child: check pages [from, to) and send each outcome. */
function child(corpusDir: string, from: number, to: number): void {
  for (const page of pages(corpusDir).slice(from, to)) process.send?.(check(page));
  process.disconnect();
}

async function parent(corpusDir: string): Promise<void> {
  const all = pages(corpusDir);
  if (all.length === 0) throw new Error(`no corpus pages under ${corpusDir}`);
  const outcomes: Outcome[] = [];
  const skipped: string[] = [];
  const runBatch = (from: number, to: number): Promise<void> =>
    new Promise((done) => {
      let next = from;
      const worker = fork(SELF, ['--child', corpusDir, String(from), String(to)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      let timer = setTimeout(() => worker.kill('SIGKILL'), STARTUP_MS + TIMEOUT_MS);
      worker.on('message', (outcome: Outcome) => {
        outcomes.push(outcome);
        next++;
        clearTimeout(timer);
        timer = setTimeout(() => worker.kill('SIGKILL'), TIMEOUT_MS);
      });
      worker.on('close', () => {
        clearTimeout(timer);
        if (next >= to) {
          process.stderr.write(`  ${outcomes.length}/${all.length} pages, ${outcomes.filter((o) => !o.ok).length} failures, ${skipped.length} skipped\n`);
          return done();
        }
        // The page at `next` hung or crashed the process: skip it, go on with the rest.
        skipped.push(all[next]!.id);
        void runBatch(next + 1, to).then(done);
      });
    });
  const batches = Array.from({ length: Math.ceil(all.length / BATCH) }, (_, i) => [i * BATCH, Math.min(all.length, (i + 1) * BATCH)] as const);
  const lanes = Array.from({ length: WORKERS }, async (_, lane) => {
    for (let i = lane; i < batches.length; i += WORKERS) await runBatch(...batches[i]!);
  });
  await Promise.all(lanes);
  const failures = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
  const hidden = outcomes.reduce((sum, o) => sum + (o.ok ? o.hidden : 0), 0);
  console.log(`bench:restore: ${outcomes.length} pages checked (${hidden} blocks hidden and restored), ${failures.length} failures, ${skipped.length} skipped`);
  for (const f of failures) console.log(`  FAIL ${f.id}: ${f.why}`);
  for (const id of skipped) console.log(`  SKIP ${id}: timeout or crash`);
  if (failures.length > 0) process.exitCode = 1;
}

const [flag, dir, from, to] = process.argv.slice(2);
if (flag === '--child') child(dir!, Number(from), Number(to));
else await parent(resolve(flag ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus')));
