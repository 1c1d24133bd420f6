import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import plantumlEncoder from 'plantuml-encoder';
import { createRemoteRenderer, remoteSvgUrl } from '../../../scripts/diagrams/remote-renderer.ts';

const text = '@startuml\nA -> B : héllo\n@enduml\n';

function renderer(answer: (url: string) => Response) {
  const urls: string[] = [];
  const fetch = (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    urls.push(url);
    return Promise.resolve(answer(url));
  };
  return {
    urls,
    renderer: createRemoteRenderer({
      server: 'http://uml.test/plantuml/',
      kind: 'plantuml',
      timeoutMs: 1000,
      concurrency: 2,
      fetch,
    }),
  };
}

describe('remoteSvgUrl', () => {
  it('builds a PlantUML server URL with plantuml-encoder', () => {
    const url = remoteSvgUrl('http://uml.test/plantuml/', 'plantuml', text);
    assert.match(url, /^http:\/\/uml\.test\/plantuml\/svg\//);
    assert.equal(plantumlEncoder.decode(url.split('/svg/')[1] ?? ''), text);
  });

  it('builds a Kroki URL with deflate and base64url', () => {
    const url = remoteSvgUrl('https://kroki.test', 'kroki', text);
    assert.match(url, /^https:\/\/kroki\.test\/plantuml\/svg\//);
    assert.equal(inflateSync(Buffer.from(url.split('/svg/')[1] ?? '', 'base64url')).toString('utf8'), text);
  });
});

describe('createRemoteRenderer', () => {
  it('returns the SVG the server sends', async () => {
    const { renderer: remote, urls } = renderer(
      () => new Response('<?xml version="1.0"?><svg><g/></svg>', { status: 200 }),
    );
    assert.deepEqual(await remote.render(text), { ok: true, image: { format: 'svg', svg: '<svg><g/></svg>' } });
    assert.equal(urls.length, 1);
  });

  it('asks for a PNG at the png endpoint and returns its bytes', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x01]);
    const { renderer: remote, urls } = renderer(() => new Response(png, { status: 200 }));
    assert.deepEqual(await remote.render(text, 'png'), { ok: true, image: { format: 'png', png } });
    assert.match(urls[0] ?? '', /^http:\/\/uml\.test\/plantuml\/png\//);
  });

  it("turns a 400 into the diagram's error with PlantUML's line, never the error image", async () => {
    const { renderer: remote } = renderer(
      () =>
        new Response('<svg>error image</svg>', {
          status: 400,
          headers: { 'X-PlantUML-Diagram-Error': 'Syntax Error?', 'X-PlantUML-Diagram-Error-Line': '2' },
        }),
    );
    assert.deepEqual(await remote.render(text), { ok: false, line: 1, message: 'Syntax Error?' });
  });

  it("reads Kroki's plain-text error", async () => {
    const { renderer: remote } = renderer(() => new Response('Error 400: Syntax Error? (line: 3)', { status: 400 }));
    assert.deepEqual(await remote.render(text), { ok: false, line: 2, message: 'Syntax Error? (line: 3)' });
  });

  it('stops the build when the server fails', async () => {
    const { renderer: remote } = renderer(() => new Response('oops', { status: 502 }));
    await assert.rejects(
      remote.render(text),
      /DiagramRemoteFailed|the diagram server http:\/\/uml\.test\/plantuml\/ failed: HTTP 502/,
    );
  });
});
