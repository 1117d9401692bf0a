// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { snapshotDocument } from '../../src/popup/snapshot';

describe('snapshotDocument', () => {
  it('resolves relative URLs against the page, not the popup', () => {
    const doc = snapshotDocument('<html><head></head><body><a href="/x">x</a></body></html>', 'https://news.example/a/b');
    expect(doc.querySelector('a')?.href).toBe('https://news.example/x');
  });

  it('makes an existing relative <base> absolute against the page', () => {
    const doc = snapshotDocument(
      '<html><head><base href="/sub/"></head><body><img src="pic.jpg"></body></html>',
      'https://news.example/a/b',
    );
    expect(doc.querySelectorAll('base')).toHaveLength(1);
    expect(doc.querySelector('img')?.src).toBe('https://news.example/sub/pic.jpg');
  });

  it('does not run scripts', () => {
    const doc = snapshotDocument('<body><script>window.__ran = true</script></body>', 'https://news.example/');
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
    expect(doc.querySelector('script')).not.toBeNull();
  });
});
