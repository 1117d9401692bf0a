/** Options page: the default switch, the per-site list, the user's rules and export / import, kept live with storage. */
import browser from 'webextension-polyfill';
import { CLUTTER_KINDS, type ClutterKind } from '../core/types';
import {
  addRule, exportSettings, forgetSite, importSettings, isQuotaError, loadSettings, removeRule, setDefaultEnabled,
  setSiteEnabled, defaultSettings, type Settings,
} from '../shared/settings';
import { localizePage } from '../shared/i18n';
import { settingsArea, watchSettings } from '../shared/storage';
import { renderSiteList, sortedSites } from './site-list';
import { strings } from './strings';
import { SETTINGS_FILE_NAME, downloadText, readSettingsFile } from './transfer';
import { KIND_ORDER, groupRules, prepareRule, renderRuleList, renderedOrder } from './user-rules';

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`options.html is missing #${id}`);
  return node;
}

const area = settingsArea(browser);
const ui = {
  title: byId('qr-title', HTMLElement),
  saveError: byId('qr-save-error', HTMLElement),
  defaultSwitch: byId('qr-default-switch', HTMLInputElement),
  defaultLabel: byId('qr-default-label', HTMLLabelElement),
  defaultHint: byId('qr-default-hint', HTMLElement),
  sitesHeading: byId('qr-sites-heading', HTMLElement),
  sitesHint: byId('qr-sites-hint', HTMLElement),
  sites: byId('qr-sites', HTMLElement),
  rulesHeading: byId('qr-rules-heading', HTMLElement),
  rulesHint: byId('qr-rules-hint', HTMLElement),
  ruleForm: byId('qr-rule-form', HTMLFormElement),
  ruleLabel: byId('qr-rule-label', HTMLLabelElement),
  ruleInput: byId('qr-rule-input', HTMLInputElement),
  kindLabel: byId('qr-rule-kind-label', HTMLLabelElement),
  kindSelect: byId('qr-rule-kind', HTMLSelectElement),
  addButton: byId('qr-rule-add', HTMLButtonElement),
  ruleError: byId('qr-rule-error', HTMLElement),
  ruleExample: byId('qr-rule-example', HTMLElement),
  rules: byId('qr-rules', HTMLElement),
  transferHeading: byId('qr-transfer-heading', HTMLElement),
  transferHint: byId('qr-transfer-hint', HTMLElement),
  exportButton: byId('qr-export', HTMLButtonElement),
  importButton: byId('qr-import', HTMLButtonElement),
  importFile: byId('qr-import-file', HTMLInputElement),
  transferError: byId('qr-transfer-error', HTMLElement),
  transferStatus: byId('qr-transfer-status', HTMLElement),
  status: byId('qr-status', HTMLElement),
};

/** Where focus should go after the next render: a site's or rule's control, or a section heading. */
type FocusTarget =
  | { site: string; control: 'switch' | 'remove' }
  | { rule: string }
  | { heading: HTMLElement }
  | null;
let pendingFocus: FocusTarget = null;
let generation = 0;
/** The settings last rendered, i.e. the stored state as far as this page knows. */
let current: Settings = defaultSettings();

let writing: Promise<unknown> = Promise.resolve();

/**
 * Run settings writes one after another: each helper loads, changes and writes a key, so two
 * overlapping ones (two quick Adds) would otherwise lose the first change.
 */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = writing.then(task, task);
  writing = run.catch(() => undefined);
  return run;
}

function announce(message: string): void {
  ui.status.textContent = '';
  window.setTimeout(() => {
    ui.status.textContent = message;
  }, 50);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The text for a failed write: the quota explanation when that is the cause. */
function saveFailure(error: unknown): string {
  return isQuotaError(error) ? strings.quotaFailed(message(error)) : strings.saveFailed(message(error));
}

/** Show a failed write in the page-level alert and go back to what storage holds. */
function failed(error: unknown): void {
  ui.saveError.textContent = saveFailure(error);
  void refresh();
}

function saved(text: string): void {
  ui.saveError.textContent = '';
  announce(text);
}

function focusedTarget(): FocusTarget {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  if (ui.sites.contains(active)) {
    const site = active.closest<HTMLElement>('li[data-site]')?.dataset.site;
    if (!site) return null;
    return { site, control: active.classList.contains('qr-remove') ? 'remove' : 'switch' };
  }
  if (ui.rules.contains(active)) {
    const rule = active.closest<HTMLElement>('li[data-rule]')?.dataset.rule;
    return rule ? { rule } : null;
  }
  return null;
}

function restoreFocus(target: FocusTarget): void {
  if (target === null) return;
  if ('heading' in target) {
    target.heading.focus();
    return;
  }
  if ('rule' in target) {
    const row = Array.from(ui.rules.querySelectorAll<HTMLElement>('li[data-rule]')).find(
      (li) => li.dataset.rule === target.rule,
    );
    row?.querySelector<HTMLElement>('.qr-remove')?.focus();
    return;
  }
  const row = Array.from(ui.sites.querySelectorAll<HTMLElement>('li[data-site]')).find(
    (li) => li.dataset.site === target.site,
  );
  const control = row?.querySelector<HTMLElement>(target.control === 'remove' ? '.qr-remove' : '.qr-site-switch');
  control?.focus();
}

function renderSites(settings: Settings): void {
  ui.sites.replaceChildren(
    renderSiteList(document, settings.sites, {
      toggle: (site, enabled) => {
        serial(() => setSiteEnabled(area, site, enabled)).then(() => saved(strings.siteSaved(site, enabled)), failed);
      },
      remove: (site) => {
        // Focus the next row's Remove button (or the previous one, or the heading) once the row is gone.
        const order = sortedSites(settings.sites).map(([host]) => host);
        const index = order.indexOf(site);
        const neighbour = order[index + 1] ?? order[index - 1];
        pendingFocus = neighbour ? { site: neighbour, control: 'remove' } : { heading: ui.sitesHeading };
        serial(() => forgetSite(area, site)).then(
          () => saved(strings.removed(site)),
          (error: unknown) => {
            pendingFocus = null;
            failed(error);
          },
        );
      },
    }),
  );
}

function renderRules(settings: Settings): void {
  const groups = groupRules(settings.rules, document);
  ui.rules.replaceChildren(
    renderRuleList(document, groups, {
      remove: (line) => {
        const order = renderedOrder(groups);
        const index = order.indexOf(line);
        const neighbour = order[index + 1] ?? order[index - 1];
        pendingFocus = neighbour ? { rule: neighbour } : { heading: ui.rulesHeading };
        serial(() => removeRule(area, line)).then(
          () => saved(strings.ruleRemoved(line)),
          (error: unknown) => {
            pendingFocus = null;
            failed(error);
          },
        );
      },
    }),
  );
}

function render(settings: Settings): void {
  current = settings;
  ui.defaultSwitch.checked = settings.defaultEnabled;
  const focus = pendingFocus ?? focusedTarget();
  pendingFocus = null;
  renderSites(settings);
  renderRules(settings);
  restoreFocus(focus);
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  const settings = await loadSettings(area);
  if (mine !== generation) return;
  render(settings);
  document.documentElement.dataset.ready = '1';
}

function showRuleError(text: string): void {
  ui.ruleError.textContent = text;
  if (text === '') ui.ruleInput.removeAttribute('aria-invalid');
  else ui.ruleInput.setAttribute('aria-invalid', 'true');
}

function selectedKind(): ClutterKind {
  return CLUTTER_KINDS.find((kind) => kind === ui.kindSelect.value) ?? 'other';
}

function onAddRule(event: SubmitEvent): void {
  event.preventDefault();
  const prepared = prepareRule(ui.ruleInput.value, selectedKind(), document);
  if (!prepared.ok) {
    showRuleError(prepared.error);
    ui.ruleInput.focus();
    return;
  }
  if (current.rules.includes(prepared.line)) {
    showRuleError(strings.ruleDuplicate);
    ui.ruleInput.focus();
    return;
  }
  showRuleError('');
  serial(() => addRule(area, prepared.line)).then(
    () => {
      ui.ruleInput.value = '';
      ui.kindSelect.value = 'other';
      saved(strings.ruleAdded(prepared.line));
    },
    (error: unknown) => {
      // Keep the typed rule so nothing is lost; the list goes back to what is stored.
      showRuleError(saveFailure(error));
      void refresh();
    },
  );
}

function onExport(): void {
  ui.transferError.textContent = '';
  loadSettings(area)
    .then((settings) => {
      downloadText(document, SETTINGS_FILE_NAME, exportSettings(settings));
      ui.transferStatus.textContent = strings.exported;
    })
    .catch((error: unknown) => {
      ui.transferStatus.textContent = '';
      ui.transferError.textContent = message(error);
    });
}

async function importFile(file: File): Promise<void> {
  const parsed = await readSettingsFile(file, document);
  if (!parsed.ok) throw new Error(strings.importFailed(parsed.error));
  try {
    const settings = await serial(() => importSettings(area, parsed.settings));
    ui.transferStatus.textContent = strings.imported(
      Object.keys(settings.sites).length,
      settings.rules.length,
    );
    ui.saveError.textContent = '';
  } catch (error) {
    void refresh();
    throw new Error(saveFailure(error));
  }
}

function onImportChosen(): void {
  const file = ui.importFile.files?.[0];
  // Clear the input so choosing the same file again fires `change` again.
  ui.importFile.value = '';
  if (file === undefined) return;
  ui.transferError.textContent = '';
  ui.transferStatus.textContent = '';
  importFile(file).catch((error: unknown) => {
    ui.transferError.textContent = message(error);
  });
}

function start(): void {
  localizePage(document);
  document.title = strings.pageTitle;
  ui.title.textContent = strings.pageTitle;
  ui.defaultLabel.textContent = strings.defaultSwitch;
  ui.defaultHint.textContent = strings.defaultHint;
  ui.sitesHeading.textContent = strings.sitesHeading;
  ui.sitesHint.textContent = strings.sitesHint;
  ui.rulesHeading.textContent = strings.rulesHeading;
  ui.rulesHint.textContent = strings.rulesHint;
  ui.ruleLabel.textContent = strings.ruleLabel;
  ui.ruleExample.textContent = strings.ruleExample;
  ui.kindLabel.textContent = strings.kindLabel;
  ui.addButton.textContent = strings.addRule;
  ui.kindSelect.replaceChildren(
    ...KIND_ORDER.map((kind) => {
      const option = document.createElement('option');
      option.value = kind;
      option.textContent = strings.kinds[kind];
      return option;
    }),
  );
  ui.kindSelect.value = 'other';
  ui.transferHeading.textContent = strings.transferHeading;
  ui.transferHint.textContent = strings.transferHint;
  ui.exportButton.textContent = strings.exportSettings;
  ui.importButton.textContent = strings.importSettings;

  ui.defaultSwitch.addEventListener('change', () => {
    const on = ui.defaultSwitch.checked;
    serial(() => setDefaultEnabled(area, on)).then(() => saved(strings.defaultSaved(on)), failed);
  });
  ui.ruleForm.addEventListener('submit', onAddRule);
  ui.ruleInput.addEventListener('input', () => {
    if (ui.ruleError.textContent !== '') showRuleError('');
  });
  ui.exportButton.addEventListener('click', onExport);
  ui.importButton.addEventListener('click', () => ui.importFile.click());
  ui.importFile.addEventListener('change', onImportChosen);

  watchSettings(browser, () => void refresh());
  refresh().catch((error: unknown) => {
    ui.sites.textContent = strings.loadFailed(message(error));
    document.documentElement.dataset.ready = '1';
  });
}

start();
