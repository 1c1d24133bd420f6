// The pages are scanned for rules on another thread while Astro loads (scripts/rules/scan-ahead.ts): the
// rule check then finds every page's answer in the scan cache, as its own scan would have given it.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readMarkdownFiles } from '../../../scripts/content/markdown-files.ts';
import { docsDir, workDir } from '../../../scripts/paths.ts';
import { scanAhead, scannedAhead } from '../../../scripts/rules/scan-ahead.ts';
import { scanPage } from '../../../scripts/rules/scan.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

describe('scanning the pages ahead on another thread', () => {
  const root = temporaryFolder('archbook-scan-ahead-');
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, body: string) => {
    const absolute = path.join(root, docsDir, file);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, `---\ntitle: ${path.basename(file, '.md')}\n---\n\n${body}\n`);
  };

  it("leaves each page's scan in the cache, as the check's own scan gives it", async () => {
    write('logging.md', ':::rule[Log as JSON]{#LOG-001 level=MUST}\nOne object per line.\n:::\n\nSee [[ERR-001]].');
    write('errors/causes.md', ':::rule[Name the cause]{#ERR-001 level=SHOULD}\nSay what failed.\n:::');
    write('broken.md', ':::rule[No level]{#ERR-002}\nA rule without its level.\n:::');
    scanAhead(root);
    await scannedAhead(root);
    const stored = JSON.parse(readFileSync(path.join(root, workDir, 'rule-scan.json'), 'utf8')) as {
      pages: Record<string, { scan: unknown }>;
    };
    const pages = readMarkdownFiles(root, docsDir).files;
    assert.equal(Object.keys(stored.pages).length, 3);
    for (const page of pages)
      assert.deepEqual(stored.pages[page.absolutePath]?.scan, JSON.parse(JSON.stringify(scanPage(page))));
  });

  it('ends, without failing, when the scan cannot be kept, and says why under --verbose', async () => {
    const blocked = path.join(root, 'blocked');
    mkdirSync(path.join(blocked, docsDir), { recursive: true });
    writeFileSync(
      path.join(blocked, docsDir, 'a.md'),
      '---\ntitle: A\n---\n\n:::rule[One]{#ONE-001 level=MAY}\nA.\n:::\n',
    );
    // A file where the cache's folder belongs: the worker's save throws.
    writeFileSync(path.join(blocked, workDir), 'a file, not a folder');
    const said: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    const debug = process.env['DEBUG'];
    process.env['DEBUG'] = 'archbook';
    process.stderr.write = (chunk: string | Uint8Array) => said.push(String(chunk)) > 0;
    try {
      scanAhead(blocked);
      await scannedAhead(blocked);
    } finally {
      process.stderr.write = write;
      if (debug === undefined) delete process.env['DEBUG'];
      else process.env['DEBUG'] = debug;
    }
    assert.match(said.join(''), /the rule scan ahead stopped \(.*\.archbook.*\); the check scans instead/);
  });

  it('ends without an answer, and without failing, where there is nothing to scan', async () => {
    const missing = path.join(root, 'no-such-root');
    scanAhead(missing);
    await scannedAhead(missing);
    assert.equal(existsSync(path.join(missing, workDir)), false);
    await scannedAhead(path.join(root, 'never-started'));
  });
});
