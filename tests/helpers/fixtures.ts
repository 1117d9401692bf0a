/** Fixture loading for tests: files from tests/fixtures, parsed by jsdom with no scripts run. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

export function dom(html: string, url = 'https://news.example.com/world/2024/story-of-the-day'): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

/** An extracted article's container, `<div id="article">`, holding `html`: what the extract steps work on. */
export function articleRoot(html: string, url?: string): Element {
  return dom(`<!doctype html><html><body><div id="article">${html}</div></body></html>`, url).window.document.getElementById('article')!;
}

export function fixtureDom(name: string, url?: string): JSDOM {
  return dom(fixture(name), url);
}
