import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Finding } from '../findings.ts';

/** What {@link parseSpecFile} learnt about one file. */
export interface ParsedSpecFile {
  /** The `openapi` or `swagger` version of a top-level document; undefined for anything else. */
  readonly version: string | undefined;
  readonly findings: Finding[];
}

/**
 * Parses one YAML or JSON file, reporting the first syntax error with its position, and reads the
 * `openapi`/`swagger` version of a top-level document. A JSON file is read with `JSON.parse` first: a vendor
 * description can weigh 13 MB, and the YAML parser's positioned tree of it costs seconds and a gigabyte;
 * only a file that fails to parse goes through the YAML parser, for the line and column of its error. Pure.
 * @param file - path shown in messages
 */
export function parseSpecFile(source: string, file: string): ParsedSpecFile {
  const json = file.toLowerCase().endsWith('.json');
  if (json) {
    const value = tryJson(source);
    if (value !== undefined) return { version: readVersion(value), findings: [] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const position = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    return {
      version: undefined,
      findings: [
        {
          code: json ? 'SpecJsonInvalid' : 'SpecYamlInvalid',
          message: `not valid ${json ? 'JSON' : 'YAML'}: ${firstLine(error.message)}`,
          hint: 'fix the syntax at this position; the spec is linted and rendered once it parses',
          location: { file, line: position.line, column: position.col },
        },
      ],
    };
  }
  if (!isMap(document.contents)) return { version: undefined, findings: [] };
  return { version: readVersion({ openapi: document.get('openapi'), swagger: document.get('swagger') }), findings: [] };
}

function tryJson(source: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch {
    return undefined;
  }
}

function readVersion(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const version = record['openapi'] ?? record['swagger'];
  return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).replace(/\s+at line \d+, column \d+:?$/, '').trim();
}
