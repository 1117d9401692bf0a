/** Reading the corpora: WCXB dev pages and Mozilla Readability's test pages. Missing fields are unknown, not errors. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface WcxbTask {
  kind: 'wcxb';
  id: string;
  htmlPath: string;
  truthPath: string;
}

export interface RtpTask {
  kind: 'rtp';
  id: string;
  dir: string;
}

export type Task = WcxbTask | RtpTask;

export interface WcxbTruth {
  url: string;
  type: string | null;
  title: string | null;
  mainContent: string | null;
  with: string[];
  without: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' && v !== 'None' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : []);

/** The WCXB pages of `corpusDir/wcxb-dev`, sorted by file id; an empty list when there is none. */
export function wcxbTasks(corpusDir: string): WcxbTask[] {
  const root = join(corpusDir, 'wcxb-dev');
  const htmlDir = join(root, 'html');
  if (!existsSync(htmlDir)) return [];
  return readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.html.gz'.length);
      return { kind: 'wcxb', id, htmlPath: join(htmlDir, f), truthPath: join(root, 'ground-truth', `${id}.json`) };
    });
}

export function readWcxbHtml(task: WcxbTask): string {
  return gunzipSync(readFileSync(task.htmlPath)).toString('utf8');
}

export function readWcxbTruth(task: WcxbTask): WcxbTruth {
  let raw: unknown = {};
  if (existsSync(task.truthPath)) raw = JSON.parse(readFileSync(task.truthPath, 'utf8')) as unknown;
  const rec = isRecord(raw) ? raw : {};
  const gt = isRecord(rec.ground_truth) ? rec.ground_truth : {};
  const internal = isRecord(rec._internal) ? rec._internal : {};
  const pageType = isRecord(internal.page_type) ? internal.page_type : {};
  let url = `https://example.invalid/${task.id}`;
  const given = str(rec.url);
  if (given) {
    try {
      url = new URL(given).href;
    } catch {
      // keep the placeholder
    }
  }
  return {
    url,
    type: str(pageType.primary),
    title: str(gt.title),
    mainContent: str(gt.main_content),
    with: strings(gt.with),
    without: strings(gt.without),
  };
}

/** The folders of `corpusDir/readability-test-pages` that hold a source.html. */
export function rtpTasks(corpusDir: string): RtpTask[] {
  const root = join(corpusDir, 'readability-test-pages');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory() && existsSync(join(root, d, 'source.html')))
    .sort()
    .map((d) => ({ kind: 'rtp', id: d, dir: join(root, d) }));
}

export interface RtpPage {
  source: string;
  expected: string | null;
  title: string | null;
}

export function readRtp(task: RtpTask): RtpPage {
  const read = (name: string): string | null => (existsSync(join(task.dir, name)) ? readFileSync(join(task.dir, name), 'utf8') : null);
  const meta = read('expected-metadata.json');
  const parsed: unknown = meta ? JSON.parse(meta) : {};
  return {
    source: read('source.html') ?? '',
    expected: read('expected.html'),
    title: isRecord(parsed) ? str(parsed.title) : null,
  };
}
