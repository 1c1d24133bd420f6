// Pages get their sidebar from a template after two pages of its shape confirmed it
// (scripts/sidebar/sidebar-templates.ts), written into them after Pagefind (fill-sidebars.ts): the output,
// search index included, must be what Starlight's own component gives.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildFixture, copyFixture } from '../helpers/build.ts';

/** Every file under `dir`, relative. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The sidebar fixture with a collapsed group of nested folders, badges, and text that looks like markup. */
function fixtureWithDeepSidebar(): string {
  const root = copyFixture('sidebar');
  const config = path.join(root, 'archbook.config.ts');
  writeFileSync(
    config,
    readFileSync(config, 'utf8').replace('};', '  sidebar: { groups: { runbooks: { collapsed: true } } },\n};'),
  );
  // A link attribute that looks like a group, and a description that looks like a placeholder: Astro
  // escapes neither `<` in attribute values.
  const naming = path.join(root, 'site/content/docs/guidelines/naming.md');
  writeFileSync(
    naming,
    readFileSync(naming, 'utf8').replace(
      'description: How things are named.',
      "description: 'How a build marks a page: <!--archbook-sidebar 3-->'\nsidebar:\n  attrs:\n    title: 'Compare <details> and <summary>'",
    ),
  );
  const runbooks = path.join(root, 'site/content/docs/runbooks');
  for (const [folder, count] of [
    ['database', 3],
    ['queue/retries', 2],
  ] as const) {
    mkdirSync(path.join(runbooks, folder), { recursive: true });
    for (let n = 1; n <= count; n += 1) {
      const badge = n === 1 ? "sidebar:\n  badge: { text: 'New & <shiny>', variant: tip }\n" : '';
      writeFileSync(
        path.join(runbooks, folder, `step-${n}.md`),
        `---\ntitle: "${folder} step ${n} \\"quoted\\""\n${badge}---\n\nWhat to do in step ${n}.\n`,
      );
    }
  }
  return root;
}

describe('sidebar templates', () => {
  it('give every page the sidebar markup Starlight draws itself, byte for byte', async () => {
    const root = fixtureWithDeepSidebar();
    const templated = await buildFixture(root, { reuseRoot: root, args: ['--verbose', '--outDir', 'dist-templated'] });
    assert.equal(templated.code, 0, templated.output);
    const counts =
      /sidebars: (\d+) from a template \((\d+) left out until Pagefind has indexed the pages\), (\d+) drawn by Starlight/.exec(
        templated.output,
      );
    assert.ok(counts, templated.output);
    assert.ok(Number(counts[1]) >= 6, `pages from a template: ${counts[1]}`);
    assert.equal(counts[2], counts[1]);
    // The build command writes them in (scripts/build/finish-output.ts).
    assert.equal(/; (\d+) sidebars? written in/.exec(templated.output)?.[1], counts[1], templated.output);
    assert.ok(Number(counts[3]) < Number(counts[1]), `drawn by Starlight: ${counts[3]}`);
    assert.doesNotMatch(templated.output, /did not give Starlight's own markup/);
    const starlight = await buildFixture(root, {
      reuseRoot: root,
      args: ['--outDir', 'dist-starlight'],
      env: { ARCHBOOK_SIDEBAR_TEMPLATES: '0' },
    });
    assert.equal(starlight.code, 0, starlight.output);
    const ours = path.join(root, 'dist-templated');
    const theirs = path.join(root, 'dist-starlight');
    assert.deepEqual(filesUnder(ours), filesUnder(theirs));
    const deep = readFileSync(path.join(ours, 'runbooks/queue/retries/step-2/index.html'), 'utf8');
    assert.match(deep, /<a href="\/runbooks\/queue\/retries\/step-2\/" aria-current="page"/);
    for (const file of filesUnder(ours)) {
      assert.ok(readFileSync(path.join(ours, file)).equals(readFileSync(path.join(theirs, file))), file);
    }
  });
});
