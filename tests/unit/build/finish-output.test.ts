// Once the Astro process has ended, the build command indexes the output with Pagefind, then writes in the
// sidebars and the rule permalink pages, which the index must not contain (scripts/build/finish-output.ts).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { finishOutput } from '../../../scripts/build/finish-output.ts';
import { formatFinding } from '../../../scripts/findings.ts';
import { checkLinks } from '../../../scripts/links/check-links.ts';
import { filesOnDisk, type OutputFiles } from '../../../scripts/links/output-files.ts';
import { DeferredSidebars } from '../../../scripts/sidebar/deferred-sidebars.ts';
import { handOverSidebars, sidebarsBeside } from '../../../scripts/sidebar/sidebar-handoff.ts';
import { permalinksBeside } from '../../../scripts/rules/permalinks-beside.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const html = '<ul><li><a href="/guide/">Guide</a></li></ul>';
/** Just after the link's `href` attribute, where a page marks its current link. */
const afterHref = html.indexOf('">') + 1;
const template = { html, linkOffsets: [afterHref], groupOffsets: [] };

/** The link check as the build runs it, its findings as lines. */
const linkCheck = (outDir: string) => (files: OutputFiles) =>
  checkLinks({ outDir, base: '/', files }).map((finding) => formatFinding(finding));
const noCheck = () => [];

function page(title: string, sidebar: string, body: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>${sidebar}</nav><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;
}

describe('finishing the output after Astro', () => {
  const root = temporaryFolder('archbook-finish-');
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

    const { said, problems } = await finishOutput(outDir, linkCheck(outDir));

    assert.deepEqual(problems, []);
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
    await assert.rejects(finishOutput(outDir, noCheck), (error: Error) =>
      error.message.startsWith(`${sidebarsBeside(outDir)}: the Astro process left no sidebars here`),
    );
  });

  it('indexes a build that left no sidebar out (ARCHBOOK_SIDEBAR_TEMPLATES=0)', async () => {
    const outDir = path.join(root, '.dist-staging-3');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), page('Home', '<ul></ul>', 'Welcome'));
    handOverSidebars(sidebarsBeside(outDir), new DeferredSidebars());
    assert.match(
      (await finishOutput(outDir, noCheck)).said,
      /^search index of 1 page built by Pagefind in .*; 0 sidebars written in$/,
    );
    assert.equal(existsSync(sidebarsBeside(outDir)), false);
  });

  it('checks the output as it will be while Pagefind indexes it: sidebars written in, permalinks moved in', async () => {
    const outDir = path.join(root, '.dist-staging-4');
    const deferred = new DeferredSidebars();
    const sidebar = '<ul><li><a href="/guide/">Guide</a></li><li><a href="/gone/">Gone</a></li></ul>';
    const offset = sidebar.indexOf('">') + 1;
    const marks = [{ offset, text: ' aria-current="page"' as const }];
    const withGone = { html: sidebar, linkOffsets: [offset], groupOffsets: [] };
    const links = '<a href="/rules/LOG-002/">LOG-002</a> <a href="/rules/LOG-009/">LOG-009</a> <a href="#nope">x</a>';
    mkdirSync(path.join(outDir, 'guide'), { recursive: true });
    writeFileSync(
      path.join(outDir, 'guide/index.html'),
      page('Guide', deferred.placeholder({ template: withGone, marks }), links),
    );
    writeFileSync(
      path.join(outDir, 'index.html'),
      page('Home', deferred.placeholder({ template: withGone, marks: [] }), ''),
    );
    handOverSidebars(sidebarsBeside(outDir), deferred);
    mkdirSync(path.join(permalinksBeside(outDir), 'rules/LOG-002'), { recursive: true });
    writeFileSync(
      path.join(permalinksBeside(outDir), 'rules/LOG-002/index.html'),
      page('LOG-002', '', '<a href="/guide/">back</a>'),
    );

    const { problems } = await finishOutput(outDir, linkCheck(outDir));

    assert.deepEqual(problems, linkCheck(outDir)(filesOnDisk(outDir)), 'the same as checking the finished folder');
    assert.equal(problems.length, 4, problems.join('\n'));
    const gone = problems.filter((line) => line.includes('"/gone/" points to a page or file that does not exist'));
    assert.equal(gone.length, 2, 'the sidebar written into both pages');
    assert.ok(problems.some((line) => line.includes('"/rules/LOG-009/"')));
    assert.ok(problems.some((line) => line.includes('#nope')));
  });

  it('checks a link into the search index once Pagefind has written it', async () => {
    const outDir = path.join(root, '.dist-staging-5');
    mkdirSync(outDir);
    writeFileSync(
      path.join(outDir, 'index.html'),
      page('Home', '', '<a href="/pagefind/pagefind-entry.json">index</a>'),
    );
    handOverSidebars(sidebarsBeside(outDir), new DeferredSidebars());
    const seen: OutputFiles[] = [];
    const { problems } = await finishOutput(outDir, (files) => {
      seen.push(files);
      return linkCheck(outDir)(files);
    });
    assert.deepEqual(problems, []);
    assert.equal(seen.length, 2, 'checked again on the finished folder');
  });
});
