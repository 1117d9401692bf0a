/** The "N items hidden" disclosure with a "Show" button per hidden block. */
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
  /** Speak a status message (aria-live). */
  announce: (message: string) => void;
}

function markShown(doc: Document, li: HTMLElement, button: HTMLButtonElement): void {
  li.classList.add('qr-revealed');
  const done = doc.createElement('span');
  done.className = 'qr-shown';
  done.textContent = strings.shown;
  button.replaceWith(done);
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

  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'qr-show';
  button.textContent = strings.show;
  button.setAttribute('aria-describedby', `${textId}`);
  li.append(button);

  if (options.revealed.has(item.id)) {
    markShown(doc, li, button);
    return li;
  }

  button.addEventListener('click', () => {
    button.disabled = true;
    options
      .reveal(item.id)
      .catch(() => false)
      .then((ok) => {
        if (ok) {
          // Keep focus somewhere sensible once the button is gone.
          const hadFocus = doc.activeElement === button;
          markShown(doc, li, button);
          if (hadFocus) {
            const next = li.parentElement?.querySelector<HTMLButtonElement>('button.qr-show');
            (next ?? li.closest('details')?.querySelector('summary'))?.focus();
          }
          options.onRevealed?.(item.id);
          options.announce(strings.revealed);
        } else {
          button.disabled = false;
          options.announce(strings.revealFailed);
        }
      });
  });
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
