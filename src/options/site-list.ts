/** The per-site settings list. Pure DOM building, no browser APIs. */
import { strings } from './strings';

export interface SiteListHandlers {
  toggle(site: string, enabled: boolean): void;
  remove(site: string): void;
}

/** Sites sorted by host name, for a stable, scannable list. */
export function sortedSites(sites: Readonly<Record<string, boolean>>): [string, boolean][] {
  return Object.entries(sites).sort(([a], [b]) => a.localeCompare(b));
}

/** A <ul> of sites, each with an on/off switch and a Remove button; or the empty-state paragraph. */
export function renderSiteList(
  doc: Document,
  sites: Readonly<Record<string, boolean>>,
  handlers: SiteListHandlers,
): HTMLElement {
  const entries = sortedSites(sites);
  if (entries.length === 0) {
    const empty = doc.createElement('p');
    empty.className = 'qr-empty';
    empty.textContent = strings.empty;
    return empty;
  }
  const list = doc.createElement('ul');
  list.className = 'qr-sites';
  entries.forEach(([site, enabled], index) => {
    const li = doc.createElement('li');
    li.className = 'qr-site';
    li.dataset.site = site;

    const field = doc.createElement('div');
    field.className = 'qr-switch';
    const input = doc.createElement('input');
    input.type = 'checkbox';
    input.setAttribute('role', 'switch');
    input.id = `qr-site-${index}`;
    input.className = 'qr-site-switch';
    input.checked = enabled;
    input.addEventListener('change', () => handlers.toggle(site, input.checked));
    const label = doc.createElement('label');
    label.htmlFor = input.id;
    const prefix = doc.createElement('span');
    prefix.className = 'qr-visually-hidden';
    prefix.textContent = strings.siteSwitchPrefix;
    const host = doc.createElement('span');
    host.className = 'qr-host';
    host.textContent = site;
    label.append(prefix, host);
    field.append(input, label);

    const state = doc.createElement('span');
    state.className = 'qr-site-state';
    state.setAttribute('aria-hidden', 'true');
    state.textContent = enabled ? strings.on : strings.off;

    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'qr-button qr-remove';
    remove.textContent = strings.remove;
    remove.setAttribute('aria-label', strings.removeLabel(site));
    remove.addEventListener('click', () => handlers.remove(site));

    li.append(field, state, remove);
    list.append(li);
  });
  return list;
}
