/**
 * The content script: small on purpose (no Readability here). It detects on load; on an article
 * page with cleanup on for the site it classifies and hides; it follows the per-site switch live
 * and answers the popup. On other pages it only listens for the popup's questions.
 */
import { browser } from './native-api';
import { overElementBudget, overTimeBudget, type GiveUp } from '../core/budget';
import { classify } from '../core/classify';
import { detect } from '../core/detect';
import { hide, restore, reveal } from '../core/hide';
import { parseRules, type Rule } from '../core/rules';
import type { HiddenItem } from '../core/types';
import { isRequest, type BackgroundMessage, type PageSnapshot, type PageState, type Request } from '../shared/messages';
import { isEnabledFor, loadSettings, siteKey } from '../shared/settings';
import { settingsReader, watchSettings } from '../shared/storage';
import { watchPage } from './watch-page';

/** url and site are set by evaluate(), which runs before any message can arrive. */
const state: PageState = {
  url: '',
  site: null,
  isArticle: false,
  reasons: [],
  enabled: false,
  hidden: [],
  timings: { detect: 0, classifyHide: 0, cleanRuns: 0 },
  gaveUp: null,
  error: null,
};

let stopWatching: (() => void) | null = null;
/** The user's own element-hiding rules, parsed when settings load, and the lines they came from. */
let userRules: Rule[] = [];
let userRuleLines = '';
let stopSettings: (() => void) | null = null;

function notify(message: BackgroundMessage): void {
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be asleep or reloading; the badge is a nicety.
  });
}

/** The toolbar badge shows how many blocks are hidden. */
function notifyCount(): void {
  notify({ type: 'qr:hiddenCount', count: state.hidden.length });
}

function report(error: unknown): void {
  state.error = error instanceof Error ? error.message : String(error);
  notify({ type: 'qr:error', message: state.error });
}

function giveUp(why: GiveUp): void {
  state.gaveUp = why;
  stopWatching?.();
  stopWatching = null;
}

/** Classify and hide whatever is new; safe to call again as the page changes. */
function clean(): void {
  const start = performance.now();
  const items: HiddenItem[] = hide(document, classify(document, { url: location.href, rules: userRules }));
  const took = performance.now() - start;
  state.timings.classifyHide += took;
  state.timings.cleanRuns += 1;
  if (items.length > 0) {
    state.hidden.push(...items);
    notifyCount();
  }
  // What is hidden stays hidden; the page's later changes are no longer followed.
  const slow = overTimeBudget(took);
  if (slow) giveUp(slow);
}

function undo(): void {
  restore(document);
  state.hidden = [];
  notifyCount();
}

async function apply(): Promise<void> {
  const settings = await loadSettings(settingsReader(browser));
  const enabled = state.isArticle && isEnabledFor(settings, state.site);
  const lines = settings.rules.join('\n');
  const rulesChanged = lines !== userRuleLines;
  if (rulesChanged) {
    userRules = parseRules(settings.rules, document);
    userRuleLines = lines;
  }
  if (enabled && state.enabled && rulesChanged) {
    // New rules apply from scratch, so a removed rule gives its blocks back.
    undo();
    clean();
    return;
  }
  if (enabled === state.enabled) return;
  state.enabled = enabled;
  if (enabled) {
    stopWatching = watchPage({ onMutations: guard(clean), onNavigate: guard(evaluate) });
    clean();
  } else {
    stopWatching?.();
    stopWatching = null;
    undo();
  }
}

/** Detect (again, after an in-page navigation) and apply the user's choice. */
async function evaluate(): Promise<void> {
  state.url = location.href;
  state.site = siteKey(location.href);
  if (state.enabled) {
    // After an in-page navigation: start over.
    state.enabled = false;
    stopWatching?.();
    undo();
  }
  // Too big to look at: leave the page alone (nothing is hidden now) and say why.
  const tooBig = overElementBudget(document);
  if (tooBig) {
    state.isArticle = false;
    giveUp(tooBig);
    return;
  }
  const start = performance.now();
  const detection = detect(document, location.href);
  state.timings = { detect: performance.now() - start, classifyHide: 0, cleanRuns: 0 };
  state.isArticle = detection.isArticle;
  state.reasons = detection.reasons;
  if (state.isArticle) stopSettings ??= watchSettings(browser, guard(apply));
  await apply();
}

/** Errors of ours are caught and reported, never thrown into the page. */
function guard(run: () => void | Promise<void>): () => void {
  return () => {
    try {
      Promise.resolve(run()).catch(report);
    } catch (error) {
      report(error);
    }
  };
}

function answer(request: Request): PageState | PageSnapshot | boolean | null {
  switch (request.type) {
    case 'qr:getPageState':
      // sendResponse copies the answer, so later changes to state never reach the popup's.
      return state;
    case 'qr:getSnapshot':
      // Asked for along with the state; off articles it would be serialized for nothing.
      return state.isArticle ? { url: location.href, html: document.documentElement?.outerHTML ?? '' } : null;
    case 'qr:reveal': {
      const shown = reveal(document, request.id);
      if (shown) state.hidden = state.hidden.filter((item) => item.id !== request.id);
      return shown;
    }
  }
}

// Answered synchronously with sendResponse, which Chrome and Firefox both support natively.
browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  try {
    sendResponse(isRequest(message) ? answer(message) : undefined);
  } catch (error) {
    // No answer reads as "unreachable" in the popup; the error goes to the background.
    report(error);
    sendResponse(undefined);
  }
  return true;
});

guard(evaluate)();
