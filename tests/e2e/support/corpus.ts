/** Pages of the shared WCXB dev corpus (../shared/corpus/wcxb-dev, or $QR_CORPUS), when it is there. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, gunzipFile, type LocalServer } from './server';

export const CORPUS_DIR = process.env.QR_CORPUS ?? resolve(ROOT, '../shared/corpus/wcxb-dev');

export interface CorpusPage {
  id: string;
  /** The page's original URL. */
  original: string;
  type: string;
  /** Ground-truth snippets that belong to the article. */
  with: string[];
  htmlPath: string;
}

export function corpusAvailable(): boolean {
  return existsSync(resolve(CORPUS_DIR, 'ground-truth')) && existsSync(resolve(CORPUS_DIR, 'html'));
}

/** Every corpus page in file-id order. */
export function corpusPages(): CorpusPage[] {
  const dir = resolve(CORPUS_DIR, 'ground-truth');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const id = name.replace(/\.json$/, '');
      const htmlPath = resolve(CORPUS_DIR, 'html', `${id}.html.gz`);
      if (!existsSync(htmlPath)) return [];
      const truth = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as {
        url?: string;
        _internal?: { page_type?: { primary?: string } };
        ground_truth?: { with?: unknown };
      };
      const snippets = Array.isArray(truth.ground_truth?.with)
        ? truth.ground_truth.with.filter((s): s is string => typeof s === 'string' && s.trim() !== '')
        : [];
      return [{ id, original: truth.url ?? '', type: truth._internal?.page_type?.primary ?? 'unknown', with: snippets, htmlPath }];
    });
}

/**
 * Serve a corpus page on the local server at its original path and query (so URL signals still
 * work); if another page already has that path, prefix it with the id: /c/0001/2025/09/04/slug/.
 */
export function serveCorpusPage(server: LocalServer, page: CorpusPage): string {
  let path = '/';
  try {
    const url = new URL(page.original);
    path = url.pathname + url.search;
  } catch {
    // keep '/'
  }
  const served = server.has(path) ? `/c/${page.id}${path}` : path;
  return server.add(served, () => gunzipFile(page.htmlPath));
}
