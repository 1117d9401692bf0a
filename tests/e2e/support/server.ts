/**
 * A tiny static server on 127.0.0.1 (random port) for the end-to-end tests and the browser bench.
 * Serves the fixtures, the e2e pages and (when present) pages of the shared WCXB corpus.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures');
const PAGES = resolve(ROOT, 'tests/e2e/pages');

/** Paths of the pages the tests use. The seed keeps the Jerusalem Post article path. */
export const PATHS = {
  seed: '/Middle-East/Iran-US-pullout-key-to-Iraq-stability',
  index: '/world',
  lateClutter: '/news/2024/05/late-clutter-story',
  pushState: '/news/2024/05/first-story',
  hebrew: '/city/2024/05/bike-lanes',
} as const;

export interface LocalServer {
  origin: string;
  /** Register a page body under a path (html unless `headers` say otherwise); returns the absolute URL. */
  add(path: string, body: () => Buffer | string, headers?: Record<string, string>): string;
  /** Paths requested so far, in order. */
  readonly hits: string[];
  url(path: string): string;
  has(path: string): boolean;
  close(): Promise<void>;
}

export async function startServer(): Promise<LocalServer> {
  const routes = new Map<string, () => Buffer | string>();
  const headersOf = new Map<string, Record<string, string>>();
  const hits: string[] = [];
  routes.set(PATHS.seed, () => readFileSync(resolve(FIXTURES, 'jpost-seed.html')));
  routes.set(PATHS.index, () => readFileSync(resolve(FIXTURES, 'index-page.html')));
  routes.set(PATHS.lateClutter, () => readFileSync(resolve(PAGES, 'late-clutter.html')));
  routes.set(PATHS.pushState, () => readFileSync(resolve(PAGES, 'pushstate.html')));
  routes.set(PATHS.hebrew, () => readFileSync(resolve(FIXTURES, 'hebrew-rtl.html')));

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(url.pathname + url.search);
    const key = routes.has(url.pathname + url.search) ? url.pathname + url.search : url.pathname;
    const body = routes.get(key);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headersOf.get(key) });
    res.end(body());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    add(path, body, headers) {
      routes.set(path, body);
      if (headers) headersOf.set(path, headers);
      return origin + path;
    },
    url: (path) => origin + path,
    has: (path) => routes.has(path),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function gunzipFile(path: string): Buffer {
  return gunzipSync(readFileSync(path));
}
