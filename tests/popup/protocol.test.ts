import { describe, expect, it } from 'vitest';
import { isPageSnapshot, isPageState, tabIdFromQuery } from '../../src/popup/protocol';

const state = {
  url: 'https://news.example/a',
  site: 'news.example',
  isArticle: true,
  reasons: ['json-ld NewsArticle'],
  enabled: true,
  hidden: [{ id: 1, kind: 'donation', text: 'Support us' }],
  timings: { detect: 1, classifyHide: 2, cleanRuns: 1 },
  gaveUp: null,
  error: null,
};

describe('isPageState', () => {
  it('accepts a well-formed state', () => {
    expect(isPageState(state)).toBe(true);
  });
  it('rejects unknown kinds, missing fields and non-objects', () => {
    expect(isPageState({ ...state, hidden: [{ id: 1, kind: 'spam', text: '' }] })).toBe(false);
    expect(isPageState({ ...state, timings: undefined })).toBe(false);
    expect(isPageState({ ...state, gaveUp: { reason: 'bored', measured: 1, limit: 1 } })).toBe(false);
    expect(isPageState({ ...state, gaveUp: { reason: 'time', measured: 1500, limit: 1000 } })).toBe(true);
    expect(isPageState(undefined)).toBe(false);
    expect(isPageState([])).toBe(false);
  });
});

describe('isPageSnapshot', () => {
  it('checks url and html', () => {
    expect(isPageSnapshot({ url: 'u', html: '<p>' })).toBe(true);
    expect(isPageSnapshot({ url: 'u' })).toBe(false);
  });
});

describe('tabIdFromQuery', () => {
  it('reads ?tab=<id>', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
    expect(tabIdFromQuery('')).toBeUndefined();
    expect(tabIdFromQuery('?tab=')).toBeNull();
    expect(tabIdFromQuery('?tab=abc')).toBeNull();
    expect(tabIdFromQuery('?tab=-1')).toBeNull();
  });
});
