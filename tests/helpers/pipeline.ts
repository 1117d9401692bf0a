/**
 * The whole core pipeline on one document, as the content script and popup run it:
 * detect → classify → hide → restore (must give back the exact markup) → extract.
 * Any error except ExtractError ("no article here") is thrown; timings are in milliseconds.
 */
import { classify, detect, extract, ExtractError, hide, restore } from '../../src/core';

export interface PipelineRun {
  isArticle: boolean;
  hidden: number;
  /** `documentElement.outerHTML` (or '' without one) before hide and after restore. */
  before: string;
  after: string;
  /** Extracted html, or null when extract said there is no article. */
  html: string | null;
  ms: { detect: number; classifyHide: number; restore: number; extract: number };
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

export function runPipeline(doc: Document, url: string, win: Window): PipelineRun {
  const markup = (): string => doc.documentElement?.outerHTML ?? '';
  const [detection, detectMs] = timed(() => detect(doc, url));
  const before = markup();
  const [hidden, classifyHideMs] = timed(() => hide(doc, classify(doc, { url })).length);
  const [, restoreMs] = timed(() => restore(doc));
  const after = markup();
  const [html, extractMs] = timed(() => {
    try {
      return extract(doc, url, { window: win }).html;
    } catch (error) {
      if (error instanceof ExtractError) return null;
      throw error;
    }
  });
  return {
    isArticle: detection.isArticle,
    hidden,
    before,
    after,
    html,
    ms: { detect: detectMs, classifyHide: classifyHideMs, restore: restoreMs, extract: extractMs },
  };
}
