/**
 * One small interface over the two ways we drive a browser with the extension loaded:
 * Chromium through playwright-core (CDP) and Firefox through puppeteer-core (WebDriver BiDi).
 * Neither library downloads a browser: we point them at the system's binaries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ROOT } from './server';

export type BrowserName = 'chromium' | 'firefox';

export const CHROMIUM_PATH = process.env.QR_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.QR_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'quiet-reader@quietreader.dev';

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The page methods the tests need, the same for both libraries. */
export interface E2EPage {
  readonly raw: any;
  /** Navigate; extension URLs in Firefox are started without waiting (their goto never resolves). */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Poll `fn` in the page until it returns a truthy value; errors while navigating are retried. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, opts?: { timeout?: number; what?: string }): Promise<R>;
  reload(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** Run a script's source in the page as the debugger does, past the page's CSP (tests only: axe-core). */
  runScript(source: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  readonly extBase: string;
  /** Every URL requested by pages, extension pages and (Chromium) the service worker. */
  readonly requests: string[];
  /** Every dialog opened (and dismissed) and every console message, in any tab the driver opened. */
  readonly dialogs: string[];
  readonly console: string[];
  /** Open a new tab at `url`; returns the page and the browser's tab id. */
  openTab(url: string, opts?: { lenient?: boolean }): Promise<{ page: E2EPage; tabId: number }>;
  /** Run browser.tabs.sendMessage(tabId, message) from an extension page. */
  sendToTab<T>(tabId: number, message: unknown): Promise<T>;
  /** Open popup.html?tab=<tabId> in a tab and wait until it has painted a state. */
  openPopup(tabId: number, opts?: { width?: number; height?: number; colorScheme?: 'light' | 'dark' }): Promise<E2EPage>;
  openOptions(): Promise<E2EPage>;
  /** Open reader.html?tab=<tabId> in a tab and wait until it has painted a state. */
  openReader(tabId: number, opts?: { colorScheme?: 'light' | 'dark' }): Promise<E2EPage>;
  /** The first open page whose URL `match`es (e.g. a tab the extension opened), once it has painted. */
  waitForPage(match: (url: string) => boolean, what: string): Promise<E2EPage>;
  /** The URLs of every open tab, as the extension sees them. */
  tabUrls(): Promise<string[]>;
  /** Ask the background to run a `commands` entry for a tab, as its shortcut would (see messages.ts). */
  runCommand(command: string, tabId: number): Promise<void>;
  close(): Promise<void>;
}

function isAllowedUrl(url: string): boolean {
  return /^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:|chrome-extension:|moz-extension:|chrome:)/.test(url);
}

async function poll<R>(probe: () => Promise<R>, timeout: number, what: string): Promise<R> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last instanceof Error ? last.message : String(last)})`);
    }
    await sleep(100);
  }
}

function wrap(raw: any, kind: BrowserName, onClose?: () => void): E2EPage {
  const page: E2EPage = {
    raw,
    async goto(url) {
      if (kind === 'firefox' && url.startsWith('moz-extension:')) {
        raw.goto(url).catch(() => undefined);
        await poll(() => raw.evaluate(() => location.href !== 'about:blank' && document.readyState !== 'loading'), 15_000, `${url} to load`);
        return;
      }
      await raw.goto(url, kind === 'chromium' ? { waitUntil: 'load', timeout: 30_000 } : { waitUntil: 'load', timeout: 30_000 });
    },
    evaluate: (fn, arg) => raw.evaluate(fn, arg),
    waitFor: (fn, arg, opts = {}) => poll(() => raw.evaluate(fn, arg), opts.timeout ?? 15_000, opts.what ?? 'a condition in the page'),
    async reload() {
      await raw.reload({ waitUntil: 'load', timeout: 30_000 });
    },
    async setViewport(width, height) {
      if (kind === 'chromium') await raw.setViewportSize({ width, height });
      else await raw.setViewport({ width, height });
    },
    async screenshot(path, fullPage = false) {
      await raw.screenshot({ path, fullPage });
    },
    async runScript(source) {
      // A string, not a function: both libraries evaluate it as an expression, outside the CSP.
      await raw.evaluate(`${source}\n;undefined`);
    },
    async close() {
      onClose?.();
      await raw.close().catch(() => undefined);
    },
  };
  return page;
}

async function tabIds(control: E2EPage): Promise<number[]> {
  return control.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const tabs: { id?: number }[] = await api.tabs.query({});
    return tabs.map((tab) => tab.id ?? -1);
  });
}

const painted = () => document.documentElement.dataset.state;

/** Shared parts: a control tab on an extension page, tab-id discovery by diffing tab lists. */
function common(name: BrowserName, extBase: string, control: E2EPage, newPage: () => Promise<E2EPage>, openPages: () => Promise<E2EPage[]>) {
  const openTab = async (url: string, opts: { lenient?: boolean } = {}) => {
    const before = new Set(await tabIds(control));
    const page = await newPage();
    const tabId = await poll(async () => {
      const fresh = (await tabIds(control)).filter((id) => !before.has(id));
      return fresh.length === 1 ? fresh[0] : undefined;
    }, 10_000, 'the new tab id');
    try {
      await page.goto(url);
    } catch (error) {
      // Real pages may never fire `load`; the content script runs at document_idle anyway.
      if (!opts.lenient) throw error;
    }
    return { page, tabId: tabId as number };
  };
  const sendToTab = <T>(tabId: number, message: unknown): Promise<T> =>
    control.evaluate(
      ([id, msg]) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.tabs.sendMessage(id, msg);
      },
      [tabId, message] as [number, unknown],
    );
  const openPopup = async (tabId: number, opts: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}) => {
    const page = await newPage();
    await page.setViewport(opts.width ?? 420, opts.height ?? 600);
    if (opts.colorScheme && name === 'chromium') await page.raw.emulateMedia({ colorScheme: opts.colorScheme });
    await page.goto(`${extBase}popup.html?tab=${tabId}`);
    await page.waitFor(painted, undefined, { timeout: 20_000, what: 'the popup to paint' });
    return page;
  };
  const openReader = async (tabId: number, opts: { colorScheme?: 'light' | 'dark' } = {}) => {
    const page = await newPage();
    await page.setViewport(1000, 900);
    if (opts.colorScheme && name === 'chromium') await page.raw.emulateMedia({ colorScheme: opts.colorScheme });
    await page.goto(`${extBase}reader.html?tab=${tabId}`);
    await page.waitFor(painted, undefined, { timeout: 20_000, what: 'the reader to paint' });
    return page;
  };
  const waitForPage = async (match: (url: string) => boolean, what: string) => {
    // Ask each page where it is: puppeteer reports extension pages in Firefox as about:blank.
    const href = (p: E2EPage) => p.evaluate(() => location.href).catch(() => '');
    const find = async () => {
      for (const p of await openPages()) if (match(await href(p))) return p;
      return undefined;
    };
    const page: E2EPage = await poll(find, 15_000, what).then((p) => p!);
    await page.waitFor(painted, undefined, { timeout: 20_000, what: `${what} to paint` });
    return page;
  };
  const runCommand = async (command: string, tabId: number) => {
    await control.evaluate(
      ([cmd, id]) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.runtime.sendMessage({ type: 'qr:command', command: cmd, tabId: id });
      },
      [command, tabId] as [string, number],
    );
  };
  const openOptions = async () => {
    const page = await newPage();
    await page.goto(`${extBase}options.html`);
    await page.waitFor(() => document.documentElement.dataset.ready === '1', undefined, { what: 'the options page' });
    return page;
  };
  const tabUrls = () =>
    control.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tabs: { url?: string }[] = await api.tabs.query({});
      return tabs.map((tab) => tab.url ?? '');
    });
  return { openTab, sendToTab, openPopup, openOptions, openReader, waitForPage, runCommand, tabUrls };
}

/**
 * `language`: the extension's UI language, given to Chromium as --lang and LANGUAGE (Firefox ESR
 * would need a language pack, so only Chromium).
 */
export async function launchChromium(opts: { language?: string } = {}): Promise<Driver> {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const { chromium } = await import('playwright-core');
  const ext = resolve(ROOT, 'dist/chrome');
  const profile = mkdtempSync(join(tmpdir(), 'qr-e2e-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(opts.language ? { env: { ...process.env, LANGUAGE: opts.language } } : {}),
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(opts.language ? [`--lang=${opts.language}`] : []),
    ],
  });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const consoleMessages: string[] = [];
  ctx.on('request', (request) => requests.push(request.url()));
  ctx.on('console', (message) => consoleMessages.push(message.text()));
  ctx.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Pages load only from the local server; everything else fails fast.
  await ctx.route('**', (route) => (isAllowedUrl(route.request().url()) ? route.continue() : route.abort()));
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(sw.url()).host;
  const extBase = `chrome-extension://${id}/`;
  const newPage = async () => wrap(await ctx.newPage(), 'chromium');
  const control = await newPage();
  await control.goto(`${extBase}options.html`);
  // Close the blank tab the persistent context starts with.
  for (const page of ctx.pages()) if (page.url() === 'about:blank') await page.close();
  return {
    name: 'chromium',
    extBase,
    requests,
    dialogs,
    console: consoleMessages,
    ...common('chromium', extBase, control, newPage, async () => ctx.pages().map((raw) => wrap(raw, 'chromium'))),
    async close() {
      await ctx.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(): Promise<Driver> {
  const { default: puppeteer } = await import('puppeteer-core');
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Pages load only from the local server: every other host goes to a closed proxy port.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(resolve(ROOT, 'dist/firefox'));
  const requests: string[] = [];
  const dialogs: string[] = [];
  const consoleMessages: string[] = [];
  const extBase = `moz-extension://${uuid}/`;
  const newPage = async () => {
    const raw = await browser.newPage();
    raw.on('request', (request: { url(): string }) => requests.push(request.url()));
    raw.on('console', (message: { text(): string }) => consoleMessages.push(message.text()));
    raw.on('dialog', (dialog: { message(): string; dismiss(): Promise<void> }) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    return wrap(raw, 'firefox');
  };
  const control = await newPage();
  await control.goto(`${extBase}options.html`);
  return {
    name: 'firefox',
    extBase,
    requests,
    dialogs,
    console: consoleMessages,
    ...common('firefox', extBase, control, newPage, async () => (await browser.pages()).map((raw: any) => wrap(raw, 'firefox'))),
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

export function launch(name: BrowserName): Promise<Driver> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

export { isAllowedUrl };
