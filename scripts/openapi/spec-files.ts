import { readFileSync } from 'node:fs';
import { listFiles } from '../files/list-files.ts';
import path from 'node:path';
import { slug } from 'github-slugger';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Finding } from '../findings.ts';

/** File extensions an API description (or one of its fragments) may have. */
export const specExtensions: readonly string[] = ['.yaml', '.yml', '.json'];

/** A top-level API description: a file directly in the specs folder with an `openapi` or `swagger` key. */
export interface SpecSource {
  /** URL name, from the file name: the spec renders at `/api/<name>/`. */
  readonly name: string;
  /** Path relative to the content root, with forward slashes, e.g. `specs/mills-planner.yaml`. */
  readonly file: string;
  readonly absolutePath: string;
  /** The `openapi` or `swagger` version the file declares. */
  readonly version: string;
}

/** What the specs folder holds, and what is wrong with it. */
export interface SpecFiles {
  /** Top-level specs, sorted by name. */
  readonly specs: SpecSource[];
  /** Every YAML or JSON file below the specs folder, absolute: what the dev server watches. */
  readonly files: string[];
  /** Top-level files that are not OpenAPI documents (relative paths); they are not rendered. */
  readonly skipped: string[];
  /** Syntax errors and clashing names, with file:line:col. */
  readonly findings: Finding[];
}

/**
 * Lists the specs folder: parses every YAML and JSON file (fragments in subfolders too) so a syntax error
 * is reported with its position before Redocly runs, and picks the top-level specs. A missing folder means
 * there are no specs.
 * @param root - content root
 * @param specsDir - specs folder relative to the root (`content.specs` of the configuration)
 */
export function readSpecFiles(root: string, specsDir: string): SpecFiles {
  const folder = path.join(root, specsDir);
  const files = listFiles(folder).filter((file) => specExtensions.includes(path.extname(file).toLowerCase()));
  const findings: Finding[] = [];
  const specs: SpecSource[] = [];
  const skipped: string[] = [];
  for (const relative of files) {
    const absolutePath = path.join(folder, relative);
    const file = path.posix.join(specsDir.split(path.sep).join('/'), relative.split(path.sep).join('/'));
    const parsed = parseSpecFile(readFileSync(absolutePath, 'utf8'), file);
    findings.push(...parsed.findings);
    if (relative.includes(path.sep) || parsed.findings.length > 0) continue;
    if (parsed.version === undefined) {
      skipped.push(file);
      continue;
    }
    specs.push({ name: specName(file), file, absolutePath, version: parsed.version });
  }
  findings.push(...findDuplicateNames(specs));
  specs.sort((a, b) => a.name.localeCompare(b.name));
  return { specs, files: files.map((relative) => path.join(folder, relative)), skipped, findings };
}

/** The URL name of a spec file: its base name, slugified (`Mills Planner.yaml` → `mills-planner`). */
export function specName(file: string): string {
  return slug(path.posix.basename(file).replace(/\.[^.]+$/, ''));
}

/**
 * Parses one YAML or JSON file, reporting the first syntax error with its position, and reads the
 * `openapi`/`swagger` version of a top-level document. Pure.
 * @param file - path shown in messages
 */
export function parseSpecFile(source: string, file: string): { version: string | undefined; findings: Finding[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const position = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    const json = file.toLowerCase().endsWith('.json');
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
  const version: unknown = document.get('openapi') ?? document.get('swagger');
  return {
    version: typeof version === 'string' || typeof version === 'number' ? String(version) : undefined,
    findings: [],
  };
}

function findDuplicateNames(specs: readonly SpecSource[]): Finding[] {
  const byName = new Map<string, SpecSource>();
  const findings: Finding[] = [];
  for (const spec of specs) {
    const earlier = byName.get(spec.name);
    if (spec.name === '') {
      findings.push({
        code: 'SpecNameInvalid',
        message: `the file name gives no URL name for /api/<name>/`,
        hint: 'rename the file with letters or digits, e.g. orders-api.yaml',
        location: { file: spec.file, line: 1, column: 1 },
      });
    } else if (earlier) {
      findings.push({
        code: 'SpecNameDuplicate',
        message: `${earlier.file} and ${spec.file} would both be published at /api/${spec.name}/`,
        hint: 'rename or remove one of the two files',
        location: { file: spec.file, line: 1, column: 1 },
      });
    } else {
      byName.set(spec.name, spec);
    }
  }
  return findings;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).replace(/\s+at line \d+, column \d+:?$/, '').trim();
}
