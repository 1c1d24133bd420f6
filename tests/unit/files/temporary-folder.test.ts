import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeTemporaryFolder } from '../../../scripts/files/temporary-folder.ts';
import { engineRoot } from '../../helpers/build.ts';

/** Runs a script that makes temporary folders, writes a file into each, then ends as `ending` says. */
function foldersLeftBy(ending: string): { folders: string[]; status: number | null; stderr: string } {
  const module = path.join(engineRoot, 'scripts/files/temporary-folder.ts');
  const script = [
    `import { writeFileSync } from 'node:fs';`,
    `import { makeTemporaryFolder } from ${JSON.stringify(module)};`,
    `const kept = makeTemporaryFolder('archbook-test-');`,
    `makeTemporaryFolder('archbook-test-').remove();`,
    `const folders = Array.from({ length: 12 }, () => makeTemporaryFolder('archbook-test-'));`,
    `for (const folder of [kept, ...folders]) writeFileSync(folder.path + '/file.txt', 'x');`,
    `console.log([kept, ...folders].map((folder) => folder.path).join('\\n'));`,
    ending,
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return { folders: result.stdout.trim().split('\n'), status: result.status, stderr: result.stderr };
}

describe('makeTemporaryFolder', () => {
  it('is removed with its files when the process ends, by exit, by an error or by running out of work', () => {
    for (const ending of ['process.exit(3);', "throw new Error('stopped');", '']) {
      const { folders, status, stderr } = foldersLeftBy(ending);
      assert.equal(folders.length, 13, ending);
      assert.notEqual(status, null, ending);
      assert.deepEqual(folders.filter(existsSync), [], `${ending || 'a normal end'} left these`);
      assert.doesNotMatch(stderr, /MaxListenersExceededWarning/);
    }
  });

  it('is removed at once by remove(), and remove() may be called again', () => {
    const folder = makeTemporaryFolder('archbook-test-');
    writeFileSync(path.join(folder.path, 'file.txt'), 'x');
    folder.remove();
    assert.equal(existsSync(folder.path), false);
    folder.remove();
  });
});
