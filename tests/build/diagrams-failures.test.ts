import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildFixture, copyFixture } from '../helpers/build.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/** Every file below `dir` whose text contains `marker`. */
function filesContaining(dir: string, marker: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'latin1').includes(marker));
}

/**
 * Builds a copy of the failure fixture with one more diagram, and checks what every failure must hold:
 * a non-zero exit, the `file:line` message, no output folder, and nothing of the bad diagram (or of what
 * it tried to read) in the output or the diagram cache.
 */
async function buildWithBadDiagram(
  source: string,
  options: { file?: string; markers?: string[]; env?: Record<string, string> } = {},
) {
  const root = copyFixture('diagrams-fail');
  const file = options.file ?? 'diagrams/bad.puml';
  writeFileSync(path.join(root, file), source);
  const build = await buildFixture('diagrams-fail', { reuseRoot: root, ...(options.env ? { env: options.env } : {}) });
  assert.notEqual(build.code, 0, build.output);
  assert.equal(existsSync(build.outDir), false, 'dist/ must not exist after a failed build');
  for (const marker of ['LEAKED-FROM', 'BAD-DIAGRAM-LABEL', ...(options.markers ?? [])]) {
    assert.deepEqual(filesContaining(path.join(root, '.archbook'), marker), [], `${marker} leaked into the cache`);
    assert.deepEqual(filesContaining(build.outDir, marker), [], `${marker} leaked into dist/`);
  }
  return build;
}

describe('diagram failures stop the build with file:line', () => {
  it("fails with PlantUML's message at the line of a syntax error, caches nothing of it, and leaves no temporary folder", async () => {
    // The failed build ends itself at once (scripts/integration/hook-errors.ts), with its JVM's working folder.
    const tmp = temporaryFolder('archbook-tmpdir-');
    const build = await buildWithBadDiagram('@startuml\nA -> B : BAD-DIAGRAM-LABEL\nthis is not plantuml\n@enduml\n', {
      env: { TMPDIR: tmp },
    });
    assert.deepEqual(
      readdirSync(tmp).filter((name) => name !== 'node-compile-cache'),
      [],
    );
    assert.match(
      build.output,
      /diagrams\/bad\.puml:3 {2}PlantUML: Syntax Error\? \(Assumed diagram type: sequence\) {2}\(fix the line PlantUML names/,
    );
    assert.match(build.output, /\[DiagramSyntax\]/);
  });

  it('fails on a diagram kind this PlantUML does not know, instead of shipping its picture', async () => {
    const build = await buildWithBadDiagram('@startchronology\nBAD-DIAGRAM-LABEL: 2026-01-01\n@endchronology\n');
    assert.match(
      build.output,
      /diagrams\/bad\.puml:1 {2}PlantUML drew an error picture: Diagram not supported by this release of PlantUML \(@startchronology is not recognized\) {2}\(check the spelling of the @start… line/,
    );
    assert.match(build.output, /\[DiagramUnsupported\]/);
  });

  it('fails on an error PlantUML draws as a picture instead of reporting it', async () => {
    const build = await buildWithBadDiagram('@startsalt\n{ [BAD-DIAGRAM-LABEL\n@endsalt\n');
    assert.match(
      build.output,
      /diagrams\/bad\.puml:1 {2}PlantUML drew an error picture: PlantUML crashed: java\.lang\.\w+Exception.*\[DiagramCrash\]/,
    );
  });

  it('fails on JSON that PlantUML cannot read, which it draws as a diagram', async () => {
    const build = await buildWithBadDiagram('@startjson\n{"BAD-DIAGRAM-LABEL": 1,\n@endjson\n');
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2 {2}PlantUML drew an error picture: Your data does not sound like JSON data/,
    );
  });

  it('fails on a missing standard-library file', async () => {
    const build = await buildWithBadDiagram(
      '@startuml\n!include <C4/C4_Nope>\nPerson(u, "BAD-DIAGRAM-LABEL")\n@enduml\n',
    );
    assert.match(build.output, /diagrams\/bad\.puml:2 {2}PlantUML: cannot include <C4\/C4_Nope>/);
  });

  it('fails on a relative link, which would point elsewhere on each page showing the diagram', async () => {
    const build = await buildWithBadDiagram(
      '@startuml\nclass Foo [[guidelines/x/]]\nnote "BAD-DIAGRAM-LABEL" as N\n@enduml\n',
    );
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2:11 {2}the relative link guidelines\/x\/ would point elsewhere on every page that shows the diagram .*\[DiagramLinkRelative\]/,
    );
  });

  it('fails on a diagram without @startuml', async () => {
    const build = await buildWithBadDiagram("' BAD-DIAGRAM-LABEL\nA -> B\n");
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2:1 {2}the diagram has no @startuml line .*\[DiagramStartMissing\]/,
    );
  });

  it('fails on an include of a file outside the repository by absolute path', async () => {
    const build = await buildWithBadDiagram('@startuml\n!include /etc/hostname\nA -> B : BAD-DIAGRAM-LABEL\n@enduml\n');
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2:1 {2}including an absolute path is not allowed: \/etc\/hostname .*\[IncludeAbsolute\]/,
    );
  });

  it('fails on an include that escapes the diagrams folder with ..', async () => {
    const build = await buildWithBadDiagram(
      '@startuml\nA -> B : BAD-DIAGRAM-LABEL\n!include ../secret.iuml\n@enduml\n',
    );
    assert.match(
      build.output,
      /diagrams\/bad\.puml:3:1 {2}\.\.\/secret\.iuml resolves outside the diagrams folder .*\[IncludeOutsideDiagrams\]/,
    );
  });

  it('fails on an include of a sibling folder that shares the prefix of the diagrams folder', async () => {
    const build = await buildWithBadDiagram(
      '@startuml\n!include ../diagrams-secret/leak.iuml\nA -> B : BAD-DIAGRAM-LABEL\n@enduml\n',
    );
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2:1 {2}\.\.\/diagrams-secret\/leak\.iuml resolves outside the diagrams folder/,
    );
  });

  it('fails on an include of a URL', async () => {
    const build = await buildWithBadDiagram(
      '@startuml\n!include https://example.org/style.iuml\nA -> B : BAD-DIAGRAM-LABEL\n@enduml\n',
    );
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2:1 {2}including a URL is not allowed: https:\/\/example\.org\/style\.iuml .*\[IncludeUrl\]/,
    );
  });

  it('fails on %getenv, and the variable reaches nothing', async () => {
    const build = await buildWithBadDiagram('@startuml\nA -> B : %getenv("ARCHBOOK_SECRET_VALUE")\n@enduml\n', {
      env: { ARCHBOOK_SECRET_VALUE: 'ENV-SECRET-8f3a' },
      markers: ['ENV-SECRET-8f3a'],
    });
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2:10 {2}%getenv reads the environment of the build machine .*\[DiagramGetenv\]/,
    );
  });

  it('fails on %load_json of a file', async () => {
    const build = await buildWithBadDiagram(
      '@startuml\n!$data = %load_json("../secret.json")\nA -> B : $data.token\n@enduml\n',
    );
    assert.match(build.output, /diagrams\/bad\.puml:2:10 {2}%load_json reads a file or URL .*\[DiagramLoadJson\]/);
  });

  it('fails on <img:…> of a file', async () => {
    const build = await buildWithBadDiagram('@startuml\nA -> B : BAD-DIAGRAM-LABEL <img:../secret.iuml>\n@enduml\n');
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2:28 {2}<img…> embeds an image read from a file or URL .*\[DiagramImage\]/,
    );
  });

  it('fails on a javascript: link', async () => {
    const build = await buildWithBadDiagram(
      '@startuml\nclass Foo [[javascript:alert(1)]]\nnote "BAD-DIAGRAM-LABEL" as N\n@enduml\n',
    );
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2:11 {2}links to javascript: are not allowed .*\[DiagramLinkScheme\]/,
    );
  });

  it('fails on a data: link', async () => {
    const build = await buildWithBadDiagram(
      '@startuml\nA -> B : BAD-DIAGRAM-LABEL [[data:text/html,<script>alert(1)</script> open]]\n@enduml\n',
    );
    assert.match(build.output, /diagrams\/bad\.puml:2:28 {2}links to data: are not allowed/);
  });

  it('fails on !pragma svginteractive, which would add a script', async () => {
    const build = await buildWithBadDiagram(
      '@startuml\n!pragma svginteractive true\nA -> B : BAD-DIAGRAM-LABEL\n@enduml\n',
    );
    assert.match(
      build.output,
      /diagrams\/bad\.puml:2:1 {2}!pragma svginteractive adds a <script> to the SVG .*\[DiagramInteractive\]/,
    );
  });

  it('fails at the line inside an included file', async () => {
    const root = copyFixture('diagrams-fail');
    writeFileSync(
      path.join(root, 'diagrams/_shared/style.iuml'),
      'skinparam shadowing false\nnot a skinparam at all\n',
    );
    const build = await buildFixture('diagrams-fail', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /diagrams\/_shared\/style\.iuml:2 {2}PlantUML: Syntax Error\?/);
  });

  it('fails at the page line of a bad plantuml fence', async () => {
    const build = await buildWithBadDiagram(
      '---\ntitle: Fence\ndescription: A bad fence.\n---\n\nText.\n\n```plantuml\n@startuml\nA -> B : BAD-DIAGRAM-LABEL\nnot plantuml\n@enduml\n```\n',
      { file: 'site/content/docs/fence.md' },
    );
    assert.match(build.output, /site\/content\/docs\/fence\.md:11 {2}PlantUML: Syntax Error\?/);
  });

  it('fails at the directive that names a diagram that does not exist', async () => {
    const build = await buildWithBadDiagram(
      '---\ntitle: Embed\ndescription: A missing diagram.\n---\n\nText.\n\n::diagram[Gone]{src="gone/away.puml"}\n',
      {
        file: 'site/content/docs/embed.md',
      },
    );
    assert.match(
      build.output,
      /site\/content\/docs\/embed\.md:8:1 {2}diagrams\/gone\/away\.puml does not exist .*\[DiagramUnknown\]/,
    );
  });

  it('without Java and without a server, names both remedies once', async () => {
    const build = await buildWithBadDiagram('@startuml\nA -> B\n@enduml\n', {
      file: 'diagrams/another.puml',
      env: { PATH: path.dirname(process.execPath), JAVA_HOME: '' },
    });
    const matches =
      build.output.match(/Java was not found \(JAVA_HOME, PATH\) and no diagram server is configured/g) ?? [];
    assert.equal(matches.length, 1, build.output);
    assert.match(
      build.output,
      /install Java 17 or newer \(java on PATH or JAVA_HOME\), or set diagrams: \{ renderer: 'remote', server: 'https:\/\/…' \}/,
    );
  });
});
