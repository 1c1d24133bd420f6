import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { nearest } from '../suggest.ts';
import { displayPath, type RedoclyProblem } from './redocly-output.ts';

/**
 * Explains a `no-unresolved-refs` problem, which Redocly reports as "Can't resolve $ref" without the
 * reference: reads the `$ref` at the problem's pointer and names what is missing, with the nearest known
 * name ("`#/components/schemas/Invoce` not found; did you mean `Invoice`?"), or, for a file that does not
 * exist, the nearest file beside it. Reads the spec files; a file read twice is parsed once.
 * @param root - the folder Redocly ran in (its paths are relative to it)
 * @returns a function giving the message, or undefined when the reference cannot be read or nothing is near
 */
export function unresolvedRefExplainer(root: string): (problem: RedoclyProblem) => string | undefined {
  const documents = new Map<string, unknown>();
  const load = (file: string): unknown => {
    if (!documents.has(file)) documents.set(file, readDocument(file));
    return documents.get(file);
  };
  return (problem) => {
    const where = problem.location?.[0];
    if (problem.ruleId !== 'no-unresolved-refs' || where?.source?.ref === undefined) return undefined;
    const source = path.resolve(root, where.source.ref);
    const ref = refAt(load(source), where.pointer ?? '');
    if (ref === undefined) return undefined;
    const [filePart = '', fragment] = ref.split('#', 2);
    // A URL is not the author's file to look into (and nothing is fetched at build time).
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) return undefined;
    const target = filePart === '' ? source : path.resolve(path.dirname(source), safeDecode(filePart));
    if (!existsSync(target)) return missingFile(ref, filePart, target, displayPath(root, target));
    const missing = missingAlongPointer(load(target), fragment ?? '');
    if (missing === undefined) return undefined;
    return `\`${ref}\` not found${missing.near === undefined ? '' : `; did you mean \`${missing.near}\`?`}`;
  };
}

/** The `$ref` string of the object at a JSON pointer of a document, if there is one. Pure. */
function refAt(document: unknown, pointer: string): string | undefined {
  let node = document;
  for (const segment of pointerSegments(pointer)) node = child(node, segment);
  const ref = child(node, '$ref');
  return typeof ref === 'string' ? ref : undefined;
}

/**
 * The first segment of the pointer that the document lacks, with the known key nearest to it. Pure.
 * @returns undefined when the pointer resolves (the problem is elsewhere)
 */
function missingAlongPointer(document: unknown, pointer: string): { near: string | undefined } | undefined {
  let node = document;
  for (const segment of pointerSegments(pointer)) {
    const next = child(node, segment);
    if (next === undefined) {
      return { near: typeof node === 'object' && node !== null ? nearest(segment, Object.keys(node)) : undefined };
    }
    node = next;
  }
  return undefined;
}

/** A reference to a file that does not exist, with the nearest file name in its folder. */
function missingFile(ref: string, filePart: string, target: string, shown: string): string {
  const folder = path.dirname(target);
  const near = existsSync(folder) ? nearest(path.basename(target), readdirSync(folder)) : undefined;
  const folderPart = filePart.slice(0, filePart.lastIndexOf('/') + 1);
  const suggestion = near === undefined ? '' : `; did you mean \`${folderPart}${near}\`?`;
  return `\`${ref}\` not found: there is no file ${shown}${suggestion}`;
}

/** `#/paths/~1invoices/get` → `['paths', '/invoices', 'get']`. Pure. */
function pointerSegments(pointer: string): string[] {
  const body = pointer.replace(/^#/, '');
  if (body === '' || body === '/') return [];
  return body
    .replace(/^\//, '')
    .split('/')
    .map((segment) => safeDecode(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function child(node: unknown, key: string): unknown {
  if (typeof node !== 'object' || node === null) return undefined;
  return Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A YAML or JSON file's value; a JSON file (a vendor spec can weigh megabytes) with `JSON.parse`. */
function readDocument(file: string): unknown {
  try {
    const text = readFileSync(file, 'utf8');
    return file.toLowerCase().endsWith('.json')
      ? (JSON.parse(text) as unknown)
      : (parse(text, { uniqueKeys: false }) as unknown);
  } catch {
    return undefined;
  }
}
