import type { ErrorObject } from 'ajv';
import { nearest } from '../suggest.ts';
import { pointerSegments } from './locate.ts';

/** One schema problem in words: where (path segments), what, and what to do. */
export interface SchemaProblem {
  /** Path of the value the problem is about; for an unknown keyword, the keyword itself. */
  readonly segments: string[];
  readonly message: string;
  readonly hint: string;
}

const reference = "GitLab's CI/CD YAML reference: https://docs.gitlab.com/ci/yaml/";

/** Says what one (condensed) Ajv error means for the author of `.gitlab-ci.yml`. Needs Ajv's `verbose`. */
export function describeError(error: ErrorObject): SchemaProblem {
  const segments = pointerSegments(error.instancePath);
  const where = label(segments);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const types = [params['type']].flat().flatMap((type) => String(type).split(','));
      const wanted = either(types.map(yamlKind));
      const job = segments.length === 1 && types.join() === 'object';
      return {
        segments,
        message: `${job ? `job ${where}` : where} must be ${wanted}, not ${kindOf(error.data)}`,
        hint: job
          ? 'GitLab reads a top-level key other than its global keywords (default, include, stages, variables, workflow) as a job: check its spelling, or give the job its keywords'
          : `write ${wanted} here; see ${reference}`,
      };
    }
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      const properties = (error.parentSchema as { properties?: object } | undefined)?.properties ?? {};
      const known = Object.keys(properties).filter((key) => !key.startsWith('!'));
      const near = nearest(name, known);
      return {
        segments: [...segments, name],
        message: `unknown keyword "${name}" in ${where}`,
        hint: near !== undefined ? `did you mean ${near}?` : `use one of: ${known.join(', ')}`,
      };
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const near = typeof error.data === 'string' ? nearest(error.data, allowed) : undefined;
      return {
        segments,
        message: `${where} is ${JSON.stringify(error.data)}, not one of ${allowed.join(', ')}`,
        hint: near !== undefined ? `did you mean ${near}?` : `use one of: ${allowed.join(', ')}`,
      };
    }
    case 'required':
      return {
        segments,
        message: `${where} lacks "${String(params['missingProperty'])}"`,
        hint: `add ${String(params['missingProperty'])}:, or see ${reference}`,
      };
    default:
      return { segments, message: `${where} ${error.message ?? 'is not valid'}`, hint: `see ${reference}` };
  }
}

/** `build.script`, `test.rules[0].when`, or "the file" for the top level. */
function label(segments: readonly string[]): string {
  if (segments.length === 0) return 'the file';
  return segments
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

/** `a, b or c`. */
function either(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

function yamlKind(type: string): string {
  const kinds: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'nothing',
  };
  return kinds[type] ?? type;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return `${value}`;
  return `${typeof value === 'string' ? 'the string' : 'the number'} ${JSON.stringify(value)}`;
}
