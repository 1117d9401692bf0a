// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { HiddenItem } from '../../src/core/types';
import { renderHiddenList, type HiddenListOptions } from '../../src/popup/hidden-list';

const items: HiddenItem[] = [
  { id: 1, kind: 'donation', text: 'Support independent journalism…' },
  { id: 2, kind: 'newsletter', text: '' },
];

function options(overrides: Partial<HiddenListOptions> = {}): HiddenListOptions {
  return {
    items,
    enabled: true,
    site: 'news.example',
    revealed: new Set(),
    reveal: () => Promise.resolve(true),
    announce: () => undefined,
    ...overrides,
  };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('renderHiddenList', () => {
  it('lists items in a closed <details> with a count', () => {
    const el = renderHiddenList(document, options());
    expect(el.tagName).toBe('DETAILS');
    expect((el as HTMLDetailsElement).open).toBe(false);
    expect(el.querySelector('summary')?.textContent).toBe('2 items hidden');
    const rows = el.querySelectorAll('li');
    expect(rows[0]?.querySelector('.qr-kind')?.textContent).toBe('Donation appeal');
    expect(rows[0]?.querySelector('.qr-hidden-text')?.textContent).toBe('Support independent journalism…');
    expect(rows[1]?.querySelector('.qr-hidden-text')?.textContent).toBe('(no text)');
    const button = rows[0]?.querySelector('button');
    expect(button?.type).toBe('button');
    expect(button?.getAttribute('aria-describedby')).toBe('qr-hidden-1');
  });

  it('says 1 item hidden in the singular', () => {
    const el = renderHiddenList(document, options({ items: items.slice(0, 1) }));
    expect(el.querySelector('summary')?.textContent).toBe('1 item hidden');
  });

  it('shows a note when nothing is hidden or clean-up is off', () => {
    expect(renderHiddenList(document, options({ items: [] })).textContent).toBe('Nothing is hidden on this page.');
    expect(renderHiddenList(document, options({ items: [], enabled: false })).textContent).toBe(
      'Clean-up is off on news.example.',
    );
  });

  it('reveals an item and marks it shown', async () => {
    const reveal = vi.fn(() => Promise.resolve(true));
    const onRevealed = vi.fn();
    const announce = vi.fn();
    const el = renderHiddenList(document, options({ reveal, onRevealed, announce }));
    document.body.append(el);
    el.querySelector<HTMLButtonElement>('li button')?.click();
    await flush();
    expect(reveal).toHaveBeenCalledWith(1);
    expect(onRevealed).toHaveBeenCalledWith(1);
    expect(announce).toHaveBeenCalledWith('Shown on the page.');
    expect(el.querySelector('li')?.querySelector('.qr-shown')?.textContent).toBe('Shown');
    expect(el.querySelectorAll('button')).toHaveLength(1);
    el.remove();
  });

  it('re-enables the button and announces when reveal fails', async () => {
    const announce = vi.fn();
    const el = renderHiddenList(document, options({ reveal: () => Promise.reject(new Error('gone')), announce }));
    const button = el.querySelector<HTMLButtonElement>('li button')!;
    button.click();
    expect(button.disabled).toBe(true);
    await flush();
    expect(button.disabled).toBe(false);
    expect(announce).toHaveBeenCalledWith("Couldn't show that block. The page may have changed.");
  });

  it('renders already revealed items as shown', () => {
    const el = renderHiddenList(document, options({ revealed: new Set([2]), open: true }));
    expect((el as HTMLDetailsElement).open).toBe(true);
    expect(el.querySelectorAll('li')[1]?.querySelector('button')).toBeNull();
  });

  it('"Not clutter" remembers the block for the site and marks it kept', async () => {
    const keep = vi.fn(() => Promise.resolve(true));
    const announce = vi.fn();
    const el = renderHiddenList(document, options({ keep, announce }));
    document.body.append(el);
    const button = el.querySelector<HTMLButtonElement>('li button.qr-keep')!;
    expect(button.textContent).toBe('Not clutter');
    expect(button.getAttribute('aria-describedby')).toBe('qr-hidden-1');
    button.click();
    await flush();
    expect(keep).toHaveBeenCalledWith(1);
    const row = el.querySelector('li')!;
    expect(row.querySelector('.qr-shown')?.textContent).toBe('Kept');
    expect(row.querySelector('button')).toBeNull();
    expect(announce).toHaveBeenCalledWith('Remembered: this block stays on news.example.');
    el.remove();
  });

  it('gives the "Not clutter" button back when it fails, and has none without a site', async () => {
    const announce = vi.fn();
    const el = renderHiddenList(document, options({ keep: () => Promise.reject(new Error('gone')), announce }));
    const button = el.querySelector<HTMLButtonElement>('li button.qr-keep')!;
    button.click();
    await flush();
    expect(button.disabled).toBe(false);
    expect(announce).toHaveBeenCalledWith("Couldn't remember that block. The page may have changed.");
    expect(renderHiddenList(document, options({ keep: () => Promise.resolve(true), site: null })).querySelector('.qr-keep')).toBeNull();
  });
});
