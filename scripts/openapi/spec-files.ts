import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import { listFiles } from '../files/list-files.ts';
import type { Finding } from '../findings.ts';
import { parseSpecFile } from './spec-parse.ts';

/** File extensions an API description (or one of its fragments) may have. */
export const specExtensions: readonly string[] = ['.yaml', '.yml', '.json'];

/**
 * Whose API a spec describes: the team's own (`own`, the house rules are enforced) or one the team calls
 * (`external`, the house rules are counted on its overview page, not enforced).
 */
export type SpecKind = 'own' | 'external';

/** A top-level API description: a file directly in the specs folder, or directly in its external folder. */
export interface SpecSource {
  /** URL name, from the file name: the spec renders at `/api/<name>/`. */
  readonly name: string;
  /** Path relative to the content root, with forward slashes, e.g. `specs/mills-planner.yaml`. */
  readonly file: string;
  readonly absolutePath: string;
  /** The `openapi` or `swagger` version the file declares. */
  readonly version: string;
  readonly kind: SpecKind;
}

/** What the specs folder holds, and what is wrong with it. */
export interface SpecFiles {
  /** Top-level specs, own and external, sorted by name. */
  readonly specs: SpecSource[];
  /** Every YAML or JSON file below the specs folder, absolute: what the dev server watches. */
  readonly files: string[];
  /** Syntax errors, top-level files that are not OpenAPI, clashing names, with file:line:col. */
  readonly findings: Finding[];
}

/**
 * Lists the specs folder: parses every YAML and JSON file (fragments in subfolders too) so a syntax error
 * is reported with its position before Redocly runs, and picks the specs. The top-level files of the specs
 * folder are the team's own specs; the top-level files of its external folder (`specs/external/` by default)
 * are third-party specs; every other sub-folder holds fragments. A top-level file that is not OpenAPI is an
 * error: the user who put it there expects an API page. A missing folder means there are no specs.
 * @param root - content root
 * @param specsDir - specs folder relative to the root (`content.specs` of the configuration)
 * @param externalDir - name of the external folder inside it (`api.externalDir`)
 */
export function readSpecFiles(root: string, specsDir: string, externalDir = 'external'): SpecFiles {
  const folder = path.join(root, specsDir);
  const files = listFiles(folder).filter((file) => specExtensions.includes(path.extname(file).toLowerCase()));
  const findings: Finding[] = [];
  const specs: SpecSource[] = [];
  const prefix = specsDir.split(path.sep).join('/');
  for (const relative of files) {
    const segments = relative.split('/');
    const absolutePath = path.join(folder, relative);
    const file = path.posix.join(prefix, ...segments);
    const parsed = parseSpecFile(readFileSync(absolutePath, 'utf8'), file);
    findings.push(...parsed.findings);
    const kind =
      segments.length === 1 ? 'own' : segments.length === 2 && segments[0] === externalDir ? 'external' : undefined;
    if (kind === undefined || parsed.findings.length > 0) continue;
    if (parsed.version === undefined) {
      findings.push(notOpenApi(file, kind === 'own' ? prefix : `${prefix}/${externalDir}`));
      continue;
    }
    specs.push({ name: specName(file), file, absolutePath, version: parsed.version, kind });
  }
  findings.push(...findDuplicateNames(specs));
  specs.sort((a, b) => a.name.localeCompare(b.name));
  return { specs, files: files.map((relative) => path.join(folder, relative)), findings };
}

/**
 * The URL name of a spec file: its base name, slugified, dots kept as word breaks
 * (`Mills Planner.yaml` → `mills-planner`, `api.github.com.json` → `api-github-com`).
 */
export function specName(file: string): string {
  return slug(
    path.posix
      .basename(file)
      .replace(/\.[^.]+$/, '')
      .replace(/\./g, '-'),
  );
}

function notOpenApi(file: string, folder: string): Finding {
  const base = path.posix.basename(file).replace(/\.[^.]+$/, '');
  return {
    code: 'SpecNotOpenApi',
    message: `is not an API description: a file at the top of ${folder}/ must be an OpenAPI 3.x or Swagger 2.0 document, with a top-level "openapi" or "swagger" key`,
    hint: `if it is a fragment that other files $ref, move it into a sub-folder (e.g. ${folder}/${base}/) and update the $refs; otherwise move it out of ${folder}/`,
    location: { file, line: 1, column: 1 },
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
