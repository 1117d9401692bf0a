/** Options page: the default switch and the per-site list, kept live with storage. */
import browser from 'webextension-polyfill';
import { forgetSite, loadSettings, setDefaultEnabled, setSiteEnabled, type Settings } from '../shared/settings';
import { settingsArea, watchSettings } from '../shared/storage';
import { renderSiteList, sortedSites } from './site-list';
import { strings } from './strings';

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`options.html is missing #${id}`);
  return node;
}

const area = settingsArea(browser);
const ui = {
  title: byId('qr-title', HTMLElement),
  defaultSwitch: byId('qr-default-switch', HTMLInputElement),
  defaultLabel: byId('qr-default-label', HTMLLabelElement),
  defaultHint: byId('qr-default-hint', HTMLElement),
  sitesHeading: byId('qr-sites-heading', HTMLElement),
  sitesHint: byId('qr-sites-hint', HTMLElement),
  sites: byId('qr-sites', HTMLElement),
  status: byId('qr-status', HTMLElement),
};

/** Where focus should go after the next render: a site's control, or the Sites heading. */
type FocusTarget = { site: string; control: 'switch' | 'remove' } | { heading: true } | null;
let pendingFocus: FocusTarget = null;
let generation = 0;

function announce(message: string): void {
  ui.status.textContent = '';
  window.setTimeout(() => {
    ui.status.textContent = message;
  }, 50);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function focusedTarget(): FocusTarget {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !ui.sites.contains(active)) return null;
  const site = active.closest<HTMLElement>('li[data-site]')?.dataset.site;
  if (!site) return null;
  return { site, control: active.classList.contains('qr-remove') ? 'remove' : 'switch' };
}

function restoreFocus(target: FocusTarget): void {
  if (target === null) return;
  if ('heading' in target) {
    ui.sitesHeading.focus();
    return;
  }
  const row = Array.from(ui.sites.querySelectorAll<HTMLElement>('li[data-site]')).find(
    (li) => li.dataset.site === target.site,
  );
  const control = row?.querySelector<HTMLElement>(target.control === 'remove' ? '.qr-remove' : '.qr-site-switch');
  control?.focus();
}

function render(settings: Settings): void {
  ui.defaultSwitch.checked = settings.defaultEnabled;
  const focus = pendingFocus ?? focusedTarget();
  pendingFocus = null;
  ui.sites.replaceChildren(
    renderSiteList(document, settings.sites, {
      toggle: (site, enabled) => {
        setSiteEnabled(area, site, enabled).then(
          () => announce(strings.siteSaved(site, enabled)),
          (error: unknown) => {
            announce(strings.saveFailed(message(error)));
            void refresh();
          },
        );
      },
      remove: (site) => {
        // Focus the next row's Remove button (or the previous one, or the heading) once the row is gone.
        const order = sortedSites(settings.sites).map(([host]) => host);
        const index = order.indexOf(site);
        const neighbour = order[index + 1] ?? order[index - 1];
        pendingFocus = neighbour ? { site: neighbour, control: 'remove' } : { heading: true };
        forgetSite(area, site).then(
          () => announce(strings.removed(site)),
          (error: unknown) => {
            pendingFocus = null;
            announce(strings.saveFailed(message(error)));
          },
        );
      },
    }),
  );
  restoreFocus(focus);
}

async function refresh(): Promise<void> {
  const current = ++generation;
  const settings = await loadSettings(area);
  if (current !== generation) return;
  render(settings);
  document.documentElement.dataset.ready = '1';
}

function start(): void {
  document.title = strings.pageTitle;
  ui.title.textContent = strings.pageTitle;
  ui.defaultLabel.textContent = strings.defaultSwitch;
  ui.defaultHint.textContent = strings.defaultHint;
  ui.sitesHeading.textContent = strings.sitesHeading;
  ui.sitesHint.textContent = strings.sitesHint;

  ui.defaultSwitch.addEventListener('change', () => {
    const on = ui.defaultSwitch.checked;
    setDefaultEnabled(area, on).then(
      () => announce(strings.defaultSaved(on)),
      (error: unknown) => {
        ui.defaultSwitch.checked = !on;
        announce(strings.saveFailed(message(error)));
      },
    );
  });

  watchSettings(browser, () => void refresh());
  refresh().catch((error: unknown) => {
    ui.sites.textContent = strings.loadFailed(message(error));
    document.documentElement.dataset.ready = '1';
  });
}

start();
