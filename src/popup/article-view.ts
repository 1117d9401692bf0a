/**
 * The article view shared by the popup and the reader tab: find the tab → ask its content script
 * for the page state → if it's an article, take a snapshot, extract it here (Readability never
 * runs in the page) and render it, with the site switch and the hidden list. The page's html must
 * have the ids below (popup.html, reader.html); each page adds its own controls via the hooks.
 * Works as a normal tab at <page>.html?tab=<tabId>.
 */
import browser from 'webextension-polyfill';
import { extract, parseRules, type Article } from '../core';
import type { PageState, Request } from '../shared/messages';
import { localizePage } from '../shared/i18n';
import { addRule, isEnabledFor, loadSettings, setSiteEnabled } from '../shared/settings';
import { settingsArea, watchSettings } from '../shared/storage';
import { exceptionRuleFor } from './exception-rule';
import { errorMessage, unreachableReason } from './format';
import { gaveUpMessage } from './gave-up';
import { renderHiddenList } from './hidden-list';
import { isPageSnapshot, isPageState, tabIdFromQuery } from './protocol';
import { renderArticle } from './render-article';
import { parseSnapshot } from './snapshot';
import { strings } from './strings';

type ViewState = 'article' | 'not-article' | 'unreachable' | 'gave-up' | 'error';

/** What a page built on the article view gets once the article is rendered. */
export interface ArticleContext {
  tabId: number;
  article: Article;
  /** The page's address when the snapshot was taken. */
  url: string;
  /** The rendered <article>, not yet in the document. */
  view: HTMLElement;
}

export interface ArticleViewHooks {
  onArticle?: (context: ArticleContext) => void;
}

const STATE_TIMEOUT_MS = 5000;
const SNAPSHOT_TIMEOUT_MS = 10000;
const REVEAL_TIMEOUT_MS = 5000;
/** After a settings change, how often and how many times to ask the page whether it has caught up. */
const REFRESH_INTERVAL_MS = 150;
const REFRESH_TRIES = 8;

/** The content script could not be reached at all. */
class UnreachableError extends Error {}

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`popup.html is missing #${id}`);
  return node;
}

const root = document.documentElement;
const ui = {
  brand: byId('qr-brand', HTMLElement),
  toggle: byId('qr-site-toggle', HTMLElement),
  siteSwitch: byId('qr-site-switch', HTMLInputElement),
  siteLabel: byId('qr-site-label', HTMLLabelElement),
  status: byId('qr-status', HTMLElement),
  hidden: byId('qr-hidden', HTMLElement),
  content: byId('qr-content', HTMLElement),
};

let finished = false;

/**
 * The page loads the libraries extract() needs (DOMPurify, Readability) after this bundle, so that
 * they run while it waits for the page's answers; DOMContentLoaded comes once they have run.
 */
const librariesLoaded = new Promise<void>((resolve) => {
  if (document.readyState === 'complete') resolve();
  document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  // readyState is 'interactive' both before and after DOMContentLoaded; load comes after both.
  window.addEventListener('load', () => resolve(), { once: true });
});

/** Speak a status message in the page's live region. */
export function announce(message: string): void {
  // Clear first so the same message twice is still spoken.
  ui.status.textContent = '';
  window.setTimeout(() => {
    ui.status.textContent = message;
  }, 50);
}

/** Record the view state and paint time once the browser has painted what was just rendered. */
function markPainted(state: ViewState): void {
  finished = true;
  ui.content.removeAttribute('aria-busy');
  let marked = false;
  const mark = (): void => {
    if (marked) return;
    marked = true;
    root.dataset.paintedMs = String(performance.now());
    root.dataset.state = state;
  };
  requestAnimationFrame(() => window.setTimeout(mark, 0));
  // requestAnimationFrame does not run in a background tab.
  window.setTimeout(mark, 250);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(strings.noAnswer)), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        window.clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Send a request to the tab's content script. Rejects with UnreachableError if nobody answers. */
async function send(tabId: number, request: Request, timeoutMs: number): Promise<unknown> {
  let answer: unknown;
  try {
    answer = await withTimeout(browser.tabs.sendMessage<Request, unknown>(tabId, request), timeoutMs);
  } catch (error) {
    if (error instanceof Error && error.message === strings.noAnswer) throw error;
    throw new UnreachableError(errorMessage(error));
  }
  // No listener answered (Firefox resolves with undefined; Chrome rejects, handled above).
  if (answer === undefined) throw new UnreachableError(strings.noAnswer);
  return answer;
}

async function getPageState(tabId: number): Promise<PageState> {
  const answer = await send(tabId, { type: 'qr:getPageState' }, STATE_TIMEOUT_MS);
  if (!isPageState(answer)) throw new Error(strings.badAnswer);
  return answer;
}

async function resolveTabId(): Promise<number | null> {
  const fromQuery = tabIdFromQuery(location.search);
  if (fromQuery !== undefined) {
    root.classList.add('qr-in-tab');
    return fromQuery;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab's URL if the browser tells us (only with activeTab/tabs permission); for the "why" line. */
async function tabUrl(tabId: number | null): Promise<string | undefined> {
  if (tabId === null) return undefined;
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

function stateView(title: string, ...rest: Node[]): HTMLElement {
  const section = document.createElement('section');
  section.className = 'qr-state';
  section.setAttribute('aria-labelledby', 'qr-state-title');
  const h1 = document.createElement('h1');
  h1.id = 'qr-state-title';
  h1.textContent = title;
  section.append(h1, ...rest);
  return section;
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  if (className) p.className = className;
  p.textContent = text;
  return p;
}

function showUnreachable(why: string): void {
  ui.content.replaceChildren(stateView(strings.unreachableTitle, paragraph(why, 'qr-why')));
  announce(strings.unreachableTitle);
  markPainted('unreachable');
}

function showNotArticle(reasons: readonly string[]): void {
  const details = document.createElement('details');
  details.className = 'qr-reasons';
  const summary = document.createElement('summary');
  summary.textContent = strings.notArticleWhy;
  details.append(summary);
  if (reasons.length === 0) {
    details.append(paragraph(strings.noReasons));
  } else {
    const list = document.createElement('ul');
    for (const reason of reasons) {
      const li = document.createElement('li');
      li.textContent = reason;
      list.append(li);
    }
    details.append(list);
  }
  ui.content.replaceChildren(stateView(strings.notArticleTitle, details));
  announce(strings.notArticleTitle);
  markPainted('not-article');
}

function showGaveUp(message: string): void {
  ui.content.replaceChildren(stateView(strings.gaveUpTitle, paragraph(message, 'qr-why')));
  announce(strings.gaveUpTitle);
  markPainted('gave-up');
}

function showError(error: unknown): void {
  const message = errorMessage(error);
  ui.content.replaceChildren(stateView(strings.errorTitle, paragraph(message, 'qr-why')));
  announce(`${strings.errorTitle}: ${message}`);
  markPainted('error');
}

/** The hidden-items area, re-rendered whenever the page's state is refreshed. */
class HiddenArea {
  private readonly revealed = new Set<number>();

  constructor(private readonly tabId: number) {}

  render(state: PageState, enabled: boolean): void {
    const wasOpen = ui.hidden.querySelector('details')?.open ?? false;
    const children: Node[] = [];
    if (state.error) children.push(paragraph(strings.pageError(state.error), 'qr-note qr-warning'));
    if (state.gaveUp && state.isArticle) children.push(paragraph(gaveUpMessage(state.gaveUp), 'qr-note'));
    if (state.isArticle || state.hidden.length > 0) {
      children.push(
        renderHiddenList(document, {
          items: state.hidden,
          enabled,
          site: state.site,
          revealed: this.revealed,
          open: wasOpen,
          reveal: (id) => this.reveal(id),
          onRevealed: (id) => this.revealed.add(id),
          keep: (id) => this.keep(id),
          announce,
        }),
      );
    }
    // Don't yank focus out from under the user.
    const focusInside = ui.hidden.contains(document.activeElement);
    ui.hidden.replaceChildren(...children);
    ui.hidden.hidden = children.length === 0;
    if (focusInside) ui.hidden.querySelector<HTMLElement>('summary, button')?.focus();
  }

  private async reveal(id: number): Promise<boolean> {
    const answer = await send(this.tabId, { type: 'qr:reveal', id }, REVEAL_TIMEOUT_MS);
    return answer === true;
  }

  /**
   * Store an exception rule for the block; the page shows it again when it applies the new rules.
   * The rule is made from a snapshot taken now, not the one the article came from: the page may
   * have hidden more since, or hidden again under new ids after a rules change.
   */
  private async keep(id: number): Promise<boolean> {
    const snapshot = await send(this.tabId, { type: 'qr:getSnapshot' }, SNAPSHOT_TIMEOUT_MS);
    const line = isPageSnapshot(snapshot) ? exceptionRuleFor(snapshot, id) : null;
    if (line === null) return false;
    await addRule(settingsArea(browser), line);
    return true;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

/** The "Clean up on <site>" switch; keeps itself and the hidden list in step with storage. */
function setUpSiteSwitch(site: string, enabled: boolean, tabId: number, hiddenArea: HiddenArea): void {
  const area = settingsArea(browser);
  ui.siteLabel.textContent = strings.siteSwitch(site);
  ui.siteSwitch.checked = enabled;
  ui.toggle.hidden = false;

  ui.siteSwitch.addEventListener('change', () => {
    const on = ui.siteSwitch.checked;
    setSiteEnabled(area, site, on).then(
      () => announce(strings.settingSaved(site, on)),
      (error: unknown) => {
        ui.siteSwitch.checked = !on;
        announce(strings.settingFailed(errorMessage(error)));
      },
    );
  });

  let generation = 0;
  watchSettings(browser, () => {
    const current = ++generation;
    void (async () => {
      const expected = isEnabledFor(await loadSettings(area), site);
      if (current !== generation) return;
      ui.siteSwitch.checked = expected;
      // The content script applies the change from its own storage listener; wait until it has.
      for (let attempt = 0; attempt < REFRESH_TRIES && current === generation; attempt++) {
        await sleep(REFRESH_INTERVAL_MS);
        let state: PageState;
        try {
          state = await getPageState(tabId);
        } catch {
          return;
        }
        if (current !== generation) return;
        // The content script only cleans up articles, so it reports enabled=false elsewhere.
        if (state.enabled === (state.isArticle && expected) || attempt === REFRESH_TRIES - 1) {
          hiddenArea.render(state, expected);
          return;
        }
      }
    })();
  });
}

async function run(hooks: ArticleViewHooks): Promise<void> {
  // Phase marks for bench:browser, which splits the popup's time to paint at them.
  performance.mark('qr:run');
  const tabId = await resolveTabId();
  if (tabId === null) {
    showUnreachable(strings.unreachableWhy.generic);
    return;
  }

  // State, settings and snapshot do not depend on one another: ask for all three at once rather
  // than pay for one round trip to the page after another. Off articles the snapshot is null.
  const stateSent = getPageState(tabId);
  const snapshotSent = send(tabId, { type: 'qr:getSnapshot' }, SNAPSHOT_TIMEOUT_MS);
  // Left unread when the page is no article or unreachable: that must not count as an error.
  snapshotSent.catch(() => undefined);
  const settingsLoaded = loadSettings(settingsArea(browser));

  let state: PageState;
  try {
    state = await stateSent;
  } catch (error) {
    if (error instanceof UnreachableError) {
      showUnreachable(unreachableReason(await tabUrl(tabId)));
      return;
    }
    throw error;
  }

  const settings = await settingsLoaded;
  const enabled = state.site === null ? state.enabled : isEnabledFor(settings, state.site);
  const hiddenArea = new HiddenArea(tabId);
  if (state.site !== null) setUpSiteSwitch(state.site, enabled, tabId, hiddenArea);
  hiddenArea.render(state, enabled);

  if (state.gaveUp && !state.isArticle) {
    showGaveUp(gaveUpMessage(state.gaveUp));
    return;
  }
  if (!state.isArticle) {
    showNotArticle(state.reasons);
    return;
  }

  ui.status.textContent = strings.extracting;
  const snapshot = await snapshotSent;
  if (!isPageSnapshot(snapshot)) throw new Error(strings.badAnswer);
  await librariesLoaded;
  performance.mark('qr:snapshot');

  const started = performance.now();
  // extract() resolves URLs itself.
  const doc = parseSnapshot(snapshot.html);
  const article = extract(doc, snapshot.url, { rules: parseRules(settings.rules, doc), inPlace: true });
  const view = renderArticle(document, article, { url: snapshot.url });
  root.dataset.extractMs = String(performance.now() - started);
  hooks.onArticle?.({ tabId, article, url: snapshot.url, view });

  ui.content.replaceChildren(view);
  announce(strings.ready);
  markPainted('article');
}

function fail(error: unknown): void {
  if (finished) return;
  showError(error);
}

/** Fill the page's article view; call once, after the page's own hooks are ready. */
export function startArticleView(hooks: ArticleViewHooks = {}): void {
  localizePage(document);
  ui.brand.textContent = strings.appName;
  const loading = ui.content.querySelector('.qr-loading');
  if (loading) loading.textContent = strings.loading;
  ui.hidden.setAttribute('aria-label', strings.hiddenRegion);
  window.addEventListener('error', (event) => fail(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));
  run(hooks).catch((error: unknown) => {
    if (error instanceof UnreachableError) {
      // Reachable a moment ago (page state), gone now: the page navigated or was closed.
      ui.content.replaceChildren();
      showUnreachable(strings.unreachableWhy.reload);
      return;
    }
    fail(error);
  });
}
