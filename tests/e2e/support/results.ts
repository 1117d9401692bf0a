/** Where screenshots and reports go (test-results/ is git-ignored). */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './server';
import { CHROMIUM_PATH, FIREFOX_PATH, type BrowserName } from './driver';

export const RESULTS = resolve(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });

export function shot(browser: BrowserName, name: string): string {
  return resolve(RESULTS, `${browser}-${name}.png`);
}

/** Browsers to run: QR_E2E_BROWSERS=chromium,firefox (default both), minus any not installed. */
export function browsersToRun(): BrowserName[] {
  const wanted = (process.env.QR_E2E_BROWSERS ?? 'chromium,firefox')
    .split(',')
    .map((name) => name.trim())
    .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');
  return wanted.filter((name) => {
    const ok = existsSync(name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH);
    if (!ok) console.log(`[e2e] ${name} is not installed; skipping it`);
    return ok;
  });
}

/** Text folded for comparison: NFKC, lower case, no whitespace, plain quotes and dashes. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u200b-\u200d\ufeff]+/g, '');
}

/**
 * The README's screenshots, as [test-results name, docs/ file]: each must be 1–200 KB; copied to
 * docs/ only with QR_UPDATE_DOCS=1, so a test run never changes tracked files.
 */
export function checkDocScreenshots(browser: BrowserName, pairs: readonly (readonly [string, string])[]): void {
  const docs = resolve(ROOT, 'docs');
  for (const [from, to] of pairs) {
    const size = statSync(shot(browser, from)).size;
    expect(size, from).toBeGreaterThan(1_000);
    expect(size, from).toBeLessThanOrEqual(200_000);
    if (process.env.QR_UPDATE_DOCS === '1') {
      mkdirSync(docs, { recursive: true });
      copyFileSync(shot(browser, from), resolve(docs, to));
    }
  }
}
