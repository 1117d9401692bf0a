/** The typed message protocol between popup, content script and background. */
import type { GiveUp } from '../core/budget';
import type { HiddenItem } from '../core/types';

/** What the content script knows about its page, answered to `getPageState`. */
export interface PageState {
  url: string;
  site: string | null;
  isArticle: boolean;
  reasons: string[];
  enabled: boolean;
  hidden: HiddenItem[];
  /** Milliseconds spent by the content script (performance.now), and how many cleaning runs. */
  timings: { detect: number; classifyHide: number; cleanRuns: number };
  /** Set when the page was past a budget and the content script stopped (see core/budget.ts). */
  gaveUp: GiveUp | null;
  /** Set when the content script caught an error of its own. */
  error: string | null;
}

/**
 * A snapshot of the page for extraction in the popup (Readability never runs in the page). The
 * popup asks for it along with the state; the content script answers null off articles.
 */
export interface PageSnapshot {
  url: string;
  html: string;
}

export type Request =
  | { type: 'qr:getPageState' }
  | { type: 'qr:getSnapshot' }
  | { type: 'qr:reveal'; id: number };

export type ResponseFor<R extends Request> = R extends { type: 'qr:getPageState' }
  ? PageState
  : R extends { type: 'qr:getSnapshot' }
    ? PageSnapshot | null
    : R extends { type: 'qr:reveal' }
      ? boolean
      : never;

/**
 * To the background. From the content script: keeps the toolbar badge in step with the page.
 * From an extension page: run a `commands` entry for a tab as its keyboard shortcut would (the
 * end-to-end tests need it: headless browsers do not deliver shortcut keys to extensions).
 */
export type BackgroundMessage =
  | { type: 'qr:hiddenCount'; count: number }
  | { type: 'qr:error'; message: string }
  | { type: 'qr:command'; command: string; tabId: number };

export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'qr:getPageState' || type === 'qr:getSnapshot') return true;
  return type === 'qr:reveal' && typeof (value as { id?: unknown }).id === 'number';
}

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (typeof value !== 'object' || value === null) return false;
  const msg = value as { type?: unknown; count?: unknown; message?: unknown; command?: unknown; tabId?: unknown };
  return (
    (msg.type === 'qr:hiddenCount' && typeof msg.count === 'number') ||
    (msg.type === 'qr:error' && typeof msg.message === 'string') ||
    (msg.type === 'qr:command' && typeof msg.command === 'string' && typeof msg.tabId === 'number')
  );
}
