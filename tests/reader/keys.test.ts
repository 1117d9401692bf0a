// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readerKeyAction } from '../../src/reader/keys';

const key = (k: string, target: EventTarget | null = document.body, mods: Partial<KeyboardEvent> = {}) =>
  readerKeyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, target, ...mods });

describe('reader keys', () => {
  it('map +, =, −, - , T and Esc', () => {
    expect(['+', '=', '-', '−', 't', 'T', 'Escape', 'x'].map((k) => key(k))).toEqual(['larger', 'larger', 'smaller', 'smaller', 'theme', 'theme', 'close', null]);
  });

  it('leave browser shortcuts alone (Ctrl/⌘/Alt + key zooms the page instead)', () => {
    expect(key('+', document.body, { ctrlKey: true })).toBeNull();
    expect(key('t', document.body, { metaKey: true })).toBeNull();
    expect(key('Escape', document.body, { altKey: true })).toBeNull();
  });

  it('do not fire while choosing in a list or typing, but Esc still closes', () => {
    const select = document.createElement('select');
    const text = document.createElement('input');
    const range = document.createElement('input');
    range.type = 'range';
    expect(key('t', select)).toBeNull();
    expect(key('+', text)).toBeNull();
    expect(key('+', range)).toBe('larger');
    expect(key('Escape', select)).toBe('close');
  });
});
