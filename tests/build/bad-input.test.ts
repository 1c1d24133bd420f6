import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildFixture } from '../helpers/build.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/**
 * The bad-input suite: each case starts from a fixture that has built once, breaks one input, runs the real
 * build again, and asserts a non-zero exit, a file:line message, and a previous dist/ left byte for byte.
 */

function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(path.relative(dir, file)).update(readFileSync(file));
  return hash.digest('hex');
}

interface BadInput {
  readonly name: string;
  /** Files to write, relative to the fixture root. */
  readonly files: (read: (file: string) => string) => Record<string, string>;
  readonly message: RegExp;
}

const page = 'site/content/docs/guidelines/logging.md';
const sectionIndex = 'site/content/docs/guidelines/index.md';
const questions = 'site/content/docs/guidelines/open-questions.md';

const cases: BadInput[] = [
  {
    name: 'Markdown: frontmatter that is not YAML',
    files: (read) => ({
      [page]: read(page).replace('description: How services log.', 'description: How: services: log.'),
    }),
    message: /site\/content\/docs\/guidelines\/logging\.md:3:\d+ {2}the frontmatter is not valid YAML/,
  },
  {
    name: 'Markdown: a page without a title',
    files: (read) => ({ [page]: read(page).replace('title: Logging\n', '') }),
    message: /site\/content\/docs\/guidelines\/logging\.md:2:1 {2}the frontmatter has no `title`/,
  },
  {
    name: 'Markdown: a broken link',
    files: (read) => ({ [page]: `${read(page)}\nSee [the missing page](/guidelines/nowhere/).\n` }),
    message:
      /site\/content\/docs\/guidelines\/logging\.md:22:1 {2}a\[href\] "\/guidelines\/nowhere\/" points to a page or file that does not exist/,
  },
  {
    name: 'Markdown: a broken anchor',
    files: (read) => ({ [page]: `${read(page)}\nSee [the rule](/guidelines/logging/#log-077).\n` }),
    message:
      /logging\.md:22:1 {2}a\[href\] "\/guidelines\/logging\/#log-077" points to #log-077, which that page does not have/,
  },
  {
    name: 'Markdown: a reference to an unknown rule',
    files: (read) => ({ [page]: read(page).replace('See also [[LOG-001]].', 'See also [[LOG-077]].') }),
    message:
      /site\/content\/docs\/guidelines\/logging\.md:20:10 {2}\[\[LOG-077\]\] refers to a rule that does not exist/,
  },
  {
    name: 'rule: an unknown scope',
    files: (read) => ({
      [page]: read(page).replace('{#LOG-002 level=SHOULD}', '{#LOG-002 level=SHOULD scope=worker}'),
    }),
    message:
      /site\/content\/docs\/guidelines\/logging\.md:12:1 {2}rule LOG-002: scope "worker" is not declared {2}\(did you mean workers\?\)/,
  },
  {
    name: 'rule: no source, neither on the rule nor on its page or section',
    files: (read) => ({ [sectionIndex]: read(sectionIndex).replace('source: fixture-guide\n', '') }),
    message:
      /site\/content\/docs\/guidelines\/logging\.md:12:1 {2}rule LOG-002 does not say where it comes from {2}\(add source="<document>#<section heading>"/,
  },
  {
    name: 'rule: a source document that is not declared',
    files: (read) => ({ [page]: read(page).replace('source="ops-notes#', 'source="ops-note#') }),
    message:
      /site\/content\/docs\/guidelines\/logging\.md:8:1 {2}rule LOG-001: source document "ops-note" is not declared {2}\(did you mean ops-notes\?\)/,
  },
  {
    name: 'open question: naming a rule that does not exist',
    files: (read) => ({ [questions]: read(questions).replace('rules="LOG-001 TRC-001"', 'rules="LOG-001 LOG-020"') }),
    message:
      /site\/content\/docs\/guidelines\/open-questions\.md:10:1 {2}the open question "Log format" names LOG-020, a rule that does not exist {2}\(did you mean LOG-002\?\)/,
  },
  {
    name: 'diagram: a PlantUML syntax error',
    files: () => ({ 'diagrams/broken.puml': '@startuml\nAlice -> Bob: hello\nthis is not plantuml ((\n@enduml\n' }),
    message: /diagrams\/broken\.puml:3 {2}PlantUML: Syntax Error\?/,
  },
  {
    name: 'diagram: an include outside the diagrams folder',
    files: () => ({ 'diagrams/escape.puml': '@startuml\n!include ../archbook.config.ts\nAlice -> Bob\n@enduml\n' }),
    message: /diagrams\/escape\.puml:2:1 {2}\.\.\/archbook\.config\.ts resolves outside the diagrams folder/,
  },
  {
    name: 'spec: YAML that does not parse',
    files: () => ({ 'specs/broken.yaml': 'openapi: 3.1.0\ninfo:\n  title: Broken\n  version: 1.0.0\n paths: {}\n' }),
    message: /specs\/broken\.yaml:5:1 {2}not valid YAML/,
  },
  {
    name: 'spec: a $ref that does not resolve',
    files: () => ({
      'specs/dangling.yaml':
        "openapi: 3.1.0\ninfo:\n  title: Dangling\n  version: 1.0.0\n  license: { name: MIT, identifier: MIT }\nservers:\n  - url: https://example.org\npaths:\n  /things:\n    get:\n      operationId: listThings\n      summary: List things\n      responses:\n        '200':\n          description: Things\n          content:\n            application/json:\n              schema:\n                $ref: './schemas/missing.yaml'\n",
    }),
    message:
      /specs\/dangling\.yaml:19:\d+ {2}`\.\/schemas\/missing\.yaml` not found: there is no file specs\/schemas\/missing\.yaml/,
  },
  {
    name: 'configuration: a wrong value',
    files: (read) => ({
      'archbook.config.ts': read('archbook.config.ts').replace(
        "url: 'https://example.org/acme/fixture'",
        "url: 'ftp:/nowhere'",
      ),
    }),
    message: /archbook\.config\.ts: the configuration is not valid:\n {2}- repository\.url: /,
  },
];

describe('bad input never ships', () => {
  let built = '';
  let builtFingerprint = '';

  before(async () => {
    const first = await buildFixture('minimal');
    assert.equal(first.code, 0, first.output);
    built = first.root;
    builtFingerprint = fingerprint(first.outDir);
  });

  for (const badInput of cases) {
    it(`${badInput.name}: exits non-zero with file:line and leaves dist/ untouched`, async () => {
      const root = temporaryFolder('archbook-bad-');
      cpSync(built, root, { recursive: true });
      const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
      for (const [file, content] of Object.entries(badInput.files(read))) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), content);
      }
      const build = await buildFixture('minimal', { reuseRoot: root });
      assert.notEqual(build.code, 0, 'the build must fail');
      assert.match(build.output, badInput.message);
      assert.equal(fingerprint(build.outDir), builtFingerprint, 'dist/ changed');
    });
  }
});
