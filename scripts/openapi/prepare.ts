import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { failOnFindings, type Finding } from '../findings.ts';
import { workDir } from '../paths.ts';
import { bundleSpecs } from './bundle.ts';
import { checkSpecs, lintConfigFile, lintIgnoreFile } from './check.ts';
import type { ConformanceRow } from './conformance.ts';
import { specDocsUrl } from './description-links.ts';
import { pageDocument, type SpecDownload } from './page-document.ts';
import { schemaPages, type SchemaPage } from './schema-pages.ts';
import { readSpecFiles, type SpecFiles, type SpecKind } from './spec-files.ts';

/** A downloadable bundle of a spec, with where it is on disk and how it is served. */
export interface PublishedDownload extends SpecDownload {
  /** Absolute path of the bundled file. */
  readonly path: string;
  readonly contentType: string;
}

/** A schema page of a spec, with its URL. */
export interface PublishedSchema extends SchemaPage {
  /** URL path with the base and a trailing slash. */
  readonly href: string;
}

/** A spec ready to render: linted, bundled, with its pages and downloads. */
export interface PublishedSpec {
  /** URL name: `/api/<name>/`. */
  readonly name: string;
  /** `info.title`, the spec's sidebar label. */
  readonly title: string;
  /** Source file relative to the content root. */
  readonly source: string;
  /** The team's own API (house rules enforced) or a third-party one (house rules counted). */
  readonly kind: SpecKind;
  /** House rules and their findings in a third-party spec; undefined for the team's own. */
  readonly conformance?: readonly ConformanceRow[];
  /** Route base given to starlight-openapi: `api/<name>`. */
  readonly base: string;
  /** URL path of the overview page, with the base. */
  readonly overviewHref: string;
  /** Absolute path of the document the pages are rendered from (see {@link pageDocument}). */
  readonly pageFile: string;
  readonly downloads: readonly PublishedDownload[];
  /** URL path of the page listing the spec's schemas. */
  readonly schemasHref: string;
  readonly schemas: readonly PublishedSchema[];
}

/** Options of {@link prepareSpecs}. */
export interface PrepareSpecsOptions {
  /** Content root. */
  readonly root: string;
  /** Specs folder relative to the root. */
  readonly specsDir: string;
  /**
   * Folder of third-party specs inside the specs folder.
   * @default 'external'
   */
  readonly externalDir?: string;
  /** Documentation URL per spec name, overriding the one read from the spec (`api.docsUrl`). */
  readonly docsUrls?: Readonly<Record<string, string>>;
  /** Normalised base path of the site (`/` or `/handbook/`). */
  readonly base: string;
  /** URL of a handbook rule's page, for house-rule hints. */
  readonly ruleUrl: (id: string) => string;
  /** Every rule ID the handbook has published; house rules naming another ID are warned about. */
  readonly knownRuleIds?: ReadonlySet<string>;
  /** The specs folder, when already read. */
  readonly files?: SpecFiles;
  readonly timeoutMs?: number;
}

/** The outcome of {@link prepareSpecs}: what to render, and warnings to print. */
export interface PreparedSpecs {
  readonly specs: PublishedSpec[];
  readonly warnings: Finding[];
  /** Files whose change calls for a new run: every spec file, `redocly.yaml` and its ignore file. */
  readonly watchFiles: string[];
}

/**
 * The whole spec pipeline, run once per build: check the syntax of every file, lint every top-level spec
 * (Redocly, with the house rules of `redocly.yaml`), then bundle each into
 * `<root>/.archbook/specs/<name>.{yaml,json}` and write the document its pages render from.
 * Lint first, always: Redocly's bundler and renderers do not lint.
 * @throws ArchbookError listing every syntax error, or every lint error, with file:line:col
 */
export async function prepareSpecs(options: PrepareSpecsOptions): Promise<PreparedSpecs> {
  const { root, base } = options;
  const files = options.files ?? readSpecFiles(root, options.specsDir, options.externalDir);
  const known = options.knownRuleIds;
  const timeout = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  const check = await checkSpecs({
    root,
    files,
    ruleUrl: options.ruleUrl,
    ruleHref: (id) => (known === undefined || known.has(id) ? `${base}rules/${id}/` : undefined),
    ...(options.knownRuleIds === undefined ? {} : { knownRuleIds: options.knownRuleIds }),
    ...timeout,
  });
  failOnFindings('The API spec check', check.errors);
  const { configFile, conformance } = check;

  const outDir = path.join(root, workDir, 'specs');
  const pagesDir = path.join(root, workDir, 'openapi');
  const bundled = await bundleSpecs({ root, specs: files.specs, configFile, outDir, ...timeout });
  rmSync(pagesDir, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
  const specs = bundled.map(({ source, document, yamlFile, jsonFile }): PublishedSpec => {
    const overviewHref = `${base}api/${source.name}/`;
    const downloads: PublishedDownload[] = [
      download(yamlFile, overviewHref, 'YAML', 'application/yaml; charset=utf-8'),
      download(jsonFile, overviewHref, 'JSON', 'application/json; charset=utf-8'),
    ];
    const pageFile = path.join(pagesDir, `${source.name}.json`);
    const external = source.kind === 'external';
    const docsUrl = specDocsUrl(document, options.docsUrls?.[source.name], external);
    const rows = conformance.get(source.name);
    const links = { base, docsUrl, external };
    writeFileSync(pageFile, JSON.stringify(pageDocument(document, { downloads, links, conformance: rows })));
    return {
      name: source.name,
      title: readTitle(document) ?? source.name,
      source: source.file,
      kind: source.kind,
      ...(rows === undefined ? {} : { conformance: rows }),
      base: `api/${source.name}`,
      overviewHref,
      pageFile,
      downloads,
      schemasHref: `${overviewHref}schemas/`,
      schemas: schemaPages(document).map((page) => ({ ...page, href: `${overviewHref}schemas/${page.slug}/` })),
    };
  });
  const watchFiles = [...files.files, path.join(root, lintConfigFile), path.join(root, lintIgnoreFile)];
  return { specs, warnings: check.warnings, watchFiles };
}

function download(file: string, overviewHref: string, format: string, contentType: string): PublishedDownload {
  const fileName = path.basename(file);
  return { fileName, href: `${overviewHref}${fileName}`, format, path: file, contentType };
}

function readTitle(document: Readonly<Record<string, unknown>>): string | undefined {
  const info = document['info'];
  const title = typeof info === 'object' && info !== null ? (info as Record<string, unknown>)['title'] : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title : undefined;
}
