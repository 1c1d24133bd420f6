import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { MarkdownFile } from '../../../scripts/content/markdown-files.ts';
import { scanPage } from '../../../scripts/rules/scan.ts';
import { scanCacheAt } from '../../../scripts/rules/scan-cache.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

function page(name: string, body: string): MarkdownFile {
  return {
    absolutePath: `/content/site/content/docs/${name}.md`,
    displayPath: `site/content/docs/${name}.md`,
    relativePath: `${name}.md`,
    source: `---\ntitle: ${name}\n---\n\n${body}\n`,
    frontmatter: { title: name },
  };
}

const logging = page(
  'logging',
  ':::rule[Log as JSON]{#LOG-001 level=MUST}\nOne object per line.\n:::\n\nSee [[LOG-001]].',
);
const errors = page('errors', ':::rule[Name the cause]{#ERR-001 level=SHOULD}\nSay what failed.\n:::');

interface Stored {
  pages: Record<string, { key: string; scan: { rules: { rule: { title: string } }[] } }>;
}

describe('scanCacheAt', () => {
  it('answers as scanPage does, and a second process reuses the answers of pages whose text is unchanged', () => {
    const file = path.join(temporaryFolder('archbook-scan-cache-'), 'rule-scan.json');
    const first = scanCacheAt(file);
    assert.deepEqual(first.scan(logging), JSON.parse(JSON.stringify(scanPage(logging))));
    first.scan(errors);
    first.save();
    // Mark a stored answer: only an answer read back from the file carries the mark.
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    const entry = stored.pages[logging.absolutePath];
    assert.ok(entry?.scan.rules[0]);
    entry.scan.rules[0].rule.title = 'read from the cache';
    writeFileSync(file, JSON.stringify(stored));

    const second = scanCacheAt(file);
    assert.equal(second.scan(logging).rules[0]?.rule.title, 'read from the cache');
    const edited = { ...errors, source: errors.source.replace('Name the cause', 'Name the root cause') };
    assert.equal(second.scan(edited).rules[0]?.rule.title, 'Name the root cause', 'an edited page is scanned again');
    second.save();
    assert.deepEqual(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as Stored).pages).sort(), [
      errors.absolutePath,
      logging.absolutePath,
    ]);

    const third = scanCacheAt(file);
    third.scan(edited);
    third.save();
    assert.deepEqual(
      Object.keys((JSON.parse(readFileSync(file, 'utf8')) as Stored).pages),
      [errors.absolutePath],
      'a page not read in a run (deleted) drops out of the file',
    );
  });
});
