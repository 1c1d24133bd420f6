import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildFixture, copyFixture } from '../helpers/build.ts';
import { startDevServer, waitUntil, type DevServer } from '../helpers/dev-server.ts';

/** One broken input of each kind, and the `file:line` our finding for it starts with. */
interface Breakage {
  readonly kind: string;
  readonly where: string;
  break(root: string): void;
  fix(root: string): void;
}

const logging = 'site/content/docs/guidelines/logging.md';
const shipping = 'site/content/docs/guidelines/shipping.md';

function replaceIn(root: string, file: string, from: string, to: string): void {
  const full = path.join(root, file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(from, to));
}

const breakages: Breakage[] = [
  {
    kind: 'rule',
    where: `${logging}:16:10  [[LOG-077]] refers to a rule that does not exist`,
    break: (root) => replaceIn(root, logging, 'See also [[LOG-001]].', 'See also [[LOG-077]].'),
    fix: (root) => replaceIn(root, logging, '[[LOG-077]]', '[[LOG-001]]'),
  },
  {
    kind: 'frontmatter',
    where: `${logging}:3:`,
    break: (root) => replaceIn(root, logging, 'description: How services log.', 'description: How: services: log.'),
    fix: (root) => replaceIn(root, logging, 'description: How: services: log.', 'description: How services log.'),
  },
  {
    kind: 'diagram',
    where: 'diagrams/pipeline.puml:5',
    break: (root) =>
      replaceIn(root, 'diagrams/pipeline.puml', 'component "Collector" as col', 'this is not ((plantuml'),
    fix: (root) => replaceIn(root, 'diagrams/pipeline.puml', 'this is not ((plantuml', 'component "Collector" as col'),
  },
  {
    kind: 'spec',
    where: 'specs/notes.yaml:5:3  not valid YAML',
    break: (root) => replaceIn(root, 'specs/notes.yaml', '  version: 1.0.0', '  version: [1.0.0'),
    fix: (root) => replaceIn(root, 'specs/notes.yaml', '  version: [1.0.0', '  version: 1.0.0'),
  },
  {
    kind: 'spec $ref',
    where: 'specs/notes.yaml:17:17  `#/components/schemas/Noet` not found; did you mean `Note`?',
    break: (root) =>
      replaceIn(
        root,
        'specs/notes.yaml',
        '          description: Every note.\n',
        [
          '          description: Every note.',
          '          content:',
          '            application/json:',
          '              schema:',
          "                $ref: '#/components/schemas/Noet'",
          'components:',
          '  schemas:',
          '    Note:',
          '      type: object',
          '',
        ].join('\n'),
      ),
    fix: (root) => replaceIn(root, 'specs/notes.yaml', 'schemas/Noet', 'schemas/Note'),
  },
  {
    kind: 'link',
    where: `${shipping}:10:1  a[href] "/guidelines/nowhere/" points to a page or file that does not exist`,
    break: (root) => appendFileSync(path.join(root, shipping), '\nSee [the missing page](/guidelines/nowhere/).\n'),
    fix: (root) => replaceIn(root, shipping, '(/guidelines/nowhere/)', '(/guidelines/logging/)'),
  },
];

function linesWith(output: string, text: string): string[] {
  return output.split('\n').filter((line) => line.includes(text));
}

function assertOurShape(output: string, where: string): void {
  assert.equal(linesWith(output, where).length, 1, `"${where}" should be printed once:\n${output.slice(-4000)}`);
  assert.doesNotMatch(output, /Stack trace|Location:|^\s+Hint:|An unhandled error occurred/m);
  assert.doesNotMatch(output, stackFrame);
}

/** A line of a stack trace: `    at refresh (/…/scripts/rules/context.ts:46:44)`. */
const stackFrame = /^\s+at .+:\d+:\d+\)?$/m;

describe('how a build reports each kind of error', () => {
  for (const breakage of breakages) {
    it(`prints a broken ${breakage.kind} once as file:line, without a stack or Astro's hint, and fails`, async () => {
      const root = copyFixture('dev-loop');
      breakage.break(root);
      const result = await buildFixture('dev-loop', { reuseRoot: root });
      assert.notEqual(result.code, 0);
      assertOurShape(result.output, breakage.where);
    });
  }
});

describe('how a build reports an error when asked for every detail', () => {
  const rule = breakages[0] as Breakage;
  for (const [asked, options] of [
    ['--verbose', { args: ['--verbose'] }],
    ['DEBUG=archbook', { env: { DEBUG: 'archbook' } }],
  ] as const) {
    it(`adds the stack trace and Astro's own detail with ${asked}`, async () => {
      const root = copyFixture('dev-loop');
      rule.break(root);
      const result = await buildFixture('dev-loop', { reuseRoot: root, ...options });
      assert.notEqual(result.code, 0);
      assert.ok(result.output.includes(rule.where), result.output.slice(-4000));
      assert.match(result.output, /^\s+at .+scripts\/rules\/context\.ts:\d+:\d+\)$/m);
      assert.match(result.output, /astro:cli --verbose flag enabled/);
    });
  }
});

describe('how the dev server reports each kind of error', () => {
  let root: string;
  let dev: DevServer;

  before(async () => {
    root = copyFixture('dev-loop');
    dev = await startDevServer(root);
  });

  after(async () => {
    await dev.stop();
  });

  for (const breakage of breakages) {
    it(`prints a broken ${breakage.kind} once as file:line, without a stack or Astro's hint, until fixed`, async () => {
      const fixedBefore = linesWith(dev.output(), 'fixed:').length;
      breakage.break(root);
      await waitUntil(
        async () => {
          // Links are checked when a page is viewed: view the page that holds them.
          await fetch(`${dev.origin}/guidelines/shipping/`).catch(() => undefined);
          return dev.output().includes(breakage.where);
        },
        90_000,
        () => dev.output().slice(-3000),
      );
      breakage.fix(root);
      await waitUntil(
        async () => {
          await fetch(`${dev.origin}/guidelines/shipping/`).catch(() => undefined);
          return linesWith(dev.output(), 'fixed:').length > fixedBefore;
        },
        90_000,
        () => dev.output().slice(-3000),
      );
      assertOurShape(dev.output(), breakage.where);
    });
  }
});
