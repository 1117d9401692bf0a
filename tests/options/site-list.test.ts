// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderSiteList, sortedSites } from '../../src/options/site-list';

describe('sortedSites', () => {
  it('sorts by host', () => {
    expect(sortedSites({ 'b.example': true, 'a.example': false })).toEqual([
      ['a.example', false],
      ['b.example', true],
    ]);
  });
});

describe('renderSiteList', () => {
  const handlers = () => ({ toggle: vi.fn(), remove: vi.fn() });

  it('shows the empty state', () => {
    const el = renderSiteList(document, {}, handlers());
    expect(el.textContent).toBe('No site settings yet');
  });

  it('renders a labelled switch and a Remove button per site', () => {
    const h = handlers();
    const el = renderSiteList(document, { 'news.example': true, 'blog.example': false }, h);
    document.body.append(el);
    const rows = el.querySelectorAll<HTMLLIElement>('li');
    expect(Array.from(rows, (row) => row.dataset.site)).toEqual(['blog.example', 'news.example']);

    const input = rows[0]!.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(input.checked).toBe(false);
    expect(input.labels?.[0]?.textContent).toBe('Clean up on blog.example');

    input.click();
    expect(h.toggle).toHaveBeenCalledWith('blog.example', true);

    const remove = rows[1]!.querySelector('button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove news.example');
    remove.click();
    expect(h.remove).toHaveBeenCalledWith('news.example');
    el.remove();
  });
});
