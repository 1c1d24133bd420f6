import type { ErrorObject } from 'ajv';

/** Every schema object of each alternative's own subtree, by alternative object (computed once). */
const subtrees = new WeakMap<object, Set<unknown>>();

/**
 * Index of the alternative of an `anyOf`/`oneOf` error that another error was raised in, if it was raised
 * in one: its schema (Ajv's `parentSchema`, which needs `verbose`) lies in the alternative's own subtree or,
 * for an alternative that is a local `$ref` (`#/definitions/when`), in the definition referred to.
 * Errors raised further away, through another `$ref` inside the alternative, are not counted: they are
 * about values deeper in the document, which the caller tells apart by their path.
 * @param root - the whole schema, to resolve `$ref`
 */
export function alternativeOf(error: ErrorObject, choice: ErrorObject, root: object): number | undefined {
  const alternatives: unknown = choice.schema;
  if (!Array.isArray(alternatives)) return undefined;
  const index = alternatives.findIndex((alternative: unknown) =>
    subtreeOf(resolveLocalRef(alternative, root)).has(error.parentSchema),
  );
  return index < 0 ? undefined : index;
}

/** The definition a `{ "$ref": "#/…" }` points to in `root`, or the schema itself. */
function resolveLocalRef(schema: unknown, root: object): unknown {
  const target = (schema as { $ref?: unknown } | null)?.$ref;
  if (typeof target !== 'string' || !target.startsWith('#/')) return schema;
  let node: unknown = root;
  for (const segment of target.slice(2).split('/'))
    node = (node as Record<string, unknown> | null)?.[
      decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~')
    ];
  return node ?? schema;
}

function subtreeOf(schema: unknown): Set<unknown> {
  if (typeof schema !== 'object' || schema === null) return new Set();
  const known = subtrees.get(schema);
  if (known) return known;
  const found = new Set<unknown>();
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null || found.has(node)) return;
    found.add(node);
    for (const child of Object.values(node)) visit(child);
  };
  visit(schema);
  subtrees.set(schema, found);
  return found;
}
