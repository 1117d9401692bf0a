/** The "N items hidden" disclosure with "Show" and "Not clutter" buttons per hidden block. */
import type { HiddenItem } from '../core/types';
import { kindLabel } from './format';
import { strings } from './strings';

export interface HiddenListOptions {
  items: readonly HiddenItem[];
  /** Whether clean-up is on for this page's site. */
  enabled: boolean;
  site: string | null;
  /** Ids already shown again from this popup; rendered as "Shown". */
  revealed: ReadonlySet<number>;
  /** Whether the disclosure starts open (kept across refreshes). */
  open?: boolean;
  /** Ask the page to show the block again; resolves to whether it did. */
  reveal: (id: number) => Promise<boolean>;
  /** Called with the revealed id after a successful reveal. */
  onRevealed?: (id: number) => void;
  /** Remember that the block is not clutter on this site; resolves to whether it did. Absent: no button. */
  keep?: (id: number) => Promise<boolean>;
  /** Speak a status message (aria-live). */
  announce: (message: string) => void;
}

/** Replace the row's buttons with a word saying what happened. */
function markDone(doc: Document, li: HTMLElement, text: string): void {
  li.classList.add('qr-revealed');
  const done = doc.createElement('span');
  done.className = 'qr-shown';
  done.textContent = text;
  li.querySelector('.qr-row-actions')?.replaceWith(done);
}

/** Run a row action: disable its button, then mark the row done or give the button back. */
function rowAction(doc: Document, li: HTMLElement, button: HTMLButtonElement, run: () => Promise<boolean>, done: { text: string; said: string; failed: string; after?: () => void }, announce: (message: string) => void): void {
  button.addEventListener('click', () => {
    button.disabled = true;
    run()
      .catch(() => false)
      .then((ok) => {
        if (!ok) {
          button.disabled = false;
          announce(done.failed);
          return;
        }
        // Keep focus somewhere sensible once the buttons are gone.
        const hadFocus = li.contains(doc.activeElement);
        markDone(doc, li, done.text);
        if (hadFocus) {
          const next = li.parentElement?.querySelector<HTMLButtonElement>('button.qr-show');
          (next ?? li.closest('details')?.querySelector('summary'))?.focus();
        }
        done.after?.();
        announce(done.said);
      });
  });
}

function rowButton(doc: Document, className: string, text: string, describedBy: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = text;
  button.setAttribute('aria-describedby', describedBy);
  return button;
}

function itemRow(doc: Document, item: HiddenItem, options: HiddenListOptions): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'qr-hidden-item';
  const textId = `qr-hidden-${item.id}`;

  const label = doc.createElement('span');
  label.className = 'qr-kind';
  label.textContent = kindLabel(item.kind);

  const text = doc.createElement('span');
  text.className = 'qr-hidden-text';
  text.id = textId;
  text.textContent = item.text.trim() || strings.noText;

  const what = doc.createElement('span');
  what.className = 'qr-hidden-what';
  what.append(label, text);
  li.append(what);

  const actions = doc.createElement('span');
  actions.className = 'qr-row-actions';
  const show = rowButton(doc, 'qr-show', strings.show, textId);
  actions.append(show);
  li.append(actions);

  if (options.revealed.has(item.id)) {
    markDone(doc, li, strings.shown);
    return li;
  }
  rowAction(doc, li, show, () => options.reveal(item.id), {
    text: strings.shown,
    said: strings.revealed,
    failed: strings.revealFailed,
    after: () => options.onRevealed?.(item.id),
  }, options.announce);

  const { keep } = options;
  if (keep && options.site !== null) {
    const notClutter = rowButton(doc, 'qr-keep', strings.notClutter, textId);
    actions.append(notClutter);
    rowAction(doc, li, notClutter, () => keep(item.id), {
      text: strings.kept,
      said: strings.keptOn(options.site),
      failed: strings.keepFailed,
    }, options.announce);
  }
  return li;
}

/** Renders the hidden-items area: a disclosure list, or a one-line note when there is nothing to list. */
export function renderHiddenList(doc: Document, options: HiddenListOptions): HTMLElement {
  if (!options.enabled && options.site !== null && options.items.length === 0) {
    const note = doc.createElement('p');
    note.className = 'qr-note';
    note.textContent = strings.cleanupOff(options.site);
    return note;
  }
  if (options.items.length === 0) {
    const note = doc.createElement('p');
    note.className = 'qr-note';
    note.textContent = strings.nothingHidden;
    return note;
  }
  const details = doc.createElement('details');
  details.className = 'qr-hidden-list';
  details.open = options.open ?? false;
  const summary = doc.createElement('summary');
  summary.textContent = strings.hiddenCount(options.items.length);
  const list = doc.createElement('ul');
  for (const item of options.items) list.append(itemRow(doc, item, options));
  details.append(summary, list);
  return details;
}
