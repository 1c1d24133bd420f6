// The sidebar is made from the content's folders: a new folder shows up by itself, and a page that no
// group shows fails the build with its file and a hint, unless it is marked unlisted.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildFixture, copyFixture } from '../helpers/build.ts';

/** The links of the main sidebar of a built page, with the group labels in between. */
function sidebarOf(html: string): string {
  const start = html.indexOf('aria-label="Main"');
  const nav = html.slice(start, html.indexOf('</sl-sidebar-pane>', start));
  return nav
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('sidebar from content', () => {
  it('shows a page in a new folder under a group named after the folder, after the labelled one', async () => {
    const build = await buildFixture('sidebar');
    assert.equal(build.code, 0, build.output);
    const html = readFileSync(path.join(build.outDir, 'runbooks/incident/index.html'), 'utf8');
    assert.match(html, /<a href="\/runbooks\/incident\/" aria-current="page"/);
    assert.match(
      sidebarOf(html),
      /Start here .*House guidelines .*Naming .*Runbooks Incident response .*Rules Rule index/,
    );
    assert.doesNotMatch(sidebarOf(html), /Diagrams|API|Code reference/);
  });

  it('fails with the file and a hint on a page in no group, and builds once it is marked unlisted', async () => {
    const root = copyFixture('sidebar');
    const config = path.join(root, 'archbook.config.ts');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('};', "  sidebar: { order: ['.', 'guidelines', 'rules'] },\n};"),
    );
    const failed = await buildFixture(root, { reuseRoot: root });
    assert.equal(failed.code, 1);
    assert.match(
      failed.output,
      /site\/content\/docs\/runbooks\/incident\.md:1:1 {2}the page is in no sidebar group: .*add "runbooks" to sidebar\.order.*unlisted: true.*\[PageNotInSidebar\]/,
    );
    const page = path.join(root, 'site/content/docs/runbooks/incident.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('---\n\n', 'unlisted: true\n---\n\n'));
    const built = await buildFixture(root, { reuseRoot: root });
    assert.equal(built.code, 0, built.output);
    const html = readFileSync(path.join(built.outDir, 'runbooks/incident/index.html'), 'utf8');
    assert.doesNotMatch(sidebarOf(html), /Runbooks/);
  });
});
