import type { Element, ElementContent, Root, RootContent } from 'hast';
import { find, html, svg, type Schema } from 'property-information';

// What the HTML parser rebuilds, by the tree-construction rules of the HTML standard, in a tree that holds
// no raw HTML. Cast wide: a tree that only might be rebuilt counts.
const dropsLeadingLineFeed = new Set(['pre', 'textarea', 'listing']);
const closesParagraph = new Set(
  'address article aside blockquote center details dialog dir div dl dd dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu nav ol p plaintext pre search section summary table ul xmp'.split(
    ' ',
  ),
);
// A link in a link, a button in a button, a form in a form: the parser closes or drops the outer one.
const nestsBadly = new Set(['a', 'button', 'form']);
const tableChildren: Record<string, Set<string>> = {
  table: new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'script', 'template', 'style']),
  thead: new Set(['tr', 'script', 'template', 'style']),
  tbody: new Set(['tr', 'script', 'template', 'style']),
  tfoot: new Set(['tr', 'script', 'template', 'style']),
  tr: new Set(['td', 'th', 'script', 'template', 'style']),
};
// Table parts the parser drops, or wraps in what they lack, outside their own parent.
const tableParents: Record<string, Set<string>> = {
  caption: new Set(['table']),
  colgroup: new Set(['table']),
  col: new Set(['colgroup']),
  thead: new Set(['table']),
  tbody: new Set(['table']),
  tfoot: new Set(['table']),
  tr: new Set(['thead', 'tbody', 'tfoot']),
  td: new Set(['tr']),
  th: new Set(['tr']),
};
// An item closes the item it would be in when no list of its own comes between them.
const itemLists: Record<string, Set<string>> = {
  li: new Set(['ul', 'ol', 'menu']),
  dd: new Set(['dl']),
  dt: new Set(['dl']),
};
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const parsedOnTheirOwnTerms = new Set(
  'html head body frameset frame template select option optgroup iframe noscript noembed noframes plaintext xmp image math title'.split(
    ' ',
  ),
);
const leavesSvg = new Set(
  'b big blockquote body br center code dd div dl dt em embed font h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(
    ' ',
  ),
);

/**
 * Whether rehype-raw could give back a different tree than this one: it holds raw HTML (a `raw` node), a
 * `pre` whose text begins with a line feed (which the parser drops), elements nested where HTML does not
 * let them be (a block in a paragraph, a heading in a heading, a link in a link, an item in an item, anything loose in a table, HTML inside an SVG), or
 * elements the parser treats on their own terms (templates, selects, MathML, …). Pure.
 */
export function htmlParserWouldChange(tree: Root): boolean {
  const open: string[] = [];
  return tree.children.some((child) => changes(child, open));
}

/** `open`: the names of the elements `node` is in, outermost first; left as it was given. */
function changes(node: RootContent | ElementContent, open: string[]): boolean {
  if (node.type === 'raw') return true;
  if (node.type === 'text') return table(open.at(-1)) && node.value.trim() !== '';
  if (node.type !== 'element') return false;
  const name = node.tagName;
  const parent = open.at(-1);
  if (open.includes('svg')) {
    if (leavesSvg.has(name)) return true;
  } else if (
    parsedOnTheirOwnTerms.has(name) ||
    (dropsLeadingLineFeed.has(name) && firstText(node)?.startsWith('\n') === true) ||
    (closesParagraph.has(name) && open.includes('p')) ||
    (nestsBadly.has(name) && open.includes(name)) ||
    (headings.has(name) && open.some((outer) => headings.has(outer))) ||
    (parent !== undefined && table(parent) && !(tableChildren[parent]?.has(name) ?? false)) ||
    (name in tableParents && !(tableParents[name]?.has(parent ?? '') ?? false)) ||
    closesAnItem(name, open)
  )
    return true;
  open.push(name);
  const found = node.children.some((child) => changes(child, open));
  open.pop();
  return found;
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
    if (child.type === 'text') return child.value;
    if (child.type === 'element') {
      const text = firstText(child);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/**
 * What the HTML parser does to values in a tree it does not rebuild: an attribute set to `true` that is not
 * a boolean attribute (`data-pagefind-ignore`, so set by Starlight's heading links and the rule history)
 * comes back as an empty string, written `data-pagefind-ignore=""`. Changes the tree in place.
 */
export function withParsedValues(tree: Root): Root {
  for (const child of tree.children) if (child.type === 'element') parsedValues(child, html);
  return tree;
}

function parsedValues(element: Element, space: Schema): void {
  const schema = element.tagName === 'svg' ? svg : space;
  for (const [key, value] of Object.entries(element.properties)) {
    if (value !== true) continue;
    const info = find(schema, key);
    if (!info.boolean && !info.overloadedBoolean) element.properties[key] = '';
  }
  for (const child of element.children) if (child.type === 'element') parsedValues(child, schema);
}
