// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyLook } from '../../src/reader/look';
import { DEFAULT_READER_SETTINGS } from '../../src/shared/settings';

describe('reader look', () => {
  it('sets theme and font attributes and the typography properties', () => {
    const root = document.createElement('html');
    applyLook(root, { ...DEFAULT_READER_SETTINGS, theme: 'sepia', font: 'sans', fontSize: 20, lineWidth: 70, lineHeight: 1.8, hideImages: true });
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.font).toBe('sans');
    expect(root.style.getPropertyValue('--qr-font-size')).toBe('20px');
    expect(root.style.getPropertyValue('--qr-line-width')).toBe('70ch');
    expect(root.style.getPropertyValue('--qr-line-height')).toBe('1.8');
    expect(root.hasAttribute('data-hide-images')).toBe(true);
    applyLook(root, DEFAULT_READER_SETTINGS);
    expect(root.hasAttribute('data-hide-images')).toBe(false);
  });
});
