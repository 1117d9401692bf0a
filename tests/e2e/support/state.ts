/** Asking a tab's content script for its state, and waiting until it has settled. */
import type { PageState } from '../../../src/shared/messages';
import { sleep, type Driver } from './driver';

export type { PageState };

function key(state: PageState): string {
  return JSON.stringify([state.url, state.isArticle, state.enabled, state.hidden.map((item) => item.id)]);
}

/**
 * Poll `qr:getPageState` until the content script answers, `until` holds (if given) and two answers
 * `stableMs` apart agree.
 */
export async function settledState(
  driver: Driver,
  tabId: number,
  opts: { timeout?: number; stableMs?: number; until?: (state: PageState) => boolean } = {},
): Promise<PageState> {
  const end = Date.now() + (opts.timeout ?? 15_000);
  let previous: string | null = null;
  let last: unknown = null;
  for (;;) {
    try {
      const state = await driver.sendToTab<PageState | undefined>(tabId, { type: 'qr:getPageState' });
      if (state && (!opts.until || opts.until(state))) {
        const now = key(state);
        if (now === previous) return state;
        previous = now;
      } else {
        previous = null;
      }
      last = state;
    } catch (error) {
      previous = null;
      last = error;
    }
    if (Date.now() > end) {
      throw new Error(`content script did not settle: ${last instanceof Error ? last.message : JSON.stringify(last)?.slice(0, 300)}`);
    }
    await sleep(opts.stableMs ?? 300);
  }
}
