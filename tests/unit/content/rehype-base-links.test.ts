import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { rehypeBaseLinks } from '../../../scripts/content/rehype-base-links.ts';

function link(href: string): Root {
  const a: Element = { type: 'element', tagName: 'a', properties: { href }, children: [] };
  return { type: 'root', children: [a] };
}

function hrefAfter(href: string, isPage?: (path: string) => boolean): unknown {
  const tree = link(href);
  rehypeBaseLinks({ base: '/handbook/', ...(isPage ? { isPage } : {}) })(tree);
  return (tree.children[0] as Element).properties['href'];
}

describe('rehypeBaseLinks', () => {
  it('puts root-relative links under the base and leaves links that already carry it', () => {
    assert.equal(hrefAfter('/guidelines/logging/#log-002'), '/handbook/guidelines/logging/#log-002');
    assert.equal(hrefAfter('/handbook/rules/LOG-002/'), '/handbook/rules/LOG-002/');
    assert.equal(hrefAfter('//cdn.example/x.png'), '//cdn.example/x.png');
  });

  it('prefixes a link into a section named like the base, which a page of the handbook proves', () => {
    const isPage = (path: string) => path === '/handbook/writing-pages/';
    assert.equal(hrefAfter('/handbook/writing-pages/#scope', isPage), '/handbook/handbook/writing-pages/#scope');
    assert.equal(hrefAfter('/handbook/guidelines/logging/', isPage), '/handbook/guidelines/logging/');
  });
});
