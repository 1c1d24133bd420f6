import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { copyFixture } from '../helpers/build.ts';
import { startDevServer, waitForPage, waitUntil, type DevServer } from '../helpers/dev-server.ts';

describe('astro dev', () => {
  let root: string;
  let server: DevServer;

  before(async () => {
    root = copyFixture('diagrams-ok');
    server = await startDevServer(root);
  });

  after(() => server.stop());

  it('updates the page, the diagram page and the SVG when a .puml file changes, without a restart', async () => {
    await waitForPage(`${server.origin}/guidelines/flows/`, /<title>API<\/title>/, 30_000);
    const file = path.join(root, 'diagrams/flows/order.puml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('participant API', 'participant "Orders API" as API'));
    await waitForPage(`${server.origin}/guidelines/flows/`, /Orders API/, 30_000);
    await waitForPage(`${server.origin}/diagrams/flows/order/`, /Orders API/, 10_000);
    await waitForPage(`${server.origin}/diagrams/flows/order.svg`, /Orders API/, 10_000);
    assert.match(server.output(), /3 diagram\(s\) ready: 1 rendered, 2 from the cache \(0 JVMs started\)/);
  });

  it('logs a broken diagram with file:line and keeps serving the last good picture', async () => {
    writeFileSync(path.join(root, 'diagrams/components.puml'), '@startuml\ncomponent A\nnot plantuml\n@enduml\n');
    await waitUntil(
      () => /diagrams\/components\.puml:3 {2}PlantUML: Syntax Error\?/.test(server.output()),
      20_000,
      () => `no error logged:\n${server.output().slice(-2000)}`,
    );
    await waitForPage(`${server.origin}/diagrams/components/`, /Fixture components/, 10_000);
  });
});
