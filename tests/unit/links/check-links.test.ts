import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkLinks } from '../../../scripts/links/check-links.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

function site(files: Record<string, string>): string {
  const dir = temporaryFolder('archbook-links-');
  for (const [name, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), html);
  }
  return dir;
}

describe('checkLinks', () => {
  it('accepts links to pages, assets and anchors that exist', () => {
    const outDir = site({
      'index.html':
        '<a href="/hb/guide/#log-002">x</a><link rel="stylesheet" href="/hb/a.css"><a href="https://example.org/x">e</a>',
      'guide/index.html': '<h3 id="log-002">Rule</h3><a href="../">home</a><a href="#top">top</a>',
      'a.css': 'body{}',
    });
    assert.deepEqual(checkLinks({ outDir, base: '/hb/' }), []);
  });

  it('finds anchors however their tag writes the id, in any tag, and only in an attribute named id', () => {
    const outDir = site({
      'index.html':
        '<a href="/hb/guide/#upper">1</a><a href="/hb/guide/#bare">2</a><a href="/hb/guide/#old">3</a>' +
        '<a href="/hb/guide/#data-only">4</a><a href="/hb/guide/#ctor">5</a>',
      'guide/index.html':
        '<section data-x="1" ID="upper"></section><div class="id-like" id=bare></div><a name="old"></a>' +
        '<span data-id="data-only" title="id=data-only"></span><constructor id="ctor"></constructor><toString>',
    });
    assert.deepEqual(
      checkLinks({ outDir, base: '/hb/' }).map((finding) => finding.message),
      ['a[href] "/hb/guide/#data-only" points to #data-only, which that page does not have'],
    );
  });

  it('reports a missing page, a missing anchor and a link outside the base, with line and column', () => {
    const outDir = site({
      'index.html': '<p>\n<a href="/hb/nope/">a</a>\n<a href="/hb/guide/#gone">b</a>\n<a href="/guide/">c</a></p>',
      'guide/index.html': '<h2 id="here">Here</h2>',
    });
    const findings = checkLinks({ outDir, base: '/hb/' });
    assert.deepEqual(
      findings.map((finding) => [finding.location.line, finding.message]),
      [
        [2, 'a[href] "/hb/nope/" points to a page or file that does not exist'],
        [3, 'a[href] "/hb/guide/#gone" points to #gone, which that page does not have'],
        [4, 'a[href] "/guide/" points outside the site\'s base path /hb/'],
      ],
    );
  });

  it('points at the Markdown line the author wrote when the source is known', () => {
    const outDir = site({ 'guide/index.html': '<a href="/missing/">m</a>' });
    const findings = checkLinks({
      outDir,
      base: '/',
      sourceOf: (page) =>
        page === '/guide/'
          ? { file: 'site/content/docs/guide.md', text: '---\n---\n\nSee [it](/missing/).\n' }
          : undefined,
    });
    assert.deepEqual(findings[0]?.location, { file: 'site/content/docs/guide.md', line: 4, column: 1 });
  });

  it('points a link inside a diagram at its .puml line, once for all the pages that show it', () => {
    const link = '<svg><a data-source="diagrams/a.puml:7:12" href="/hb/rules/NOPE-001/"><rect/></a></svg>';
    const outDir = site({ 'diagrams/a/index.html': link, 'guide/index.html': `<p>x</p>${link}` });
    const findings = checkLinks({ outDir, base: '/hb/' });
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]?.location, { file: 'diagrams/a.puml', line: 7, column: 12 });
    assert.match(findings[0]?.hint ?? '', /no rule has the ID NOPE-001/);
  });
});
