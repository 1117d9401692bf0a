/** The reader's look: settings become attributes and custom properties on <html>; reader.css does the rest. */
import type { ReaderSettings } from '../shared/settings';

export function applyLook(root: HTMLElement, look: ReaderSettings): void {
  root.dataset.theme = look.theme;
  root.dataset.font = look.font;
  root.style.setProperty('--qr-font-size', `${look.fontSize}px`);
  root.style.setProperty('--qr-line-width', `${look.lineWidth}ch`);
  root.style.setProperty('--qr-line-height', String(look.lineHeight));
  root.toggleAttribute('data-hide-images', look.hideImages);
}
