import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import plantumlEncoder from 'plantuml-encoder';
import { buildFixture, copyFixture, type FixtureBuild } from '../helpers/build.ts';

const read = (build: FixtureBuild, file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
const summary = (build: FixtureBuild) =>
  /(\d+) diagram\(s\) ready: (\d+) rendered, (\d+) from the cache \((\d+) JVMs? started\)/
    .exec(build.output)
    ?.slice(1)
    .map(Number);

describe('the diagrams of a handbook', () => {
  let root: string;
  let first: FixtureBuild;
  before(async () => {
    root = copyFixture('diagrams-ok');
    first = await buildFixture('diagrams-ok', { reuseRoot: root });
  });

  it('renders every diagram once, in one JVM, before the pages', () => {
    assert.equal(first.code, 0, first.output);
    assert.deepEqual(summary(first), [3, 3, 0, 1]);
  });

  it('publishes a gallery card and a page per diagram file, with the SVG to download', () => {
    const gallery = read(first, 'diagrams/index.html');
    for (const id of ['components', 'flows/order']) {
      assert.match(gallery, new RegExp(`<a href="/diagrams/${id}/">`));
      assert.match(gallery, new RegExp(`<img src="/diagrams/${id}.svg"`));
      const page = read(first, `diagrams/${id}/index.html`);
      assert.match(
        page,
        /<svg role="(?:img|group)" aria-label="[^"]+" focusable="false" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
      );
      assert.match(page, /<a href="\/diagrams\/[^"]+\.svg" download>Download SVG<\/a>/);
      assert.match(
        page,
        /<a href="https:\/\/editor\.plantuml\.com\/uml\/[A-Za-z0-9_-]+" rel="noopener">Open in the PlantUML editor<\/a>/,
      );
      assert.match(page, /<details class="ab-diagram__source"><summary>PlantUML source<\/summary>/);
      assert.match(page, /data-action="fullscreen"/);
      const svg = read(first, `diagrams/${id}.svg`);
      assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
    const order = read(first, 'diagrams/flows/order/index.html');
    assert.match(order, /<title>Order flow \|/);
    assert.match(order, /A client sends an order to the API, which stores it in the database and answers\./);
    assert.match(order, /<a href="\/guidelines\/flows\/">Flows<\/a>/);
    assert.match(order, /Includes <code>diagrams\/_shared\/style\.iuml<\/code>/);
  });

  it('embeds the diagrams and renders plantuml fences in the pages, as sanitized inline SVG', () => {
    const page = read(first, 'guidelines/flows/index.html');
    const figures = page.match(/<figure class="ab-diagram"[\s\S]*?<\/figure>/g) ?? [];
    assert.equal(figures.length, 3);
    assert.match(
      figures.at(0) ?? '',
      /data-diagram="flows\/order"[\s\S]*How an order reaches the database[\s\S]*href="\/diagrams\/flows\/order\/"/,
    );
    assert.match(figures.at(2) ?? '', /aria-label="Sequence diagram showing Alice, Bob\."[\s\S]*Inline handshake/);
    assert.doesNotMatch(page, /language-plantuml|@startuml/);
    for (const figure of figures) assert.doesNotMatch(figure, /<script|plantuml-src|javascript:/i);
  });

  it('renders nothing on a warm rebuild', async () => {
    const warm = await buildFixture('diagrams-ok', { reuseRoot: root });
    assert.equal(warm.code, 0, warm.output);
    assert.deepEqual(summary(warm), [3, 0, 3, 0]);
  });

  it('re-renders exactly the includers of an edited file, and the pages show the new picture', async () => {
    const style = path.join(root, 'diagrams/_shared/style.iuml');
    writeFileSync(style, `${readFileSync(style, 'utf8')}skinparam ParticipantBackgroundColor #FFE4B5\n`);
    const edited = await buildFixture('diagrams-ok', { reuseRoot: root });
    assert.equal(edited.code, 0, edited.output);
    assert.deepEqual(summary(edited), [3, 2, 1, 1]);
    assert.match(read(edited, 'guidelines/flows/index.html'), /#FFE4B5/i);
  });

  it('builds from the cache on a machine without Java', async () => {
    const noJava = await buildFixture('diagrams-ok', {
      reuseRoot: root,
      env: { PATH: path.dirname(process.execPath), JAVA_HOME: '' },
    });
    assert.equal(noJava.code, 0, noJava.output);
    assert.deepEqual(summary(noJava), [3, 0, 3, 0]);
  });
});

describe('a handbook served below a base path', () => {
  it('puts the base in front of every diagram link, also the links inside the SVG', async () => {
    const build = await buildFixture('diagrams-ok', { env: { BASE_PATH: '/handbook/' } });
    assert.equal(build.code, 0, build.output);
    const page = read(build, 'guidelines/flows/index.html');
    assert.match(page, /class="ab-diagram__open" href="\/handbook\/diagrams\/flows\/order\/"/);
    assert.match(
      page,
      /<a data-source="diagrams\/components\.puml:4:29" href="\/handbook\/guidelines\/flows\/"[^>]*xlink:href="\/handbook\/guidelines\/flows\/"/,
    );
    assert.match(read(build, 'diagrams/index.html'), /<img src="\/handbook\/diagrams\/components\.svg"/);
    assert.match(read(build, 'diagrams/components/index.html'), /href="\/handbook\/guidelines\/flows\/"/);
  });
});

describe('the remote renderer', () => {
  let server: Server;
  const requests: string[] = [];
  before(async () => {
    server = createServer((request, response) => {
      const text = plantumlEncoder.decode((request.url ?? '').split('/svg/')[1] ?? '');
      requests.push(text);
      if (text.includes('not plantuml')) {
        response.writeHead(400, { 'X-PlantUML-Diagram-Error': 'Syntax Error?', 'X-PlantUML-Diagram-Error-Line': '3' });
        response.end('<svg><text>error image</text></svg>');
        return;
      }
      const label = /^(\w+) ->/m.exec(text)?.[1] ?? 'remote';
      response.writeHead(200, { 'Content-Type': 'image/svg+xml' });
      response.end(
        `<svg xmlns="http://www.w3.org/2000/svg" data-diagram-type="SEQUENCE" viewBox="0 0 10 10"><script>alert(1)</script>` +
          `<a href="javascript:alert(2)"><text>${label} from the server</text></a></svg>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function remoteFixture(): string {
    const root = copyFixture('diagrams-ok');
    const { port } = server.address() as AddressInfo;
    const config = path.join(root, 'archbook.config.ts');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        'reference: { entryPoints: [] },',
        `reference: { entryPoints: [] },\n  diagrams: { renderer: 'remote', server: 'http://127.0.0.1:${port}/plantuml' },`,
      ),
    );
    return root;
  }

  it('renders on a PlantUML server, with includes inlined, and sanitizes what comes back', async () => {
    const build = await buildFixture('diagrams-ok', { reuseRoot: remoteFixture() });
    assert.equal(build.code, 0, build.output);
    assert.ok(
      requests.some((text) => text.includes('skinparam shadowing false') && text.includes('Client -> API')),
      'includes are inlined',
    );
    const page = read(build, 'guidelines/flows/index.html');
    assert.match(page, /Client from the server/);
    assert.doesNotMatch(page, /alert\(/);
    assert.deepEqual(
      readdirSync(build.outDir, { recursive: true }).filter(
        (file) =>
          String(file).endsWith('.svg') &&
          readFileSync(path.join(build.outDir, String(file)), 'utf8').includes('alert('),
      ),
      [],
    );
  });

  it("reports the server's error at the diagram line and ships no error image", async () => {
    const root = remoteFixture();
    writeFileSync(path.join(root, 'diagrams/components.puml'), '@startuml\nA -> B\nnot plantuml\n@enduml\n');
    const build = await buildFixture('diagrams-ok', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /diagrams\/components\.puml:3 {2}PlantUML: Syntax Error\?/);
    assert.equal(existsSync(build.outDir), false);
  });
});
