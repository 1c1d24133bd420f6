import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type YAMLMap } from 'yaml';
import type { SourceLocation } from '../errors.ts';

/** The segments of a JSON pointer (`/build/script/0` → `['build', 'script', '0']`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Where a value of the parsed file is written: the key that names it when it sits in a mapping (`script:`
 * of `build.script`), the item itself in a list. A value brought in by an alias (`*steps`) or a `<<` merge
 * is found where its anchor wrote it; a path that leaves the file stops at the last node found.
 * @param segments - path of the value, from {@link pointerSegments}
 */
export function locateValue(
  document: Document.Parsed,
  lineCounter: LineCounter,
  segments: readonly string[],
  file: string,
): SourceLocation {
  let node: unknown = document.contents;
  let anchor: Node | null = document.contents;
  for (const segment of segments) {
    node = isAlias(node) ? node.resolve(document) : node;
    const found = isMap(node) ? findKey(document, node, segment) : undefined;
    const item: unknown = isSeq(node) ? node.items[Number(segment)] : undefined;
    if (found !== undefined) [anchor, node] = found;
    else if (isNode(item)) [anchor, node] = [item, item];
    else break;
  }
  const position = anchor?.range ? lineCounter.linePos(anchor.range[0]) : { line: 1, col: 1 };
  return { file, line: position.line, column: position.col };
}

/** The key and value named `name` in a mapping, or in the mappings it merges with `<<: *anchor`. */
function findKey(document: Document.Parsed, map: YAMLMap, name: string, depth = 0): [Node, unknown] | undefined {
  const pair = map.items.find(
    (item) => isScalar(item.key) && typeof item.key.value !== 'symbol' && String(item.key.value) === name,
  );
  if (pair && isScalar(pair.key)) return [pair.key, pair.value];
  if (depth > 8) return undefined;
  for (const merge of map.items.filter((item) => isScalar(item.key) && item.key.source === '<<')) {
    const sources: unknown[] = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const source of sources) {
      const target = isAlias(source) ? source.resolve(document) : source;
      const found = isMap(target) ? findKey(document, target, name, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value) || isAlias(value);
}
