import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildFixture, type FixtureBuild } from '../helpers/build.ts';

const read = (build: FixtureBuild, file: string) => readFileSync(path.join(build.outDir, file), 'utf8');

describe('links in diagrams', () => {
  let build: FixtureBuild;
  before(async () => {
    build = await buildFixture('diagrams-links');
  });

  it('keeps handbook and https links on elements, arrows and notes, each marked with its .puml line; a rule link leads to its section', () => {
    assert.equal(build.code, 0, build.output);
    const page = read(build, 'diagrams/system/index.html');
    assert.match(page, /<a data-source="diagrams\/system\.puml:5:32" href="\/guidelines\/adapters\/"/);
    assert.match(
      page,
      /<a data-source="diagrams\/system\.puml:6:38" href="\/guidelines\/adapters\/#adp-001" xlink:href="\/guidelines\/adapters\/#adp-001"/,
    );
    assert.doesNotMatch(page, /href="\/rules\/ADP-001\/"/);
    assert.match(page, /<a data-source="diagrams\/system\.puml:9:26" href="\/guidelines\/adapters\/#ports"/);
    assert.match(page, /<a href="https:\/\/example\.org\/hexagonal"/);
    assert.doesNotMatch(page, /target="_top"/);
  });

  it('lists the rules a diagram links to on its page', () => {
    const page = read(build, 'diagrams/system/index.html');
    assert.match(
      page,
      /<h2 id="rules-in-this-diagram">Rules in this diagram<\/h2>[\s\S]*?<a href="\/guidelines\/adapters\/#adp-001"><strong>ADP-001<\/strong> Adapters implement the ports the core declares<\/a>/,
    );
    assert.doesNotMatch(page, /ADP-002/);
  });

  it("lists, in a rule's section, the diagrams that show it", () => {
    const page = read(build, 'guidelines/adapters/index.html');
    const rule = /<section[^>]*data-rule="ADP-001"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    assert.match(
      rule,
      /<p class="ab-rule__diagrams">Shown in the diagram <a href="\/diagrams\/system\/">System<\/a><\/p>/,
    );
    const other = /<section[^>]*data-rule="ADP-002"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    assert.doesNotMatch(other, /Shown in/);
  });

  it('stops on a link to a missing page, anchor or rule, at the .puml line, and leaves dist/ as it was', async () => {
    const before = read(build, 'diagrams/system/index.html');
    writeFileSync(
      path.join(build.root, 'diagrams/broken.puml'),
      [
        '@startuml',
        'component "a" as a [[/guidelines/nowhere/]]',
        'component "b" as b [[/guidelines/adapters/#no-such-anchor]]',
        'a --> b : [[/rules/NOPE-001/ NOPE-001]]',
        '@enduml',
        '',
      ].join('\n'),
    );
    const broken = await buildFixture('diagrams-links', { reuseRoot: build.root });
    assert.notEqual(broken.code, 0, broken.output);
    assert.match(
      broken.output,
      /diagrams\/broken\.puml:2:20 {2}a\[href\] "\/guidelines\/nowhere\/" points to a page or file that does not exist/,
    );
    assert.match(
      broken.output,
      /diagrams\/broken\.puml:3:20 {2}a\[href\] "\/guidelines\/adapters\/#no-such-anchor" points to #no-such-anchor, which that page does not have/,
    );
    assert.match(
      broken.output,
      /diagrams\/broken\.puml:4:11 {2}a\[href\] "\/rules\/NOPE-001\/" points to a page or file that does not exist {2}\(no rule has the ID NOPE-001/,
    );
    assert.equal((broken.output.match(/broken\.puml:2:20/g) ?? []).length, 1, 'each link is reported once');
    assert.equal(read(build, 'diagrams/system/index.html'), before);
  });

  it('stops on a link to a retired rule at the .puml line, naming the rule that replaced it', async () => {
    const before = read(build, 'diagrams/system/index.html');
    rmSync(path.join(build.root, 'diagrams/broken.puml'), { force: true });
    writeFileSync(
      path.join(build.root, 'rules/retired.yaml'),
      '- id: ADP-009\n  replacedBy: ADP-001\n  reason: Merged into ADP-001.\n',
    );
    writeFileSync(
      path.join(build.root, 'diagrams/retired.puml'),
      '@startuml\ncomponent "a" as a [[/rules/ADP-009/ ADP-009]]\n@enduml\n',
    );
    const retired = await buildFixture('diagrams-links', { reuseRoot: build.root });
    assert.notEqual(retired.code, 0, retired.output);
    assert.match(
      retired.output,
      /diagrams\/retired\.puml:2:20 {2}\[\[\/rules\/ADP-009\/\]\] links to a retired rule {2}\(link to \[\[\/rules\/ADP-001\/ ADP-001\]\] instead\)/,
    );
    assert.equal(read(build, 'diagrams/system/index.html'), before);
  });
});

describe('links in diagrams below a base path', () => {
  it('puts the base path in front of handbook links, and the rule lists follow it', async () => {
    const build = await buildFixture('diagrams-links', { env: { BASE_PATH: '/handbook/' } });
    assert.equal(build.code, 0, build.output);
    const page = read(build, 'diagrams/system/index.html');
    assert.match(page, /href="\/handbook\/guidelines\/adapters\/"/);
    assert.match(page, /data-source="diagrams\/system\.puml:6:38" href="\/handbook\/guidelines\/adapters\/#adp-001"/);
    assert.match(
      read(build, 'diagrams/system.svg'),
      /href="\/handbook\/guidelines\/adapters\/#adp-001" xlink:href="\/handbook\/guidelines\/adapters\/#adp-001"/,
    );
    assert.match(page, /<a href="\/handbook\/guidelines\/adapters\/#adp-001"><strong>ADP-001<\/strong>/);
    assert.match(
      read(build, 'guidelines/adapters/index.html'),
      /Shown in the diagram <a href="\/handbook\/diagrams\/system\/">/,
    );
  });
});
