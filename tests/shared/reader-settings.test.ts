import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_SETTINGS, READER_KEYS, loadReaderSettings, nextTheme, parseReaderSettings, setReaderSetting,
  stepReaderNumber, type StorageAreaLike,
} from '../../src/shared/settings';

function memoryArea(data: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  return {
    data,
    async get(keys: string[]) {
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, items);
    },
  };
}

describe('reader settings', () => {
  it('default to the system theme, serif, 18 px, 65 ch, 1.6, images shown', async () => {
    expect(await loadReaderSettings(memoryArea())).toEqual({
      theme: 'system', font: 'serif', fontSize: 18, lineWidth: 65, lineHeight: 1.6, hideImages: false,
    });
  });

  it('fall back per key on corrupt values and keep the good ones', () => {
    const parsed = parseReaderSettings({
      theme: 'neon', font: 'sans', fontSize: 400, lineWidth: '70', lineHeight: 1.8, hideImages: 'yes',
    });
    expect(parsed).toEqual({ ...DEFAULT_READER_SETTINGS, font: 'sans', lineHeight: 1.8 });
  });

  it('are remembered: a stored value reads back', async () => {
    const area = memoryArea();
    await setReaderSetting(area, 'theme', 'sepia');
    await setReaderSetting(area, 'fontSize', 22);
    await setReaderSetting(area, 'hideImages', true);
    expect(await loadReaderSettings(area)).toMatchObject({ theme: 'sepia', fontSize: 22, hideImages: true });
  });

  it('refuse an out-of-range value without writing', async () => {
    const area = memoryArea();
    await expect(setReaderSetting(area, 'fontSize', 99)).rejects.toThrow(RangeError);
    expect(area.data).toEqual({});
  });

  it('never throw into the UI when storage fails', async () => {
    const broken: StorageAreaLike = { get: () => Promise.reject(new Error('gone')), set: () => Promise.resolve() };
    expect(await loadReaderSettings(broken)).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('step numbers within their range without float noise', () => {
    expect(stepReaderNumber('lineHeight', 1.6, 1)).toBe(1.7);
    expect(stepReaderNumber('lineHeight', 2, 1)).toBe(2);
    expect(stepReaderNumber('fontSize', 14, -1)).toBe(14);
    expect(stepReaderNumber('lineWidth', 65, -1)).toBe(60);
  });

  it('cycle themes light → sepia → dark → system → light', () => {
    expect(['light', 'sepia', 'dark', 'system'].map((t) => nextTheme(t as 'light'))).toEqual(['sepia', 'dark', 'system', 'light']);
  });

  it('use storage keys of their own, apart from the settings file keys', () => {
    expect(READER_KEYS).toEqual(['theme', 'font', 'fontSize', 'lineWidth', 'lineHeight', 'hideImages']);
  });
});
