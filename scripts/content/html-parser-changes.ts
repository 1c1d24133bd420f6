import type { Element, ElementContent, Root, RootContent } from 'hast';
import { html, svg, type Schema } from 'property-information';
import {
  closesParagraph,
  dropsLeadingLineFeed,
  headings,
  itemLists,
  leavesSvg,
  nestsBadly,
  notHtmlWhitespace,
  parsedOnTheirOwnTerms,
  rawText,
  rubyParts,
  tableChildren,
  tableParents,
  voidElements,
} from './html-parser-rules.ts';
import { schemaOf, valuesReadBack } from './parsed-values.ts';

/**
 * Whether rehype-raw could give back a different tree than this one (html-parser-rules.ts): it holds raw HTML
 * (a `raw` node) or a doctype, a `pre` whose text begins with a line feed (which the parser drops), elements
 * nested where HTML does not let them be (a block in a paragraph, a heading in a heading, a link in a link,
 * an item in an item, anything loose in a table, HTML inside an SVG, children of a void element), elements
 * the parser treats on their own terms (templates, selects, MathML, …), a tag name it would rewrite, or a
 * value it would read back otherwise (parsed-values.ts). Pure.
 */
export function htmlParserWouldChange(tree: Root): boolean {
  const open: string[] = [];
  return tree.children.some((child) => child.type === 'doctype' || changes(child, open, html));
}

/** `open`: the names of the elements `node` is in, outermost first; left as it was given. */
function changes(node: RootContent | ElementContent, open: string[], outer: Schema): boolean {
  if (node.type === 'raw') return true;
  if (node.type === 'text') return table(open.at(-1)) && notHtmlWhitespace.test(node.value);
  if (node.type === 'comment') return rawText.has(open.at(-1) ?? '');
  if (node.type !== 'element') return true;
  const name = node.tagName;
  const schema = schemaOf(node, outer);
  if (rebuilt(node, open, outer === svg) || !valuesReadBack(node.properties, schema)) return true;
  open.push(name);
  const found = node.children.some((child) => changes(child, open, schema));
  open.pop();
  return found;
}

function rebuilt(element: Element, open: readonly string[], inSvg: boolean): boolean {
  const name = element.tagName;
  if (inSvg) return leavesSvg.has(name) || !/^[a-zA-Z][a-zA-Z0-9-]*$/.test(name);
  const parent = open.at(-1);
  return (
    !/^[a-z][a-z0-9-]*$/.test(name) ||
    parsedOnTheirOwnTerms.has(name) ||
    (voidElements.has(name) && element.children.length > 0) ||
    (rawText.has(name) && element.children.some((child) => child.type !== 'text')) ||
    (dropsLeadingLineFeed.has(name) && firstText(element)?.startsWith('\n') === true) ||
    (closesParagraph.has(name) && open.includes('p')) ||
    (nestsBadly.has(name) && open.includes(name)) ||
    (headings.has(name) && open.some((outer) => headings.has(outer))) ||
    (rubyParts.has(name) && open.some((outer) => rubyParts.has(outer))) ||
    (parent !== undefined && table(parent) && !(tableChildren[parent]?.has(name) ?? false)) ||
    (name in tableParents && !(tableParents[name]?.has(parent ?? '') ?? false)) ||
    closesAnItem(name, open)
  );
}

function closesAnItem(name: string, open: readonly string[]): boolean {
  const lists = itemLists[name];
  if (lists === undefined) return false;
  const nearest = open.findLast((outer) => outer in itemLists || lists.has(outer));
  return nearest !== undefined && nearest in itemLists;
}

function table(name: string | undefined): boolean {
  return name !== undefined && name in tableChildren;
}

function firstText(element: Element): string | undefined {
  for (const child of element.children) {
    if (child.type === 'text' && child.value !== '') return child.value;
    if (child.type === 'element') {
      const text = firstText(child);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}
