/**
 * The one DOMPurify configuration every piece of page-derived html passes before the popup or
 * reader renders it. DOMPurify needs a real DOM (a browser or jsdom; not happy-dom/linkedom).
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

export const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math', 'noscript', 'template'],
  FORBID_ATTR: ['style', 'class', 'id', 'srcdoc', 'action', 'formaction', 'ping', 'background'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // http(s), mailto and tel links; data: only for images (checked in the hook below).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = purifiers.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('afterSanitizeAttributes', (node) => {
      // Links open outside the extension page, without telling the site where they came from.
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      for (const attr of ['src', 'href', 'srcset']) {
        const value = node.getAttribute(attr);
        if (value && /^\s*data:/i.test(value) && !(node.tagName === 'IMG' && /^\s*data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/i.test(value))) {
          node.removeAttribute(attr);
        }
      }
    });
    purifiers.set(win, purify);
  }
  return purify;
}

/** Sanitize a detached element in place for rendering in an extension page (no html round trip). */
export function sanitizeInPlace(element: Element, win: Window): void {
  purifierFor(win).sanitize(element, { ...SANITIZE_CONFIG, IN_PLACE: true });
}
