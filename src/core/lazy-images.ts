/**
 * Addresses in the extracted article. Lazy-loaded images carry their real address in data-*
 * attributes or a <noscript> fallback and a placeholder in `src`: resolve them. Then make every
 * address in the article absolute against the page's URL, since extension pages forbid <base>
 * (CSP base-uri). Works on a detached copy only.
 */
import { byTag } from './dom';

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];

function isPlaceholder(src: string | null): boolean {
  return !src || /^data:|blank|placeholder|spacer|pixel|transparent|lazy/i.test(src);
}

export function resolveLazyImages(root: Document | Element): void {
  for (const img of byTag(root, 'img')) {
    const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !v.startsWith('data:'));
    if (lazy && isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', lazy);
    const lazySet = LAZY_SRCSET.map((a) => img.getAttribute(a)).find(Boolean);
    if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
  }
  for (const source of byTag(root, 'source')) {
    const lazySet = source.getAttribute('data-srcset');
    if (lazySet && !source.getAttribute('srcset') && source.closest('picture')) source.setAttribute('srcset', lazySet);
  }
  // <noscript><img src=…></noscript> next to a placeholder image: use the real one.
  for (const noscript of byTag(root, 'noscript')) {
    const match = /<img\b[^>]*\bsrc=["']([^"']+)["']/i.exec(noscript.textContent ?? noscript.innerHTML);
    const placeholder = noscript.previousElementSibling;
    if (match && placeholder?.tagName === 'IMG' && isPlaceholder(placeholder.getAttribute('src'))) {
      placeholder.setAttribute('src', match[1]!);
    }
  }
}

export function absolute(value: string, base: string): string {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

export function absolutizeUrls(root: ParentNode, base: string): void {
  for (const el of root.querySelectorAll('[href], [src], [poster]')) {
    for (const attr of ['href', 'src', 'poster']) {
      const value = el.getAttribute(attr);
      if (value && !/^(?:#|data:|javascript:|mailto:|tel:)/i.test(value.trim())) el.setAttribute(attr, absolute(value, base));
    }
  }
  for (const el of root.querySelectorAll('[srcset]')) {
    const srcset = el.getAttribute('srcset')!;
    el.setAttribute(
      'srcset',
      srcset
        .split(',')
        .map((candidate) => candidate.trim().replace(/^\S+/, (url) => absolute(url, base)))
        .join(', '),
    );
  }
}
