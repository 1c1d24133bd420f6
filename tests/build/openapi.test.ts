// The API reference, built end to end: the specs/ and redocly.yaml of tests/fixtures/openapi-house in a tiny fixture handbook
// (tests/fixtures/openapi-demo holds the rules the house rules name).
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { buildFixture, copyFixture, engineRoot, type FixtureBuild } from '../helpers/build.ts';

/** A copy of the openapi-demo fixture with the openapi-house specs/ and redocly.yaml. */
function demoRoot(): string {
  const root = copyFixture('openapi-demo');
  cpSync(path.join(engineRoot, 'tests/fixtures/openapi-house/specs'), path.join(root, 'specs'), { recursive: true });
  cpSync(path.join(engineRoot, 'tests/fixtures/openapi-house/redocly.yaml'), path.join(root, 'redocly.yaml'));
  return root;
}

/** Rewrites one file of a fixture copy. */
function edit(root: string, file: string, change: (source: string) => string): void {
  const absolute = path.join(root, file);
  writeFileSync(absolute, change(readFileSync(absolute, 'utf8')));
}

function read(build: FixtureBuild, file: string): string {
  return readFileSync(path.join(build.outDir, file), 'utf8');
}

/** Every file below a folder, relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('API reference', () => {
  let build: FixtureBuild;
  let bundle: {
    paths: Record<string, Record<string, { operationId?: string }>>;
    webhooks?: Record<string, unknown>;
    components: { schemas: Record<string, unknown> };
  };

  before(async () => {
    build = await buildFixture('openapi-demo', { reuseRoot: demoRoot() });
    assert.equal(build.code, 0, build.output);
    bundle = parse(read(build, 'api/planner/planner.yaml')) as typeof bundle;
  });

  it('renders the overview of each top-level spec at /api/<name>/, in the handbook layout', () => {
    const overview = read(build, 'api/planner/index.html');
    assert.match(overview, /<title>Overview \| API fixture handbook<\/title>/);
    assert.match(overview, /Mills Planner API/);
    assert.match(overview, /data-pagefind-body/);
    assert.match(overview, /id="starlight__sidebar"/);
  });

  it('gives every operation a page of its own, with request and response examples', () => {
    const operations = Object.values(bundle.paths).flatMap((item) =>
      Object.values(item).flatMap((operation) =>
        typeof operation === 'object' && operation.operationId ? [operation.operationId] : [],
      ),
    );
    assert.ok(operations.length >= 10);
    for (const id of operations) {
      assert.ok(existsSync(path.join(build.outDir, `api/planner/operations/${id.toLowerCase()}/index.html`)), id);
    }
    const create = read(build, 'api/planner/operations/createperiod/index.html');
    assert.match(create, /Request Body/);
    assert.match(create, /48000\.000/, 'request example');
    assert.match(create, /invalid_request/, 'response example');
    assert.ok(existsSync(path.join(build.outDir, 'api/planner/webhooks/periodapprovedwebhook/index.html')));
  });

  it('gives every schema a page and a sidebar link', () => {
    const schemas = Object.keys(bundle.components.schemas);
    const page = read(build, 'api/planner/schemas/period-draft/index.html');
    for (const name of schemas) {
      const slug = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
      assert.ok(existsSync(path.join(build.outDir, `api/planner/schemas/${slug}/index.html`)), name);
      assert.match(page, new RegExp(`href="/api/planner/schemas/${slug}/"`), `sidebar link to ${name}`);
    }
    assert.match(page, /<a href="\/api\/planner\/schemas\/period-draft\/" aria-current="page"/);
    assert.match(page, /capacity_tons/);
    assert.match(page, /data-pagefind-body/);
  });

  it('puts every API page in the search index', () => {
    const indexed = read(build, 'pagefind/pagefind-entry.json');
    const pages = listFiles(path.join(build.outDir, 'api')).filter((file) => file.endsWith('.html'));
    const entry = JSON.parse(indexed) as { languages: Record<string, { page_count: number }> };
    const count = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    assert.ok(count >= pages.length, `${count} pages indexed, ${pages.length} API pages`);
  });

  it('offers the bundled spec for download, in YAML and JSON, linked from its overview', () => {
    const yaml = parse(read(build, 'api/planner/planner.yaml')) as unknown;
    const json = JSON.parse(read(build, 'api/planner/planner.json')) as unknown;
    assert.deepEqual(yaml, json);
    assert.doesNotMatch(read(build, 'api/planner/planner.json'), /"\$ref": "(?!#)/, 'only internal $refs are left');
    const overview = read(build, 'api/planner/index.html');
    assert.match(overview, /<a href="\/api\/planner\/planner\.yaml">/);
    assert.match(overview, /<a href="\/api\/planner\/planner\.json">/);
  });

  it('loads nothing from another host', () => {
    const pages = listFiles(build.outDir).filter((file) => /\.(html|css)$/.test(file));
    const loads = pages.flatMap((file) => externalLoads(file, read(build, file)));
    assert.deepEqual(loads, []);
  });

  it('would notice a page that loads something from another host', () => {
    assert.equal(externalLoads('a.html', '<script src="https://cdn.example.org/redoc.js"></script>').length, 1);
    assert.equal(externalLoads('a.html', '<link rel="stylesheet" href="//fonts.example.org/css">').length, 1);
    assert.equal(externalLoads('a.css', '@font-face{src:url(https://fonts.example.org/a.woff2)}').length, 1);
    assert.equal(
      externalLoads('a.html', '<a href="https://example.org/">x</a><link rel="canonical" href="https://x/">').length,
      0,
    );
  });
});

/** Scripts, styles, fonts, images and frames a page would fetch from another host. */
function externalLoads(file: string, text: string): string[] {
  const external = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
  const loads: string[] = [];
  if (file.endsWith('.html')) {
    for (const match of text.matchAll(/<(script|img|iframe|source|video|audio|embed|track|object|link)\b[^>]*>/gi)) {
      const tag = match[0];
      if (
        /^<link/i.test(tag) &&
        !/\brel=["']?(?:stylesheet|preload|modulepreload|icon|apple-touch-icon|manifest|prefetch)\b/i.test(tag)
      )
        continue;
      for (const attribute of tag.matchAll(/\s(src|href|srcset|data|poster)=["']?([^"'\s>]+)/gi)) {
        if (external.test(attribute[2] ?? '')) loads.push(`${file}: ${tag}`);
      }
    }
  }
  if (file.endsWith('.html') || file.endsWith('.css')) {
    for (const match of text.matchAll(/url\(\s*["']?([^"')]+)|@import\s+(?:url\()?\s*["']([^"']+)/gi)) {
      if (external.test(match[1] ?? match[2] ?? '')) loads.push(`${file}: ${match[0]}`);
    }
  }
  return loads;
}

describe('API spec problems stop the build', () => {
  it('fails with file:line on a broken $ref, naming the nearest file', async () => {
    const root = demoRoot();
    edit(root, 'specs/planner/paths/periods.yaml', (s) =>
      s.replace('$ref: ../schemas/PeriodList.yaml', '$ref: ../schemas/PeriodLists.yaml'),
    );
    const build = await buildFixture('openapi-demo', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(
      build.output,
      /specs\/planner\/paths\/periods\.yaml:16:13 {2}`\.\.\/schemas\/PeriodLists\.yaml` not found: there is no file specs\/planner\/schemas\/PeriodLists\.yaml; did you mean `\.\.\/schemas\/PeriodList\.yaml`\?/,
    );
    assert.match(build.output, /\[SpecRefUnresolved\]/);
    assert.equal(existsSync(build.outDir), false);
  });

  it('fails with file:line on invalid YAML', async () => {
    const root = demoRoot();
    edit(root, 'specs/planner/schemas/FieldError.yaml', (s) =>
      s.replace('  msg:\n    type: string', '  msg: {type: string\n    type: string'),
    );
    const build = await buildFixture('openapi-demo', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /specs\/planner\/schemas\/FieldError\.yaml:\d+:\d+ {2}not valid YAML: /);
    assert.match(build.output, /\[SpecYamlInvalid\]/);
    assert.equal(existsSync(build.outDir), false);
  });

  it('fails with file:line and the rule ID on a house rule violation', async () => {
    const root = demoRoot();
    edit(root, 'specs/planner/schemas/PlanDraft.yaml', (s) =>
      s.replace('  planned_tons:\n    type: string', '  planned_tons:\n    type: number'),
    );
    const build = await buildFixture('openapi-demo', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(
      build.output,
      /specs\/planner\/schemas\/PlanDraft\.yaml:11:11 {2}API-001: a decimal is sent as a JSON string .* See \/rules\/API-001\/ \(rule\/API-001-decimal-as-string at #\/properties\/planned_tons\/type\)/,
    );
    assert.match(
      build.output,
      /read the rule at \/rules\/API-001\/; the check is rule\/API-001-decimal-as-string in redocly\.yaml/,
    );
    assert.match(build.output, /\[SpecHouseRuleViolated\]/);
    assert.equal(existsSync(build.outDir), false);
  });
});

describe('API reference under a base path', () => {
  it('links downloads, schemas and guideline links under the base', async () => {
    const build = await buildFixture('openapi-demo', { reuseRoot: demoRoot(), env: { BASE_PATH: '/handbook/' } });
    assert.equal(build.code, 0, build.output);
    const overview = read(build, 'api/planner/index.html');
    assert.match(overview, /<a href="\/handbook\/api\/planner\/planner\.yaml">/);
    assert.match(overview, /href="\/handbook\/guidelines\/http-api\/"/);
    assert.match(overview, /href="\/handbook\/api\/planner\/schemas\/error\/"/);
  });
});
