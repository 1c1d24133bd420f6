// Many small files written several at a time (scripts/files/write-files.ts): every file lands with its
// text, and after a failure no new file is begun.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { listFiles } from '../../../scripts/files/list-files.ts';
import { writeFiles } from '../../../scripts/files/write-files.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

describe('writing many files at once', () => {
  const root = temporaryFolder('archbook-write-files-');
  after(() => rmSync(root, { recursive: true, force: true }));

  it('writes every file, in folders made as needed', async () => {
    const files = Array.from({ length: 100 }, (_, index) => ({
      file: path.join(root, 'all', `R-${index}`, 'index.html'),
      text: () => `page ${index}`,
    }));
    await writeFiles(files);
    assert.equal(listFiles(path.join(root, 'all')).length, 100);
    assert.equal(readFileSync(path.join(root, 'all', 'R-57', 'index.html'), 'utf8'), 'page 57');
  });

  it('rejects with the first failure and begins no file after it', async () => {
    writeFileSync(path.join(root, 'blocker'), 'a file, not a folder');
    let begun = 0;
    const files = Array.from({ length: 200 }, (_, index) => ({
      file: path.join(root, index === 0 ? 'blocker' : 'some', `R-${index}`, 'index.html'),
      text: () => {
        begun += 1;
        return `page ${index}`;
      },
    }));
    await assert.rejects(writeFiles(files), { code: 'ENOTDIR' });
    assert.ok(begun < 199, `${begun} of the 199 writable files were begun`);
    assert.equal(listFiles(path.join(root, 'some')).length, begun);
  });
});
