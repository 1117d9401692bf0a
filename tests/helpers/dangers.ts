/** What must never reach an extension page from a web page: anything that runs code or fetches. */
import { LEAK_PATH } from '../fixtures/xss-vectors';

const URL_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'background', 'ping', 'data', 'cite', 'longdesc']);
const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'template', 'noscript', 'isindex',
]);

/** Everything in `root` that could run code or fetch something it should not. */
export function dangers(root: Element | DocumentFragment): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      const attr = name.toLowerCase();
      const url = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (attr.startsWith('on')) found.push(`${tag} ${attr}`);
      if (attr === 'style' || attr === 'srcdoc' || attr === 'ping' || attr === 'background') found.push(`${tag} ${attr}`);
      if (URL_ATTRS.has(attr) && /^(?:javascript|vbscript|data):/.test(url) && !(tag === 'img' && attr === 'src' && /^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/.test(url))) {
        found.push(`${tag} ${attr}=${value.slice(0, 30)}`);
      }
      if (value.includes(LEAK_PATH)) found.push(`${tag} ${attr} fetches ${value}`);
    }
  }
  return found;
}

