import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureHtml, labelSvg, svgWithBase } from '../../../scripts/diagrams/figure.ts';

describe('svgWithBase', () => {
  const svg =
    '<svg><a href="/guidelines/x/" xlink:href="/guidelines/x/"/><a href="//cdn.test/x"/><a href="/handbook/y/"/></svg>';

  it('prefixes root-relative links once, leaving protocol-relative ones', () => {
    assert.equal(
      svgWithBase(svg, '/handbook/'),
      '<svg><a href="/handbook/guidelines/x/" xlink:href="/handbook/guidelines/x/"/><a href="//cdn.test/x"/><a href="/handbook/y/"/></svg>',
    );
    assert.equal(svgWithBase(svg, '/'), svg);
  });
});

describe('figureHtml', () => {
  it('names the SVG by its text alternative and escapes what it prints', () => {
    assert.equal(
      labelSvg('<svg a="1"></svg>', 'A & "B"'),
      '<svg role="img" aria-label="A &amp; &quot;B&quot;" focusable="false" a="1"></svg>',
    );
    assert.match(
      labelSvg('<svg><a href="/x/"><text>X</text></a></svg>', 'Linked'),
      /^<svg role="group" aria-label="Linked"/,
    );
    const html = figureHtml({
      picture: '<svg></svg>',
      caption: '<b>C</b>',
      page: { href: '/d/x/', title: 'T' },
      id: 'x',
    });
    assert.match(
      html,
      /<span class="ab-diagram__caption">&lt;b&gt;C&lt;\/b&gt;<\/span> <a class="ab-diagram__open" href="\/d\/x\/">Open “T”<\/a>/,
    );
  });

  it('leaves out an empty caption', () => {
    assert.doesNotMatch(
      figureHtml({ picture: '<svg></svg>', caption: undefined, page: undefined, id: undefined }),
      /figcaption/,
    );
  });
});
