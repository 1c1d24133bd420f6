// The link check reads the sidebar of a large handbook once, not once per page (scripts/links/repeated-block.ts):
// a broken sidebar link is still found, and a page's own links are all still checked.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkLinks } from '../../../scripts/links/check-links.ts';
import { findSidebar, readBuiltPage } from '../../../scripts/links/repeated-block.ts';
import { readHtmlPage } from '../../../scripts/links/html-page.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const sidebar = (current: string) =>
  `<sl-sidebar-state-persist data-hash="h1"><ul>` +
  ['/a/', '/b/', '/missing/']
    .map((href) => `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>x</a></li>`)
    .join('') +
  `<details open><summary>g</summary></details></ul></sl-sidebar-state-persist>`;
const page = (self: string, body: string) => `<html><body>${sidebar(self)}<main>${body}</main></body></html>`;

describe('a sidebar repeated on every page', () => {
  const outDir = temporaryFolder('archbook-sidebar-');
  after(() => rmSync(outDir, { recursive: true, force: true }));
  const write = (dir: string, html: string) => {
    mkdirSync(path.join(outDir, dir), { recursive: true });
    writeFileSync(path.join(outDir, dir, 'index.html'), html);
  };

  it('is keyed the same on two pages whatever link is current', () => {
    assert.equal(findSidebar(page('/a/', ''))?.key, findSidebar(page('/b/', ''))?.key);
    const plain = (html: string) => html.replace(' data-hash="h1"', '');
    assert.equal(findSidebar(plain(page('/a/', '')))?.key, findSidebar(plain(page('/b/', '')))?.key);
  });

  it('has its broken link reported once, and each page’s own links checked', () => {
    write('a', page('/a/', '<a href="/b/#nowhere">b</a>'));
    write('b', page('/b/', '<a href="/gone/">gone</a><h2 id="here">h</h2>'));
    const messages = checkLinks({ outDir, base: '/' }).map((finding) => `${finding.location.file} ${finding.message}`);
    assert.deepEqual(messages.sort(), [
      'dist/a/index.html a[href] "/b/#nowhere" points to #nowhere, which that page does not have',
      'dist/a/index.html a[href] "/missing/" points to a page or file that does not exist',
      'dist/b/index.html a[href] "/gone/" points to a page or file that does not exist',
    ]);
  });

  for (const [name, newline] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`is left undecoded on a later page, every line and column after it where the file has them (${name})`, () => {
      // Cyrillic labels (two bytes a letter) over several lines, and the page's own link on the sidebar's last line.
      const multiline = (self: string) =>
        `<html>${newline}<body>${sidebar(self).replaceAll('<li>', `${newline}<li>`).replaceAll('>x<', '>Журнал<')}` +
        `<a href="/own/">свой</a>${newline}<main>${newline}<a href="/b/#там">b</a></main></body></html>`;
      const seen = new Set<string>();
      const first = readBuiltPage(Buffer.from(multiline('/a/')), seen);
      assert.equal(first.skip, undefined);
      const text = multiline('/b/');
      const later = readBuiltPage(Buffer.from(text), seen);
      assert.ok(!later.html.includes('href="/a/"'), 'the sidebar was decoded');
      assert.ok(later.html.length < text.length);
      const whole = readHtmlPage(text).links.filter((link) => !['/a/', '/b/', '/missing/'].includes(link.url));
      assert.deepEqual(readHtmlPage(later.html, later.skip).links, whole);
      assert.deepEqual(
        whole.map((link) => [link.url, link.line]),
        [
          ['/own/', 5],
          ['/b/#там', 7],
        ],
      );
    });
  }
});
