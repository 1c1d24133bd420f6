import type { Element, Properties, Root } from 'hast';
import { find, html, svg, type Info, type Schema } from 'property-information';
import { singleToken } from './html-parser-rules.ts';

/**
 * Whether the HTML parser would read an element's property values back as they are, but for `true` on an
 * attribute that is not boolean, which {@link withParsedValues} writes as the parser gives it back. Not so,
 * and the element goes through the parser: two keys for one attribute (`class` beside `className`), a
 * string the parser would read as a number or list in another form (`'640.0'`, `'a  b'`, `'a,b'`), anything
 * but `true` on a boolean attribute, a list item that is empty or holds a space or comma. Pure.
 */
export function valuesReadBack(properties: Properties, schema: Schema): boolean {
  const attributes: string[] = [];
  for (const key in properties) {
    const value = properties[key];
    if (value === undefined || value === null || value === false) continue;
    const info = infoOf(schema, key);
    if (key === 'children' || attributes.includes(info.property)) return false;
    attributes.push(info.property);
    if (value === true) continue;
    if (info.boolean) return false;
    if (Array.isArray(value) && value.some((item) => !singleToken.test(String(item)))) return false;
    if (typeof value === 'string' && !stringReadBack(value, info)) return false;
  }
  return true;
}

const infos = new Map<Schema, Map<string, Info>>();

/** property-information's `find`, remembered: a page has thousands of elements and a few dozen keys. */
function infoOf(schema: Schema, key: string): Info {
  let known = infos.get(schema);
  if (known === undefined) infos.set(schema, (known = new Map<string, Info>()));
  let info = known.get(key);
  if (info === undefined) known.set(key, (info = find(schema, key)));
  return info;
}

function stringReadBack(value: string, info: Info): boolean {
  if (info.overloadedBoolean) return value !== '' && value.toLowerCase() !== info.attribute;
  if (info.number) return value !== '' && (Number.isNaN(Number(value)) || String(Number(value)) === value);
  if (info.commaSeparated || info.commaOrSpaceSeparated) return singleToken.test(value);
  if (info.spaceSeparated)
    return (
      value !== '' &&
      value
        .trim()
        .split(/[\t\n\f\r ]+/)
        .join(' ') === value
    );
  return true;
}

/** The schema an element's attributes are read in: SVG from an `svg` element down. */
export function schemaOf(element: Element, outer: Schema): Schema {
  return element.tagName === 'svg' ? svg : outer;
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

function parsedValues(element: Element, outer: Schema): void {
  const schema = schemaOf(element, outer);
  for (const [key, value] of Object.entries(element.properties)) {
    if (value !== true) continue;
    const info = infoOf(schema, key);
    if (!info.boolean && !info.overloadedBoolean) element.properties[key] = '';
  }
  for (const child of element.children) if (child.type === 'element') parsedValues(child, schema);
}
