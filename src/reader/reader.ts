/**
 * The reader tab (reader.html?tab=<id>): the popup's article view in a page of its own, with
 * typography and theme controls remembered in settings, export buttons and keyboard commands.
 */
import browser from 'webextension-polyfill';
import { announce, startArticleView, type ArticleContext } from '../popup/article-view';
import {
  FONTS, READER_RANGES, THEMES, loadReaderSettings, nextTheme, setReaderSetting, stepReaderNumber,
  type ReaderNumberKey, type ReaderSettings,
} from '../shared/settings';
import { settingsArea } from '../shared/storage';
import { setUpExports } from './export-actions';
import { readerKeyAction } from './keys';
import { applyLook } from './look';
import { strings } from './strings';

const root = document.documentElement;
const area = settingsArea(browser);

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`reader.html is missing #${id}`);
  return node;
}

function setText(id: string, text: string): void {
  byId(id, HTMLElement).textContent = text;
}

function fillSelect<T extends string>(select: HTMLSelectElement, values: readonly T[], labels: Record<T, string>): void {
  select.replaceChildren(...values.map((value) => new Option(labels[value], value)));
}

const controls = {
  theme: byId('qr-theme', HTMLSelectElement),
  font: byId('qr-font', HTMLSelectElement),
  fontSize: byId('qr-fontSize', HTMLInputElement),
  lineWidth: byId('qr-lineWidth', HTMLInputElement),
  lineHeight: byId('qr-lineHeight', HTMLInputElement),
  hideImages: byId('qr-hideImages', HTMLInputElement),
};
const NUMBER_KEYS: readonly ReaderNumberKey[] = ['fontSize', 'lineWidth', 'lineHeight'];

let look: ReaderSettings;

/** Apply a new value at once, then remember it; the controls always show what is applied. */
function change<K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]): void {
  look = { ...look, [key]: value };
  applyLook(root, look);
  showInControls(look);
  setReaderSetting(area, key, value).catch((error: unknown) => console.warn(`Quiet Reader: ${String(error)}`));
}

function showInControls(current: ReaderSettings): void {
  controls.theme.value = current.theme;
  controls.font.value = current.font;
  for (const key of NUMBER_KEYS) {
    controls[key].value = String(current[key]);
    controls[key].setAttribute('aria-valuetext', key === 'fontSize' ? `${current[key]} px` : String(current[key]));
  }
  controls.hideImages.checked = current.hideImages;
}

function setUpControls(): void {
  byId('qr-toolbar', HTMLElement).setAttribute('aria-label', strings.toolbar);
  setText('qr-toolbar-label', strings.toolbar);
  setText('qr-theme-label', strings.theme);
  setText('qr-font-label', strings.font);
  setText('qr-size-label', strings.fontSize);
  setText('qr-width-label', strings.lineWidth);
  setText('qr-height-label', strings.lineHeight);
  setText('qr-images-label', strings.hideImages);
  fillSelect(controls.theme, THEMES, strings.themes);
  fillSelect(controls.font, FONTS, strings.fonts);
  for (const key of NUMBER_KEYS) {
    const [min, max, step] = READER_RANGES[key];
    Object.assign(controls[key], { min: String(min), max: String(max), step: String(step) });
    controls[key].addEventListener('input', () => change(key, Number(controls[key].value)));
  }
  controls.theme.addEventListener('change', () => change('theme', THEMES.find((t) => t === controls.theme.value) ?? 'system'));
  controls.font.addEventListener('change', () => change('font', FONTS.find((f) => f === controls.font.value) ?? 'serif'));
  controls.hideImages.addEventListener('change', () => change('hideImages', controls.hideImages.checked));
}

async function closeReader(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}

function onKey(event: KeyboardEvent): void {
  const action = readerKeyAction(event);
  if (action === null) return;
  event.preventDefault();
  if (action === 'close') {
    void closeReader();
  } else if (action === 'theme') {
    change('theme', nextTheme(look.theme));
    announce(strings.themeNow(strings.themes[look.theme]));
  } else {
    change('fontSize', stepReaderNumber('fontSize', look.fontSize, action === 'larger' ? 1 : -1));
    announce(strings.sizeNow(look.fontSize));
  }
}

/** The article gets a link back to its page, the tab its title, and the export buttons their article. */
function onArticle(context: ArticleContext): void {
  const source = document.createElement('p');
  source.className = 'qr-source';
  const link = document.createElement('a');
  link.href = context.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = strings.original;
  source.append(link);
  context.view.append(source);
  document.title = context.article.title;
  setUpExports(document, context, announce);
}

async function start(): Promise<void> {
  setUpControls();
  look = await loadReaderSettings(area);
  applyLook(root, look);
  showInControls(look);
  document.addEventListener('keydown', onKey);
  startArticleView({ onArticle });
}

void start();
