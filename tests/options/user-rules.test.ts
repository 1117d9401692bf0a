// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { exportSettings } from '../../src/shared/settings';
import { downloadText, readSettingsFile } from '../../src/options/transfer';
import { firstBadRule, groupRules, prepareRule, renderRuleList, renderedOrder } from '../../src/options/user-rules';

describe('prepareRule', () => {
  it.each([
    ['example.com##.promo', 'promo', 'example.com##.promo ! promo'],
    ['  ##.box:has-text(Sale)  ', 'other', '##.box:has-text(Sale) ! other'],
    ['##.box ! ad', 'promo', '##.box ! ad'],
    ['##.box !', 'share', '##.box ! share'],
    ['##div:has-text(/dear reader/i)', 'donation', '##div:has-text(/dear reader/i) ! donation'],
  ] as const)('stores %j with kind %s as %j', (input, kind, line) => {
    expect(prepareRule(input, kind, document)).toEqual({ ok: true, line });
  });

  it.each([
    ['', /^Type a rule first/],
    ['.promo', /not an element-hiding rule/],
    ['##.a[', /bad selector/],
    ['bad domain!##.a', /bad domain/],
    ['##.a ! nope', /unknown kind "nope"/],
    ['##div:has-text(/(/)', /regular expression/],
    [`##.${'a'.repeat(1000)}`, /longer than 1000 characters/],
  ])('refuses %j', (input, error) => {
    const result = prepareRule(input, 'other', document);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('firstBadRule', () => {
  it('names the first line parseRule rejects, counting from 1', () => {
    expect(firstBadRule(['##.a', 'x.com##.b ! ad'], document)).toBeNull();
    expect(firstBadRule(['##.a', '##.b[', 'nope'], document)).toBe('rule 2 “##.b[” isn\'t valid: bad selector ".b["');
  });
});

describe('groupRules and renderRuleList', () => {
  const rules = ['z.com##.a ! ad', '##.all ! other', 'a.com,b.com##.x ! promo', '##.bad[', 'a.com,b.com##.y ! share', 'm.org##.m'];

  it('groups by site: All sites first, then by name, invalid last', () => {
    const groups = groupRules(rules, document);
    expect(groups.map((g) => g.label)).toEqual(['All sites', 'a.com, b.com', 'm.org', 'z.com', 'Not valid (ignored)']);
    expect(groups[1]!.rules.map((r) => r.line)).toEqual(['a.com,b.com##.x ! promo', 'a.com,b.com##.y ! share']);
    expect(groups.at(-1)!.rules[0]!.error).toMatch(/bad selector/);
    expect(renderedOrder(groups)).toEqual([
      '##.all ! other', 'a.com,b.com##.x ! promo', 'a.com,b.com##.y ! share', 'm.org##.m', 'z.com##.a ! ad', '##.bad[',
    ]);
  });

  it('renders headed lists with labelled Remove buttons, and an empty state', () => {
    expect(renderRuleList(document, [], { remove: vi.fn() }).textContent).toBe('No rules yet');
    const remove = vi.fn();
    const el = renderRuleList(document, groupRules(rules, document), { remove });
    document.body.append(el);
    const headings = Array.from(el.querySelectorAll('h3'));
    expect(headings.map((h) => h.textContent)).toEqual(['All sites', 'a.com, b.com', 'm.org', 'z.com', 'Not valid (ignored)']);
    const firstList = el.querySelector('ul')!;
    expect(document.getElementById(firstList.getAttribute('aria-labelledby')!)?.textContent).toBe('All sites');
    const button = el.querySelector<HTMLButtonElement>('li[data-rule="m.org##.m"] button')!;
    expect(button.getAttribute('aria-label')).toBe('Remove rule m.org##.m');
    expect(button.type).toBe('button');
    button.click();
    expect(remove).toHaveBeenCalledWith('m.org##.m');
    expect(el.querySelector('li[data-rule="##.bad["] .qr-rule-note')?.textContent).toMatch(/bad selector/);
    el.remove();
  });
});

describe('transfer', () => {
  it('downloads through an object URL and revokes it afterwards', async () => {
    vi.useFakeTimers();
    try {
      let blob: Blob | undefined;
      Object.assign(URL, {
        createObjectURL: vi.fn((b: Blob) => {
          blob = b;
          return 'blob:x';
        }),
        revokeObjectURL: vi.fn(),
      });
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      downloadText(document, 'f.json', '{"a":1}');
      expect(click).toHaveBeenCalledOnce();
      expect(document.querySelector('a[download]')).toBeNull();
      expect(URL.revokeObjectURL).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
      expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:x');
      expect(await blob!.text()).toBe('{"a":1}');
      click.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads a good file and refuses a bad rule or a huge file', async () => {
    const settings = { defaultEnabled: true, sites: { 'a.com': false }, rules: ['##.x ! ad'] };
    const file = (text: string): File => new File([text], 's.json');
    await expect(readSettingsFile(file(exportSettings(settings)), document)).resolves.toEqual({ ok: true, settings });
    await expect(readSettingsFile(file(exportSettings({ ...settings, rules: ['##.x[['] })), document)).resolves.toEqual({
      ok: false,
      error: 'rule 1 “##.x[[” isn\'t valid: bad selector ".x[["',
    });
    const huge = { size: 5 * 1024 * 1024, text: vi.fn() } as unknown as Blob;
    await expect(readSettingsFile(huge, document)).resolves.toEqual({
      ok: false,
      error: 'the file is too large (5.0 MB; settings files are at most 1 MB)',
    });
    expect(huge.text).not.toHaveBeenCalled();
  });
});
