// Once the Astro process has ended, the build command indexes the output with Pagefind, then writes in the
// sidebars and the rule permalink pages, which the index must not contain (scripts/build/finish-output.ts).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { finishOutput } from '../../../scripts/build/finish-output.ts';
import { DeferredSidebars } from '../../../scripts/sidebar/deferred-sidebars.ts';
import { handOverSidebars, sidebarsBeside } from '../../../scripts/sidebar/sidebar-handoff.ts';
import { permalinksBeside } from '../../../scripts/rules/permalinks-beside.ts';

const html = '<ul><li><a href="/guide/">Guide</a></li></ul>';
/** Just after the link's `href` attribute, where a page marks its current link. */
const afterHref = html.indexOf('">') + 1;
const template = { html, linkOffsets: [afterHref], groupOffsets: [] };

function page(title: string, sidebar: string, body: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>${sidebar}</nav><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;
}

describe('finishing the output after Astro', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'archbook-finish-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('indexes the pages, then writes in their sidebars and the permalink pages', async () => {
    const outDir = path.join(root, '.dist-staging-1');
    const deferred = new DeferredSidebars();
    const placeholder = deferred.placeholder({
      template,
      marks: [{ offset: afterHref, text: ' aria-current="page"' }],
    });
    mkdirSync(path.join(outDir, 'guide'), { recursive: true });
    writeFileSync(path.join(outDir, 'guide/index.html'), page('Guide', placeholder, 'Idempotent consumers'));
    mkdirSync(path.join(outDir, 'rules'));
    writeFileSync(path.join(outDir, 'rules/index.html'), page('Rules', '', 'Every rule'));
    handOverSidebars(sidebarsBeside(outDir), deferred);
    mkdirSync(path.join(permalinksBeside(outDir), 'rules/LOG-002'), { recursive: true });
    writeFileSync(path.join(permalinksBeside(outDir), 'rules/LOG-002/index.html'), page('LOG-002', '', 'Permalink'));

    const said = await finishOutput(outDir);

    assert.match(said, /^search index of 2 pages built by Pagefind in \d+\.\d\d s; 1 sidebar written in$/);
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    assert.equal(entry.languages['en']?.page_count, 2, 'the permalink page is not indexed');
    assert.match(
      readFileSync(path.join(outDir, 'guide/index.html'), 'utf8'),
      /<nav><ul><li><a href="\/guide\/" aria-current="page">Guide<\/a><\/li><\/ul><\/nav>/,
    );
    assert.match(readFileSync(path.join(outDir, 'rules/LOG-002/index.html'), 'utf8'), /Permalink/);
    assert.ok(existsSync(path.join(outDir, 'rules/index.html')));
    assert.equal(existsSync(permalinksBeside(outDir)), false);
    assert.equal(existsSync(sidebarsBeside(outDir)), false);
  });

  it('fails, naming the file, when the Astro process handed over no sidebars', async () => {
    const outDir = path.join(root, '.dist-staging-2');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), page('Home', '', 'Welcome'));
    await assert.rejects(finishOutput(outDir), (error: Error) =>
      error.message.startsWith(`${sidebarsBeside(outDir)}: the Astro process left no sidebars here`),
    );
  });

  it('indexes a build that left no sidebar out (ARCHBOOK_SIDEBAR_TEMPLATES=0)', async () => {
    const outDir = path.join(root, '.dist-staging-3');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), page('Home', '<ul></ul>', 'Welcome'));
    handOverSidebars(sidebarsBeside(outDir), new DeferredSidebars());
    assert.match(await finishOutput(outDir), /^search index of 1 page built by Pagefind in .*; 0 sidebars written in$/);
    assert.equal(existsSync(sidebarsBeside(outDir)), false);
  });
});
