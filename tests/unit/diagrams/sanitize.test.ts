import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { sanitizeSvg } from '../../../scripts/diagrams/sanitize.ts';

const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" style="width:72px;height:156px;background:#FFFFFF;" width="72px" height="156px" viewBox="0 0 72 156" preserveAspectRatio="none" zoomAndPan="magnify"><?plantuml 1.2026.8?>${body}</svg>`;

describe('sanitizeSvg', () => {
  it('removes scripts, event handlers, style sheets and foreign objects', () => {
    const out = sanitizeSvg(
      svg(
        '<script>alert(1)</script><style>body{display:none}</style><g onclick="alert(2)" onload="x()"><text>A</text></g><foreignObject><div>x</div></foreignObject>',
      ),
      'p-',
    );
    assert.doesNotMatch(out, /script|onclick|onload|<style|foreignObject|alert/i);
    assert.match(out, /<text>A<\/text>/);
  });

  it('drops javascript: and data: links, keeps https links', () => {
    const out = sanitizeSvg(
      svg(
        '<a href="javascript:alert(1)" xlink:href="javascript:alert(1)"><rect/></a>' +
          '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;" xlink:href="data:text/html,x"><rect/></a>' +
          '<a href="https://example.org/" xlink:href="https://example.org/" target="_top"><rect/></a>',
      ),
      'p-',
    );
    assert.doesNotMatch(out, /javascript:|data:text|target=/);
    assert.match(out, /href="https:\/\/example\.org\/"/);
  });

  it('keeps handbook paths and https links, and unwraps every other link but keeps its picture', () => {
    const out = sanitizeSvg(
      svg(
        '<a href="/guidelines/adapters/" xlink:href="/guidelines/adapters/"><rect id="a"/></a>' +
          '<a href="http://example.org/" xlink:href="http://example.org/"><rect id="b"/></a>' +
          '<a href="mailto:x@example.org"><rect id="c"/></a>' +
          '<a href="//evil.example/"><rect id="d"/></a>' +
          '<a href="guidelines/x/"><rect id="e"/></a>',
      ),
      'p-',
    );
    assert.deepEqual(
      [...out.matchAll(/<a [^>]*?href="([^"]*)"/g)].map((match) => match[1]),
      ['/guidelines/adapters/'],
    );
    assert.deepEqual(
      [...out.matchAll(/<rect id="p-(\w)"/g)].map((match) => match[1]),
      ['a', 'b', 'c', 'd', 'e'],
    );
  });

  it('prefixes ids and the references to them', () => {
    const out = sanitizeSvg(
      svg(
        '<defs><linearGradient id="g1"><stop offset="0"/></linearGradient><filter id="f1"><feGaussianBlur stdDeviation="2"/></filter></defs><g id="ent0001"><rect fill="url(#g1)" filter="url(#f1)"/><a href="#ent0001"><rect/></a></g>',
      ),
      'dabc-',
    );
    assert.match(out, /id="dabc-g1"/);
    assert.match(out, /id="dabc-ent0001"/);
    assert.match(out, /fill="url\(#dabc-g1\)" filter="url\(#dabc-f1\)"/);
    assert.match(out, /href="#dabc-ent0001"/);
  });

  it('lets CSS size the diagram and returns well-formed XML', () => {
    const out = sanitizeSvg(svg('<text>A&#160;B &amp; C &lt; D</text>'), 'p-');
    assert.doesNotMatch(out, /preserveAspectRatio|zoomAndPan|width:72px|<\?plantuml/);
    assert.match(out, /style="background:#FFFFFF;"/);
    assert.match(out, /viewBox="0 0 72 156"/);
    const document = new JSDOM(out, { contentType: 'image/svg+xml' }).window.document;
    assert.equal(document.querySelector('parsererror'), null);
    assert.equal(document.documentElement.textContent, 'A\u00a0B & C < D');
  });

  it('returns nothing when the input is not an SVG', () => {
    assert.equal(sanitizeSvg('<div>hello</div>', 'p-'), '');
  });
});
