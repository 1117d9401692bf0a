// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseSnapshot, withoutCode } from '../../src/popup/snapshot';

describe('withoutCode', () => {
  it('empties scripts and style sheets but keeps their tags, attributes and JSON-LD', () => {
    const html =
      '<head><script src="a.js"></script><script>var a = "<b>";</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
      '<style media="(min-width: 1px)">p { color: red }</style></head>' +
      '<body><p>Story</p><SCRIPT data-x="a>b">track()</SCRIPT ></body>';
    expect(withoutCode(html)).toBe(
      '<head><script src="a.js"></script><script></script>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<style media="(min-width: 1px)"></style></head>' +
        '<body><p>Story</p><SCRIPT data-x="a>b"></SCRIPT ></body>',
    );
  });

  it('leaves custom elements whose names start like script or style alone', () => {
    const html = '<style-guide><p>Keep me</p></style-guide><scripts-list><p>Me too</p></scripts-list>';
    expect(withoutCode(html)).toBe(html);
  });

  it('leaves an unclosed script as it is', () => {
    expect(withoutCode('<p>a</p><script>never closed')).toBe('<p>a</p><script>never closed');
  });
});

describe('parseSnapshot', () => {
  it('gives the same elements in the same places, only without the code', () => {
    const html =
      '<!doctype html><html><head><style>.x{}</style><script type="application/ld+json">{"headline":"H"}</script></head>' +
      '<body><div><script>document.write("<p>x</p>")</script><p class="story">Text</p></div></body></html>';
    const doc = parseSnapshot(html);
    const full = new DOMParser().parseFromString(html, 'text/html');
    const shape = (d: Document) => [...d.querySelectorAll('*')].map((el) => el.tagName).join();
    expect(shape(doc)).toBe(shape(full));
    expect(doc.querySelector('div > script')?.textContent).toBe('');
    expect(doc.querySelector('script[type="application/ld+json"]')?.textContent).toBe('{"headline":"H"}');
    expect(doc.querySelector('p.story:nth-child(2)')?.textContent).toBe('Text');
  });
});
