import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { copyFixture } from '../helpers/build.ts';
import { startDevServer, waitForPage, waitUntil, type DevServer } from '../helpers/dev-server.ts';

/** A dev server on a copy of a fixture, started before the tests of the enclosing block and stopped after. */
function devServerOn(fixture: string): { root: string; server: DevServer } {
  const dev = {} as { root: string; server: DevServer };
  before(async () => {
    dev.root = copyFixture(fixture);
    dev.server = await startDevServer(dev.root);
  });
  after(() => dev.server.stop());
  return dev;
}

describe('astro dev', () => {
  const dev = devServerOn('diagrams-ok');

  it('updates the page, the diagram page and the SVG when a .puml file changes, without a restart', async () => {
    await waitForPage(`${dev.server.origin}/guidelines/flows/`, /<title>API<\/title>/);
    const file = path.join(dev.root, 'diagrams/flows/order.puml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('participant API', 'participant "Orders API" as API'));
    await waitForPage(`${dev.server.origin}/guidelines/flows/`, /Orders API/);
    await waitForPage(`${dev.server.origin}/diagrams/flows/order/`, /Orders API/);
    await waitForPage(`${dev.server.origin}/diagrams/flows/order.svg`, /Orders API/);
    assert.match(dev.server.output(), /3 diagram\(s\) ready: 1 rendered, 2 from the cache \(0 JVMs started\)/);
  });

  it('logs a broken diagram with file:line and keeps serving the last good picture', async () => {
    writeFileSync(path.join(dev.root, 'diagrams/components.puml'), '@startuml\ncomponent A\nnot plantuml\n@enduml\n');
    await waitUntil(
      () => /diagrams\/components\.puml:3 {2}PlantUML: Syntax Error\?/.test(dev.server.output()),
      60_000,
      () => `no error logged:\n${dev.server.output().slice(-2000)}`,
    );
    await waitForPage(`${dev.server.origin}/diagrams/components/`, /Fixture components/);
  });
});

describe('astro dev: rule links in diagrams', () => {
  const dev = devServerOn('diagrams-links');

  it("follows a rule that moves to another page: the diagram's rule link leads to its new section", async () => {
    const diagramPage = `${dev.server.origin}/diagrams/system/`;
    await waitForPage(diagramPage, /data-source="diagrams\/system\.puml:6:38" href="\/guidelines\/adapters\/#adp-001"/);
    const adapters = path.join(dev.root, 'site/content/docs/guidelines/adapters.md');
    const text = readFileSync(adapters, 'utf8');
    const rule = /:::rule\[Adapters implement[\s\S]*?\n:::\n/.exec(text)?.[0] ?? '';
    assert.notEqual(rule, '');
    writeFileSync(path.join(dev.root, 'site/content/docs/guidelines/ports.md'), `---\ntitle: Ports\n---\n\n${rule}`);
    writeFileSync(adapters, text.replace(rule, ''));
    await waitForPage(diagramPage, /data-source="diagrams\/system\.puml:6:38" href="\/guidelines\/ports\/#adp-001"/);
  });
});
