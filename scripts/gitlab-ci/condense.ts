import type { ErrorObject } from 'ajv';
import { alternativeOf } from './alternatives.ts';

/**
 * Ajv's errors for one file, reduced to the ones a reader should act on. Validating against `anyOf`/`oneOf`
 * reports every alternative that failed; of those this keeps the alternative the value came closest to:
 * - a value of the wrong type for every alternative gives one error listing the types allowed
 *   (`script: 42`: "must be string or array");
 * - when some alternative has the value's type, only its errors are kept (the one with fewest errors), the
 *   alternatives of other types dropped; errors further inside the value win over its type mismatches;
 * - alternatives that differ only in the value they allow merge into one list of allowed values.
 * Errors come in Ajv's order: an alternative's errors before the `anyOf`/`oneOf` error that sums them up.
 * @param schema - the whole schema the errors came from (Ajv's `verbose` errors point into it)
 */
export function condenseErrors(errors: readonly ErrorObject[], schema: object): ErrorObject[] {
  const kept: (ErrorObject | undefined)[] = [...errors];
  kept.forEach((error, index) => {
    if (error?.keyword === 'anyOf' || error?.keyword === 'oneOf')
      kept[index] = condenseChoice(kept, index, error, schema);
  });
  const seen = new Set<string>();
  return kept.filter((error): error is ErrorObject => {
    if (error === undefined) return false;
    const key = `${error.instancePath}\u0000${error.keyword}\u0000${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Reduces the alternatives of the choice at `index` in place; returns what stands for the choice itself. */
function condenseChoice(
  kept: (ErrorObject | undefined)[],
  index: number,
  choice: ErrorObject,
  schema: object,
): ErrorObject | undefined {
  const before = kept.slice(0, index);
  const atSamePlace = (error: ErrorObject | undefined) => error?.instancePath === choice.instancePath;
  // Matching several alternatives (a oneOf that cannot tell them apart) is only news when nothing else is.
  if (choice.keyword === 'oneOf' && choice.params['passingSchemas'] != null)
    return kept.some((error) => error !== choice && atSamePlace(error)) ? undefined : choice;
  const branches = new Map<number, number[]>();
  // Errors inside the value that no alternative claims (raised through a $ref further in).
  const deeper = before.some(
    (error) =>
      error !== undefined &&
      error.instancePath.startsWith(`${choice.instancePath}/`) &&
      alternativeOf(error, choice, schema) === undefined,
  );
  before.forEach((error, position) => {
    const branch =
      error && isWithin(error.instancePath, choice.instancePath) ? alternativeOf(error, choice, schema) : undefined;
    if (branch !== undefined) branches.set(branch, [...(branches.get(branch) ?? []), position]);
  });
  if (branches.size === 0) return deeper ? undefined : choice;
  const alternatives = [...branches.values()];
  for (const position of alternatives.flat()) kept[position] = undefined;
  const errorsAt = (positions: number[]) => positions.map((position) => before[position] as ErrorObject);
  const candidates = alternatives.filter(
    (positions) => !errorsAt(positions).some((error) => error.keyword === 'type' && atSamePlace(error)),
  );
  if (candidates.length === 0) {
    if (deeper) return undefined;
    const types = [...new Set(errorsAt(alternatives.flat()).flatMap(typesOf))];
    return { ...choice, keyword: 'type', params: { type: types }, message: `must be ${types.join(' or ')}` };
  }
  const fewest = Math.min(...candidates.map((positions) => positions.length));
  const closest = candidates.filter((positions) => positions.length === fewest);
  const values = closest.map((positions) => {
    const [only, ...others] = errorsAt(positions);
    return others.length === 0 && atSamePlace(only) ? allowedValues(only) : undefined;
  });
  if (values.every((value) => value !== undefined)) {
    const allowed = values.flat();
    return { ...choice, keyword: 'enum', params: { allowedValues: allowed }, message: 'must be an allowed value' };
  }
  for (const position of closest[0] ?? []) kept[position] = before[position];
  return undefined;
}

/** Whether the value at `pointer` is the one at `parent` or inside it. */
function isWithin(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}

function typesOf(error: ErrorObject | undefined): string[] {
  const type: unknown = error?.keyword === 'type' ? error.params['type'] : undefined;
  if (Array.isArray(type)) return type.map(String);
  return typeof type === 'string' ? type.split(',') : [];
}

function allowedValues(error: ErrorObject | undefined): unknown[] | undefined {
  const allowed: unknown = error?.keyword === 'enum' ? error.params['allowedValues'] : undefined;
  if (Array.isArray(allowed)) return allowed.map((value: unknown) => value);
  if (error?.keyword === 'const') return [error.params['allowedValue'] as unknown];
  return undefined;
}
