import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { emptyTrash, setAside } from '../../../scripts/bench/set-aside.ts';

describe('setting a bench folder aside', () => {
  const scratches: string[] = [];
  const scratch = () => {
    scratches.push(mkdtempSync(path.join(tmpdir(), 'archbook-set-aside-')));
    return scratches.at(-1) ?? '';
  };
  after(() => {
    for (const folder of scratches) rmSync(folder, { recursive: true, force: true });
  });

  it('moves the folder into the trash whole, keeping its files and their inodes, until the trash is emptied', () => {
    const root = scratch();
    const folder = path.join(root, 'bench');
    mkdirSync(path.join(folder, 'handbook'), { recursive: true });
    writeFileSync(path.join(folder, 'handbook', 'page.md'), 'text');
    const inode = statSync(path.join(folder, 'handbook', 'page.md')).ino;
    const trash = path.join(root, 'trash');
    const first = setAside(folder, trash);
    mkdirSync(folder);
    const second = setAside(folder, trash);
    assert.ok(first !== undefined && second !== undefined && first !== second);
    assert.equal(existsSync(folder), false);
    assert.equal(readFileSync(path.join(first, 'handbook', 'page.md'), 'utf8'), 'text');
    assert.equal(statSync(path.join(first, 'handbook', 'page.md')).ino, inode);
    assert.equal(existsSync(second), true);
    emptyTrash(trash);
    assert.equal(existsSync(trash), false);
    assert.equal(existsSync(root), true);
  });

  it('does nothing when there is no folder to set aside', () => {
    const root = scratch();
    assert.equal(setAside(path.join(root, 'missing'), path.join(root, 'trash')), undefined);
    assert.equal(existsSync(path.join(root, 'trash')), false);
  });
});
