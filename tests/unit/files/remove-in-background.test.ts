// A swapped-out build output is removed by a process of its own (scripts/files/remove-in-background.ts).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { removeInBackground } from '../../../scripts/files/remove-in-background.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

describe('removing a folder in the background', () => {
  const root = temporaryFolder('archbook-remove-');
  after(() => rmSync(root, { recursive: true, force: true }));

  it('removes the folder and everything in it, and leaves its neighbours', async () => {
    const folder = path.join(root, '.dist-staging-1-previous');
    mkdirSync(path.join(folder, 'guidelines/logging'), { recursive: true });
    writeFileSync(path.join(folder, 'guidelines/logging/index.html'), '<p>old</p>');
    writeFileSync(path.join(root, 'kept.txt'), 'kept');
    removeInBackground(folder);
    for (let waited = 0; existsSync(folder) && waited < 10_000; waited += 50) await setTimeout(50);
    assert.equal(existsSync(folder), false);
    assert.equal(existsSync(path.join(root, 'kept.txt')), true);
  });
});
