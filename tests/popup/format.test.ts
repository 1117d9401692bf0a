// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { errorMessage, formatDate, formatReadingTime, kindLabel, unreachableReason } from '../../src/popup/format';
import { strings } from '../../src/popup/strings';

describe('formatDate', () => {
  it('formats a date-only value as that calendar day in any time zone', () => {
    expect(formatDate('2019-05-01', 'en-US')).toEqual({ text: 'May 1, 2019', datetime: '2019-05-01' });
  });

  it('formats a date-time', () => {
    const result = formatDate('2019-05-01T12:00:00Z', 'en-US');
    expect(result?.datetime).toBe('2019-05-01T12:00:00Z');
    expect(result?.text).toMatch(/2019/);
  });

  it('shows an unparsable value as it came, without a datetime', () => {
    expect(formatDate('last Tuesday', 'en-US')).toEqual({ text: 'last Tuesday', datetime: null });
  });

  it('returns null for missing or blank values', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate('  ')).toBeNull();
  });
});

describe('formatReadingTime', () => {
  it('says N min read', () => {
    expect(formatReadingTime(4)).toBe('4 min read');
  });
  it('is null for nothing to read', () => {
    expect(formatReadingTime(0)).toBeNull();
    expect(formatReadingTime(Number.NaN)).toBeNull();
  });
});

describe('kindLabel', () => {
  it('labels each kind', () => {
    expect(kindLabel('donation')).toBe('Donation appeal');
    expect(kindLabel('other')).toBe('Other');
  });
});

describe('errorMessage', () => {
  it('handles errors, strings and anything else', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('bad')).toBe('bad');
    expect(errorMessage(42)).toBe(strings.unknownError);
  });
});

describe('unreachableReason', () => {
  const why = strings.unreachableWhy;
  it.each([
    [undefined, why.generic],
    ['chrome://extensions/', why.browserPage],
    ['about:addons', why.browserPage],
    ['view-source:https://example.com/', why.browserPage],
    ['https://addons.mozilla.org/en-US/firefox/', why.store],
    ['https://chromewebstore.google.com/detail/x', why.store],
    ['https://chrome.google.com/webstore/detail/x', why.store],
    ['file:///home/me/page.html', why.file],
    ['file:///home/me/doc.pdf', why.pdf],
    ['https://example.com/report.PDF', why.pdf],
    ['https://example.com/news/1', why.reload],
    ['not a url', why.generic],
  ])('%s', (url, expected) => {
    expect(unreachableReason(url)).toBe(expected);
  });
});
