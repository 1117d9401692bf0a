import { describe, expect, it } from 'vitest';
import { appealsIn, matchLabel, MAX_LABEL_LENGTH } from '../../../src/core/signals/phrases';

const matchAppeals = (text: string) => appealsIn(text).map((hit) => hit.appeal);

describe('matchLabel', () => {
  it.each([
    ['Related Content', 'related'],
    ['READ MORE »', 'related'],
    ['Related:', 'related'],
    ['Mehr zum Thema', 'related'],
    ['Advertentie', 'ad'],
    ['פרסומת', 'ad'],
    ['Newsletter', 'newsletter'],
    ['Join Our Newsletter', 'newsletter'],
    ['Subscribe to get the latest posts sent to your email.', 'newsletter'],
    ['Article continues below', 'ad'],
    ['Request a quote', 'promo'],
    ['Dear Reader,', 'donation'],
  ])('names "%s" a %s label', (text, kind) => {
    expect(matchLabel(text)).toBe(kind);
  });

  it('needs the whole short text to be the label', () => {
    expect(matchLabel('Related Content from our partners this week')).toBeNull();
    expect(matchLabel('The share price fell')).toBeNull();
    expect(matchLabel('')).toBeNull();
    expect(matchLabel('related '.repeat(MAX_LABEL_LENGTH))).toBeNull();
  });
});

describe('appealsIn', () => {
  it('finds every appeal in a text, with its kind and the words as written', () => {
    const found = matchAppeals('Dear Reader, please Be Our Partner and support independent journalism for $5 a month.');
    expect(found).toEqual([
      { kind: 'donation', phrase: 'Be Our Partner', weak: false },
      { kind: 'donation', phrase: 'support independent journalism', weak: false },
      { kind: 'promo', phrase: '$5 a month', weak: true },
    ]);
  });

  it('prefers the longer phrase where two start at the same place', () => {
    expect(matchAppeals('Please support our journalism today.').map((a) => a.phrase)).toEqual(['support our journalism']);
  });

  it('finds appeals in German, French and Hebrew, and prices per period', () => {
    expect(matchAppeals('Bitte jetzt unterstützen – nur 4,99 € pro Monat').map((a) => a.kind)).toEqual(['donation', 'promo']);
    expect(matchAppeals('Faites un don pour une presse libre.')[0]?.kind).toBe('donation');
    expect(matchAppeals('אנא תמכו בעיתונות עצמאית')[0]?.kind).toBe('donation');
  });

  it('finds sign-up calls whatever they name next: a newsletter, a podcast, a channel', () => {
    const found = matchAppeals('Sign up to our fortnightly Heart Matters newsletter. Subscribe to our podcast on any app.');
    expect(found.map((a) => [a.kind, a.phrase])).toEqual([
      ['newsletter', 'Sign up to our'],
      ['newsletter', 'Subscribe to our'],
    ]);
  });

  it('finds a newsletter by where it says it goes: straight, right or directly to your inbox', () => {
    for (const text of ['Get the latest posts delivered straight to your inbox.', 'Our picks, right to your inbox every Friday.', 'News sent directly to your inbox.']) {
      expect(matchAppeals(text).map((a) => a.kind)).toEqual(['newsletter']);
    }
  });

  it('says where each appeal starts, in text order, across texts joined into one', () => {
    const joined = ['Only $5 a month.', 'Be our partner!'].join('\u0001');
    expect(appealsIn(joined).map((hit) => [hit.index, hit.appeal.phrase])).toEqual([
      [5, '$5 a month'],
      [17, 'Be our partner'],
    ]);
  });

  it('ignores a phrase inside a longer word', () => {
    expect(matchAppeals('The ad-freezer and unbe our partnership')).toEqual([]);
    expect(matchAppeals('סופרתמכו בעיתונות')).toEqual([]);
  });
});
