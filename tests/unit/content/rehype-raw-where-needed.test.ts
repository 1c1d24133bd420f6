import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { ElementContent, Properties, Root } from 'hast';
import { rehypeRawWhereNeeded } from '../../../scripts/content/rehype-raw-where-needed.ts';
import { htmlParserWouldChange } from '../../../scripts/content/html-parser-changes.ts';
import { handbookMarkdownProcessor } from '../../../scripts/integration/markdown-processor.ts';

// Pages that exercise what rehype-raw's HTML parser could change: raw HTML of every kind (blocks, inline
// tags, comments, an SVG with camel-cased attributes, a heading and an image, which Astro's own plugins
// before it do not see), and pages of plain Markdown whose trees hold code, tables, lists and entities.
const pages = [
  '# Title\n\nPlain *text* with `code`, a [link](/a/) and an entity: &amp; &copy; < > "quotes".',
  '```python\n\nclass Port:\n    def load(self) -> dict: ...\n```\n\n    indented\n    code',
  '| a | b |\n| - | :-: |\n| 1 | 2 |\n\n- one\n- two\n  1. nested\n\n> quote\n\n---\n\n![alt](/x.png "t")',
  'Text <span class="x">inline <b>raw</b></span> and <br> a break.',
  '<div class="figure">\n<svg viewBox="0 0 10 10"><linearGradient id="g"/><path d="M0 0"/></svg>\n</div>',
  '<!-- a comment -->\n\n<h2>A raw heading</h2>\n\n<img src="/y.png" alt="raw image">',
  '<table><tr><td>raw</td></tr></table>\n\n<p>a paragraph <div>in</div> a div</p>',
  'Before\n\n<pre>\nraw pre\n</pre>\n\nafter <em>unclosed',
];

// A plugin before it that sets attributes to `true`, as Starlight's heading links do: a boolean attribute, a
// data attribute, an overloaded boolean (`download`) and an SVG attribute.
const setsTrue = () => (tree: Root) => {
  const [first] = tree.children;
  if (first?.type !== 'element') return;
  first.properties = { ...first.properties, hidden: true, dataPagefindIgnore: true, download: true };
  first.children.push({
    type: 'element',
    tagName: 'svg',
    properties: { dataIcon: true, viewBox: '0 0 1 1' },
    children: [{ type: 'element', tagName: 'path', properties: { dataX: true, d: 'M0 0' }, children: [] }],
  });
};

async function render(markdown: string, replaced: boolean): Promise<string> {
  const { options } = handbookMarkdownProcessor({ remark: [], rehype: [setsTrue] });
  const rehypePlugins = replaced ? options.rehypePlugins : [setsTrue];
  const processor = await createMarkdownProcessor({ ...options, rehypePlugins, syntaxHighlight: false });
  return (await processor.render(markdown)).code;
}

describe('rehype-raw only where raw HTML is', () => {
  it('gives the same HTML as Astro’s own rehype-raw, with and without raw HTML on the page', async () => {
    for (const page of pages) assert.equal(await render(page, true), await render(page, false), page);
  });

  it('replaces Astro’s rehype-raw in the handbook’s processor', () => {
    const { options } = handbookMarkdownProcessor({ remark: [], rehype: [setsTrue] });
    assert.deepEqual(options.rehypePlugins, [setsTrue, rehypeRawWhereNeeded]);
  });

  it('parses a page again only when the parser would change it', () => {
    const element = (tagName: string, ...children: ElementContent[]): ElementContent => ({
      type: 'element',
      tagName,
      properties: {},
      children,
    });
    const text = (value: string): ElementContent => ({ type: 'text', value });
    const withValues = (tagName: string, properties: Properties): ElementContent => ({
      type: 'element',
      tagName,
      properties,
      children: [],
    });
    const page = (...children: ElementContent[]): Root => ({ type: 'root', children });
    const unchanged = [
      page(element('p', text('a '), element('a', text('link')), element('code', text('<b>')))),
      page(element('pre', element('code', text('class Port:\n')))),
      page(element('table', element('thead', text('\n'), element('tr', element('th', text('a')))))),
      page(element('svg', element('path'), element('g', element('text', text('x'))))),
      page(withValues('p', { className: ['note', 'wide'], dataPagefindIgnore: true, tabIndex: 0, hidden: true })),
      page(element('ul', element('li', element('ol', element('li', text('nested list')))))),
      page(element('dl', element('dt', text('term')), element('dd', element('dl', element('dd', text('x')))))),
    ];
    const changed = [
      page(element('p', { type: 'raw', value: '<b>x</b>' })),
      page(element('pre', element('code', text('\nclass Port:')))),
      page(element('p', element('span', element('div', text('block'))))),
      page(element('a', element('em', element('a', text('inner'))))),
      page(element('table', element('tr', element('td', text('no body'))))),
      page(element('table', element('tbody', text('loose text')))),
      page(element('svg', element('div', text('html in svg')))),
      page(element('form', element('div', element('form', element('input'))))),
      page(element('select', element('option', text('one')))),
      page(element('ul', element('li', element('li', text('item in an item'))))),
      page(element('h2', element('span', element('h3', text('heading in a heading'))))),
      page(element('div', element('td', text('cell without a row')))),
      page(element('table', element('tbody', text('\u00a0')))),
      page(element('pre', text(''), element('code', text('\nafter an empty text')))),
      page(withValues('li', { className: ['task-list-item'], class: 'todo' })),
      page(withValues('img', { width: '640.0' })),
      // A string where hast's types ask for a list, as a plugin written in JavaScript may set it.
      page(withValues('p', { className: 'note  wide' } as unknown as Properties)),
      page(withValues('p', { className: ['a\tb'] })),
      page(withValues('div', { hidden: 'HIDDEN' })),
      page(element('ruby', element('rt', element('rp', text('x'))))),
      page(element('img', text('child of a void element'))),
      page(element('DIV', text('upper case'))),
    ];
    for (const tree of unchanged) assert.equal(htmlParserWouldChange(tree), false, JSON.stringify(tree));
    for (const tree of changed) assert.equal(htmlParserWouldChange(tree), true, JSON.stringify(tree));
  });
});
