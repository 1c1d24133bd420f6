import GithubSlugger from 'github-slugger';

/** One page per named schema of a spec: `/api/<spec>/schemas/<slug>/`. */
export interface SchemaPage {
  /** Name of the schema in the document, e.g. `PeriodDraft`. */
  readonly name: string;
  /** URL segment, e.g. `period-draft`; unique within the spec. */
  readonly slug: string;
}

/**
 * The named schemas of a bundled document, in document order: `components.schemas` (OpenAPI 3.x) or
 * `definitions` (Swagger 2.0). Pure.
 */
export function schemaPages(document: Readonly<Record<string, unknown>>): SchemaPage[] {
  const components = record(document['components']);
  const schemas = record(components?.['schemas']) ?? record(document['definitions']) ?? {};
  const slugger = new GithubSlugger();
  return Object.keys(schemas).map((name) => ({ name, slug: slugger.slug(kebab(name)) || 'schema' }));
}

/** `PeriodDraft` → `Period-Draft`, `HTTPError` → `HTTP-Error`: word breaks the slug keeps. */
function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2');
}

/**
 * The schema a page shows, looked up in the same place {@link schemaPages} found it. Pure.
 * @returns undefined when the document has no schema of that name
 */
export function findSchema(document: unknown, name: string): unknown {
  const root = record(document);
  const schemas = record(record(root?.['components'])?.['schemas']) ?? record(root?.['definitions']);
  return schemas?.[name];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
