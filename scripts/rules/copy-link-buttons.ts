// Registers hName / hProperties on mdast data (the fields remark-rehype reads).
import type {} from 'mdast-util-to-hast';
import type { PhrasingContent } from 'mdast';

/**
 * The two copy buttons of a rule block, hidden until the page script enables them (without JavaScript the
 * permalink link remains): "Copy link" copies a Markdown link for a review comment,
 * `[LOG-002: Statement](https://…/rules/LOG-002/)`; "Copy URL" copies the plain permalink. Search leaves
 * their labels out: they showed in a rule's search result as "Copy link Copy URL".
 * @param permalink - the permalink path with the base; the page script makes it absolute
 */
export function copyLinkButtons(id: string, statement: string, permalink: string): PhrasingContent[] {
  return [
    button('Copy link', {
      className: ['ab-rule__copy'],
      'data-permalink': permalink,
      'data-copy': 'markdown',
      'data-link-text': `${id}: ${statement}`,
      title: `Copy a Markdown link to ${id} for a review comment`,
    }),
    { type: 'text', value: ' ' },
    button('Copy URL', {
      className: ['ab-rule__copy', 'ab-rule__copy--url'],
      'data-permalink': permalink,
      'data-copy': 'url',
      title: `Copy the permanent URL of ${id}`,
    }),
  ];
}

function button(label: string, properties: Record<string, string | string[]>): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'button', hProperties: { type: 'button', ...properties, hidden: true, dataPagefindIgnore: true } },
    children: [{ type: 'text', value: label }],
  };
}
