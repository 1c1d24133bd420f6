// Pages are read by several parts of one build (scripts/content/markdown-files.ts); the frontmatter of a block
// seen before is not parsed again, and what each read reports still names its own file and line.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readMarkdownFiles } from '../../../scripts/content/markdown-files.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

describe('reading the docs pages', () => {
  const root = temporaryFolder('archbook-pages-');
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, 'docs', file)), { recursive: true });
    writeFileSync(path.join(root, 'docs', file), text);
  };

  it('reports a bad block at each page that holds it, with its line', () => {
    const bad = '---\ntitle: Logging\nsidebar: [unclosed\n---\n# Body\n';
    write('a.md', bad);
    write('b.md', bad);
    for (let read = 0; read < 2; read++) {
      const { findings } = readMarkdownFiles(root, 'docs');
      assert.deepEqual(
        findings.map((finding) => [finding.code, finding.location.file, finding.location.line]),
        [
          ['PageFrontmatterInvalid', 'docs/a.md', 3],
          ['PageFrontmatterInvalid', 'docs/b.md', 3],
        ],
      );
    }
  });

  it('gives every read the same frontmatter, which no reader can change', () => {
    write('a.md', '---\ntitle: Logging\nsidebar:\n  order: 2\n---\n# Body\n');
    write('b.md', '---\ntitle: Logging\nsidebar:\n  order: 2\n---\n# Other body\n');
    const first = readMarkdownFiles(root, 'docs').files;
    const second = readMarkdownFiles(root, 'docs').files;
    assert.deepEqual(first[0]?.frontmatter, { title: 'Logging', sidebar: { order: 2 } });
    assert.equal(first[0]?.frontmatter, second[1]?.frontmatter);
    const sidebar = first[0]?.frontmatter['sidebar'] as Record<string, unknown>;
    assert.throws(() => {
      sidebar['order'] = 3;
    }, TypeError);
  });

  it('sees an edited block at once', () => {
    write('a.md', '---\ntitle: Renamed\n---\n');
    assert.equal(readMarkdownFiles(root, 'docs').files[0]?.frontmatter['title'], 'Renamed');
  });
});
