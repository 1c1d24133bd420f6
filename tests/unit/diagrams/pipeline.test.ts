import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseArchbookConfig } from '../../../scripts/config/parse.ts';
import { findJava } from '../../../scripts/diagrams/java.ts';
import { diagramId } from '../../../scripts/diagrams/embeds.ts';
import { createDiagramPipeline } from '../../../scripts/diagrams/pipeline.ts';
import { engineRoot } from '../../../scripts/paths.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const skip = findJava(process.env) === undefined ? 'Java is not installed' : false;
const config = parseArchbookConfig({ title: 'T', description: 'D', repository: { url: 'https://example.org/x' } });

/** A content root with a shared style, two diagrams including it, one that does not, and a page. */
function site(): string {
  const root = temporaryFolder('archbook-pipeline-');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('diagrams/_shared/style.iuml', 'skinparam shadowing false\n');
  write('diagrams/a.puml', '@startuml\n!include _shared/style.iuml\nA -> B\n@enduml\n');
  write('diagrams/sub/b.puml', '@startuml\n!include ../_shared/style.iuml\nC -> D\n@enduml\n');
  write('diagrams/c.puml', '@startuml\nE -> F\n@enduml\n');
  write(
    'site/content/docs/page.md',
    '---\ntitle: Page\n---\n\n::diagram[A]{src="a.puml"}\n\n```plantuml\n@startuml\nX -> Y\n@enduml\n```\n',
  );
  return root;
}

function pipeline(root: string) {
  return createDiagramPipeline({ root, engineRoot, docsDir: 'site/content/docs', config, env: process.env });
}

describe('diagramId', () => {
  it('normalises a src attribute', () => {
    assert.equal(diagramId('./mills-planner/component.puml'), 'mills-planner/component');
    assert.equal(diagramId('a/../b.puml'), 'b');
  });
});

describe('createDiagramPipeline', { skip }, () => {
  it('renders everything once in one JVM, then nothing on a warm rebuild', async () => {
    const root = site();
    const cold = pipeline(root);
    assert.deepEqual(await cold.refresh(), { total: 4, rendered: 4, cached: 0, jvmStarts: 1 });
    assert.equal(cold.stats().jvmStarts, 1);
    assert.deepEqual(
      cold.entries().map((entry) => entry.id),
      ['a', 'c', 'sub/b'],
    );
    assert.deepEqual(
      cold.entry('a.puml')?.embeds.map((embed) => [embed.page, embed.line]),
      [['site/content/docs/page.md', 5]],
    );
    assert.deepEqual(cold.entry('sub/b.puml')?.includes, ['diagrams/_shared/style.iuml']);
    const fingerprint = cold.fingerprint;
    await cold.close();

    const warm = pipeline(root);
    assert.deepEqual(await warm.refresh(), { total: 4, rendered: 0, cached: 4, jvmStarts: 0 });
    assert.equal(warm.stats().jvmStarts, 0);
    assert.equal(warm.fingerprint, fingerprint);
    await warm.close();
  });

  it('reports what a prefetch rendered in the refresh that follows it, and its problems there too', async () => {
    const root = site();
    const early = pipeline(root);
    early.prefetch();
    assert.deepEqual(await early.refresh(), { total: 4, rendered: 4, cached: 0, jvmStarts: 1 });
    assert.deepEqual(await early.refresh(), { total: 4, rendered: 0, cached: 4, jvmStarts: 0 });
    writeFileSync(path.join(root, 'diagrams/a.puml'), '@startuml\nthis is not ((plantuml\n@enduml\n');
    early.prefetch();
    await assert.rejects(early.refresh(), /diagrams\/a\.puml:2/);
    await early.close();
  });

  it('knows each file’s key, title and rule links before its picture is rendered', async () => {
    const root = site();
    writeFileSync(
      path.join(root, 'diagrams/c.puml'),
      "' title: Flow C\n@startuml\nE -> F : [[/rules/ADP-001/ ADP-001]]\n@enduml\n",
    );
    const diagrams = pipeline(root);
    const refreshed = diagrams.refresh();
    assert.equal(await diagrams.planned(), true);
    assert.equal(diagrams.entries().length, 0, 'nothing rendered yet');
    const planned = diagrams.plannedEntries().map((entry) => [entry.id, entry.title, entry.rules]);
    assert.deepEqual(planned, [
      ['a', 'A', []],
      ['c', 'Flow C', ['ADP-001']],
      ['sub/b', 'B', []],
    ]);
    const fingerprint = diagrams.fingerprint;
    await refreshed;
    assert.equal(diagrams.fingerprint, fingerprint);
    for (const entry of diagrams.entries()) {
      assert.deepEqual(diagrams.plannedEntry(`${entry.id}.puml`), {
        id: entry.id,
        title: entry.title,
        key: entry.key,
        rules: entry.rules,
      });
    }
    await diagrams.close();
  });

  it('says when the plan found a problem, and fails the refresh with it', async () => {
    const root = site();
    writeFileSync(path.join(root, 'diagrams/c.puml'), '@startuml\n!include missing.iuml\n@enduml\n');
    const diagrams = pipeline(root);
    const refreshed = diagrams.refresh();
    assert.equal(await diagrams.planned(), false);
    await assert.rejects(refreshed, /diagrams\/c\.puml:2/);
    assert.equal(diagrams.failed(), true);
    await diagrams.close();
  });

  it('leaves the title of a diagram named after its kind to its picture', async () => {
    const root = site();
    writeFileSync(path.join(root, 'diagrams/c.puml'), "' title:\n@startuml\nE -> F\n@enduml\n");
    const diagrams = pipeline(root);
    const refreshed = diagrams.refresh();
    await diagrams.planned();
    assert.equal(diagrams.plannedEntry('c.puml')?.title, undefined);
    await refreshed;
    assert.equal(diagrams.entry('c.puml')?.title, 'PlantUML sequence diagram');
    await diagrams.close();
  });

  it('finds a directive naming a missing diagram, and a rule retired after the plan, before rendering', async () => {
    const root = site();
    writeFileSync(path.join(root, 'site/content/docs/other.md'), '---\ntitle: O\n---\n\n::diagram{src="nope.puml"}\n');
    const missing = pipeline(root);
    const refreshed = missing.refresh();
    assert.equal(await missing.planned(), false);
    await assert.rejects(refreshed, /other\.md:5:1 {2}diagrams\/nope\.puml does not exist/);
    await missing.close();

    const linked = site();
    writeFileSync(path.join(linked, 'diagrams/c.puml'), '@startuml\nE -> F : [[/rules/OLD-001/ OLD-001]]\n@enduml\n');
    let retiredNow = false;
    const old = { id: 'OLD-001', replacedBy: 'NEW-001', reason: 'Merged.', location: { file: 'rules/retired.yaml' } };
    const rules = { retired: (id: string) => (retiredNow && id === 'OLD-001' ? old : undefined) };
    const options = { root: linked, engineRoot, docsDir: 'site/content/docs', config, env: process.env, rules };
    const diagrams = createDiagramPipeline(options);
    diagrams.prefetch();
    assert.equal(await diagrams.planned(), true);
    assert.equal(diagrams.linksRetiredSincePlan(), false);
    retiredNow = true;
    assert.equal(diagrams.linksRetiredSincePlan(), true);
    await assert.rejects(diagrams.refresh(), /links to a retired rule/);
    await diagrams.close();
  });

  it('keeps the plan of the last good refresh when a later one fails', async () => {
    const root = site();
    const diagrams = pipeline(root);
    await diagrams.refresh();
    const before = diagrams.plannedEntries();
    writeFileSync(
      path.join(root, 'diagrams/d.puml'),
      '@startuml\nG -> H : [[/rules/ADP-001/ ADP-001]]\nnot plantuml\n@enduml\n',
    );
    await assert.rejects(diagrams.refresh(), /diagrams\/d\.puml:3/);
    assert.deepEqual(diagrams.plannedEntries(), before);
    assert.equal(diagrams.knows('d.puml'), true, 'a broken diagram is not a missing one');
    assert.equal(diagrams.knows('nope.puml'), false);
    assert.equal(diagrams.failed(), true);
    await diagrams.close();
  });

  it('re-renders exactly the includers of an edited file', async () => {
    const root = site();
    const first = pipeline(root);
    await first.refresh();
    await first.close();
    writeFileSync(
      path.join(root, 'diagrams/_shared/style.iuml'),
      'skinparam shadowing false\nskinparam roundCorner 4\n',
    );
    const second = pipeline(root);
    assert.deepEqual(await second.refresh(), { total: 4, rendered: 2, cached: 2, jvmStarts: 1 });
    await second.close();
  });

  it('keeps the last good state, and caches nothing, when a diagram fails', async () => {
    const root = site();
    const diagrams = pipeline(root);
    await diagrams.refresh();
    const cached = readdirSync(path.join(root, '.archbook/diagrams')).length;
    writeFileSync(path.join(root, 'diagrams/c.puml'), '@startuml\nE -> F\nnot plantuml at all\n@enduml\n');
    await assert.rejects(diagrams.refresh(), /diagrams\/c\.puml:3 {2}PlantUML: Syntax Error\?/);
    assert.equal(readdirSync(path.join(root, '.archbook/diagrams')).length, cached);
    assert.equal(diagrams.entries().length, 3);
    await diagrams.close();
  });

  it('reports a directive naming a diagram that does not exist at its position', async () => {
    const root = site();
    writeFileSync(
      path.join(root, 'site/content/docs/other.md'),
      '---\ntitle: Other\n---\n\nText\n\n  ::diagram[X]{src="nope.puml"}\n',
    );
    const diagrams = pipeline(root);
    await assert.rejects(
      diagrams.refresh(),
      /site\/content\/docs\/other\.md:7:3 {2}diagrams\/nope\.puml does not exist .*\[DiagramUnknown\]/,
    );
    await diagrams.close();
  });

  it('refuses a link to a retired rule, in a file or a fence, at the line that wrote it', async () => {
    const root = site();
    writeFileSync(path.join(root, 'diagrams/c.puml'), '@startuml\nE -> F : [[/rules/OLD-001/ OLD-001]]\n@enduml\n');
    const old = { id: 'OLD-001', replacedBy: 'NEW-001', reason: 'Merged.', location: { file: 'rules/retired.yaml' } };
    const rules = { retired: (id: string) => (id === 'OLD-001' ? old : undefined) };
    const diagrams = createDiagramPipeline({
      root,
      engineRoot,
      docsDir: 'site/content/docs',
      config,
      env: process.env,
      rules,
    });
    await assert.rejects(
      diagrams.refresh(),
      /diagrams\/c\.puml:2:10 {2}\[\[\/rules\/OLD-001\/\]\] links to a retired rule {2}\(link to \[\[\/rules\/NEW-001\/ NEW-001\]\] instead\) \[DiagramLinkRetired\]/,
    );
    const fence = {
      page: 'site/content/docs/page.md',
      firstLine: 8,
      text: '@startuml\nX -> Y : [[/rules/OLD-001/]]\n@enduml',
      title: undefined,
    };
    await assert.rejects(
      diagrams.renderFence(fence),
      /site\/content\/docs\/page\.md:9:10 {2}\[\[\/rules\/OLD-001\/\]\] links to a retired rule/,
    );
    await diagrams.close();
  });
});
