/**
 * Quiet Reader in real browsers, on local fixture pages: clutter hidden live, popup, per-site
 * switch, non-article and unreachable pages, late clutter, in-page navigation, no network of its own.
 * Runs once per browser (Chromium via playwright-core, Firefox via puppeteer-core/WebDriver BiDi).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Driver, type E2EPage } from './support/driver';
import { browsersToRun, checkDocScreenshots, foldText, shot } from './support/results';
import { PATHS, startServer, type LocalServer } from './support/server';
import { settledState } from './support/state';

const HIDDEN = '[data-quiet-reader-hidden]';
const SEED_TITLE = 'Iran: US pullout key to Iraq stability';

/** What the tests read from a live page. */
function inspect() {
  const display = (selector: string) => {
    const el = document.querySelector(selector);
    return el ? getComputedStyle(el).display : 'missing';
  };
  const hidden = Array.from(document.querySelectorAll('[data-quiet-reader-hidden]'));
  const body = document.querySelector<HTMLElement>('[itemprop=articleBody]');
  const root = document.documentElement;
  const scroller = document.scrollingElement ?? root;
  window.scrollTo(0, 400);
  const scrolled = window.scrollY;
  window.scrollTo(0, 0);
  return {
    clutter: {
      dearReader: display('#dear-reader-box'),
      premiumPlus: display('.article-premium-plus'),
      related: display('.related-content-wrap'),
    },
    markers: hidden.length,
    markersShown: hidden.filter((el) => getComputedStyle(el).display !== 'none').length,
    style: document.getElementById('quiet-reader-style') !== null,
    body: body && {
      display: getComputedStyle(body).display,
      visibility: getComputedStyle(body).visibility,
      innerText: body.innerText,
      textContent: body.textContent ?? '',
      insideHidden: body.closest('[data-quiet-reader-hidden]') !== null,
      hiddenInside: body.querySelectorAll('[data-quiet-reader-hidden]').length,
      height: body.getBoundingClientRect().height,
    },
    overflow: [getComputedStyle(root).overflowY, getComputedStyle(document.body).overflowY],
    position: getComputedStyle(document.body).position,
    scrollable: scroller.scrollHeight > scroller.clientHeight,
    scrolled,
  };
}

const stripMarkers = (html: string): string => html.replace(/ data-quiet-reader-hidden="\d+"/g, '');

const browsers = browsersToRun();

describe.each(browsers)('%s', (name) => {
  let server: LocalServer;
  let driver: Driver;
  let seed: { page: E2EPage; tabId: number };
  let seedMarkers = 0;

  beforeAll(async () => {
    server = await startServer();
    driver = await launch(name);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('hides the clutter on the seed page and leaves the article readable', async () => {
    seed = await driver.openTab(server.url(PATHS.seed));
    await seed.page.setViewport(1000, 1100);
    const state = await settledState(driver, seed.tabId, { until: (s) => s.isArticle && s.enabled && s.hidden.length > 0 });
    expect(state.error).toBeNull();
    const live = await seed.page.evaluate(inspect);

    expect(live.clutter).toEqual({ dearReader: 'none', premiumPlus: 'none', related: 'none' });
    expect(live.style).toBe(true);
    expect(live.markers).toBe(state.hidden.length);
    expect(live.markersShown).toBe(0);

    expect(live.body).not.toBeNull();
    const body = live.body!;
    expect(body.display).not.toBe('none');
    expect(body.visibility).toBe('visible');
    expect(body.insideHidden).toBe(false);
    expect(body.hiddenInside).toBe(0);
    expect(body.height).toBeGreaterThan(100);
    expect(foldText(body.textContent).length).toBeGreaterThan(500);
    // Every paragraph of the body is rendered: its visible text is all of its text.
    expect(foldText(body.innerText)).toBe(foldText(body.textContent));

    expect(live.overflow).not.toContain('hidden');
    expect(live.position).not.toBe('fixed');
    expect(live.scrollable).toBe(true);
    expect(live.scrolled).toBeGreaterThan(0);

    seedMarkers = live.markers;
    await seed.page.screenshot(shot(name, 'seed-after'));
  });

  it('popup shows the article and lists as many hidden items as the page has', async () => {
    const popup = await driver.openPopup(seed.tabId, { colorScheme: 'light' });
    const view = await popup.evaluate(() => ({
      state: document.documentElement.dataset.state,
      paintedMs: Number(document.documentElement.dataset.paintedMs),
      title: document.getElementById('qr-article-title')?.textContent ?? null,
      date: document.querySelector<HTMLTimeElement>('.qr-date')?.dateTime ?? null,
      dateText: document.querySelector('.qr-date')?.textContent ?? '',
      body: document.querySelector<HTMLElement>('.qr-body')?.innerText ?? '',
      summary: document.querySelector('#qr-hidden summary')?.textContent ?? '',
      items: document.querySelectorAll('#qr-hidden li.qr-hidden-item').length,
      switchRole: document.getElementById('qr-site-switch')?.getAttribute('role'),
      switchOn: (document.getElementById('qr-site-switch') as HTMLInputElement).checked,
      switchShown: !document.getElementById('qr-site-toggle')!.hidden,
    }));
    const pageBody = await seed.page.evaluate(() => document.querySelector('[itemprop=articleBody]')!.textContent ?? '');

    expect(view.state).toBe('article');
    expect(view.paintedMs).toBeGreaterThan(0);
    expect(view.title).toBe(SEED_TITLE);
    expect(view.date).toMatch(/^2006-09-13/);
    expect(view.dateText).toMatch(/2006/);
    expect(foldText(view.body)).toContain(foldText(pageBody).slice(0, 200));
    expect(foldText(view.body)).toContain(foldText(pageBody).slice(-200));
    expect(view.items).toBe(seedMarkers);
    expect(view.summary).toContain(String(seedMarkers));
    expect(view.switchRole).toBe('switch');
    expect(view.switchShown).toBe(true);
    expect(view.switchOn).toBe(true);

    await popup.screenshot(shot(name, 'popup-light'));
    if (name === 'chromium') {
      await popup.raw.emulateMedia({ colorScheme: 'dark' });
      await popup.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
      await popup.screenshot(shot(name, 'popup-dark'));
    }
    await popup.close();
  });

  it('switching the site off restores the page exactly; the choice survives a reload; on cleans again', async () => {
    const whileHidden = await seed.page.evaluate(() => document.body.innerHTML);
    expect(whileHidden).toContain('data-quiet-reader-hidden=');

    let popup = await driver.openPopup(seed.tabId);
    await popup.evaluate(() => document.getElementById('qr-site-switch')!.click());
    await seed.page.waitFor(
      () => !document.querySelector('[data-quiet-reader-hidden]') && !document.getElementById('quiet-reader-style'),
      undefined,
      { what: 'the page to be restored' },
    );
    const restored = await seed.page.evaluate(() => ({
      html: document.body.innerHTML,
      unlock: document.documentElement.hasAttribute('data-quiet-reader-unlock'),
      dearReader: getComputedStyle(document.querySelector('#dear-reader-box')!).display,
    }));
    expect(restored.html).toBe(stripMarkers(whileHidden));
    expect(restored.unlock).toBe(false);
    expect(restored.dearReader).not.toBe('none');
    expect(await popup.evaluate(() => (document.getElementById('qr-site-switch') as HTMLInputElement).checked)).toBe(false);
    await popup.close();
    await seed.page.screenshot(shot(name, 'seed-before'));

    await seed.page.reload();
    const off = await settledState(driver, seed.tabId, { until: (s) => s.isArticle });
    expect(off.enabled).toBe(false);
    expect(off.hidden).toHaveLength(0);
    expect(await seed.page.evaluate(() => document.querySelectorAll('[data-quiet-reader-hidden]').length)).toBe(0);

    popup = await driver.openPopup(seed.tabId);
    expect(await popup.evaluate(() => (document.getElementById('qr-site-switch') as HTMLInputElement).checked)).toBe(false);
    await popup.evaluate(() => document.getElementById('qr-site-switch')!.click());
    const on = await settledState(driver, seed.tabId, { until: (s) => s.enabled && s.hidden.length > 0 });
    expect(on.hidden).toHaveLength(seedMarkers);
    const again = await seed.page.evaluate(inspect);
    expect(again.markers).toBe(seedMarkers);
    expect(again.clutter).toEqual({ dearReader: 'none', premiumPlus: 'none', related: 'none' });
    await popup.close();

    const options = await driver.openOptions();
    const site = new URL(server.origin).host;
    const sites = await options.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('li[data-site]')).map((li) => ({
        site: li.dataset.site,
        on: li.querySelector<HTMLInputElement>('.qr-site-switch')?.checked ?? null,
      })),
    );
    expect(sites).toContainEqual({ site, on: true });
    await options.setViewport(800, 600);
    await options.screenshot(shot(name, 'options'));
    await options.close();
  });

  it('leaves a non-article page alone and says so; an unreachable page is reported', async () => {
    const index = await driver.openTab(server.url(PATHS.index));
    const state = await settledState(driver, index.tabId);
    expect(state.isArticle).toBe(false);
    expect(state.hidden).toHaveLength(0);
    expect(
      await index.page.evaluate(() => ({
        markers: document.querySelectorAll('[data-quiet-reader-hidden]').length,
        style: document.getElementById('quiet-reader-style') !== null,
      })),
    ).toEqual({ markers: 0, style: false });
    const popup = await driver.openPopup(index.tabId);
    expect(await popup.evaluate(() => document.documentElement.dataset.state)).toBe('not-article');
    await popup.close();
    await index.page.close();

    const targets = name === 'chromium' ? ['about:blank', 'chrome://version/'] : ['about:blank'];
    for (const url of targets) {
      const blank = await driver.openTab(url);
      const unreachable = await driver.openPopup(blank.tabId);
      expect(await unreachable.evaluate(() => document.documentElement.dataset.state), url).toBe('unreachable');
      await unreachable.close();
      await blank.page.close();
    }
  });

  it('hides clutter added two seconds after load', async () => {
    const tab = await driver.openTab(server.url(PATHS.lateClutter));
    await settledState(driver, tab.tabId, { until: (s) => s.isArticle && s.enabled });
    await tab.page.waitFor(() => document.documentElement.dataset.lateClutter === 'added', undefined, { what: 'the late clutter' });
    const late = await tab.page.waitFor(
      () => {
        const box = document.getElementById('late-newsletter');
        return box?.hasAttribute('data-quiet-reader-hidden') ? getComputedStyle(box).display : null;
      },
      undefined,
      { timeout: 10_000, what: 'the late newsletter box to be hidden' },
    );
    expect(late).toBe('none');
    const state = await settledState(driver, tab.tabId);
    expect(state.hidden.map((item) => item.kind)).toContain('newsletter');
    const article = await tab.page.evaluate(() => getComputedStyle(document.querySelector('.article-body')!).display);
    expect(article).not.toBe('none');

    // The popup parses the page in its own document: the article's addresses still point at the page.
    const popup = await driver.openPopup(tab.tabId);
    const addresses = await popup.evaluate(() =>
      [...document.querySelectorAll('.qr-body a[href], .qr-body img[src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')),
    );
    const page = new URL(server.url(PATHS.lateClutter));
    // In-article anchors are namespaced by the popup's renderer, like the ids they point at.
    expect(addresses).toEqual([new URL('/council/park-plan.pdf', page).href, '#qr-a-vote', new URL('img/park-map.png', page).href]);
    await popup.close();
    await tab.page.close();
  });

  it('re-evaluates after history.pushState swaps the article', async () => {
    const tab = await driver.openTab(server.url(PATHS.pushState));
    const first = await settledState(driver, tab.tabId, { until: (s) => s.isArticle && s.enabled });
    expect(first.url).toMatch(/first-story$/);
    await tab.page.evaluate(() => (window as unknown as { swapArticle(): void }).swapArticle());
    const second = await settledState(driver, tab.tabId, {
      until: (s) => s.url.endsWith('/second-story') && s.enabled && s.hidden.length > 0,
      timeout: 10_000,
    });
    expect(second.isArticle).toBe(true);
    const live = await tab.page.evaluate(() => ({
      promo: getComputedStyle(document.getElementById('second-newsletter')!).display,
      body: getComputedStyle(document.querySelector('.article-body')!).display,
      title: getComputedStyle(document.querySelector('#story h1')!).display,
    }));
    expect(live.promo).toBe('none');
    expect(live.body).not.toBe('none');
    expect(live.title).not.toBe('none');
    await tab.page.close();
  });

  it('makes no network requests of its own', () => {
    const origin = server.origin;
    const external = driver.requests.filter((url) => /^(https?|wss?|ftp):/i.test(url) && !url.startsWith(origin + '/'));
    console.log(`[e2e] ${name}: ${driver.requests.length} requests recorded, ${external.length} not to ${origin}`);
    expect(external).toEqual([]);
    // Sanity: the recorder did see the pages.
    expect(driver.requests.some((url) => url.startsWith(origin + PATHS.seed))).toBe(true);
  });

  // The README's screenshots: checked on every run, copied to docs/ only when asked
  // (QR_UPDATE_DOCS=1), so a test run never changes tracked files.
  it.runIf(name === 'chromium')('takes small screenshots for the README', () => {
    checkDocScreenshots(name, [
      ['popup-light', 'screenshot-popup-light.png'],
      ['popup-dark', 'screenshot-popup-dark.png'],
      ['seed-after', 'screenshot-page-cleaned.png'],
    ]);
  });
});

if (browsers.length === 0) {
  it.skip('no browser installed', () => undefined);
}
