import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { removeStaleReference } from '../../../scripts/typedoc/stale-output.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

/** A git repository with a `reference/` docs folder, ignored by .gitignore or not. */
function repository(ignored: boolean): string {
  const root = temporaryFolder('archbook-stale-');
  spawnSync('git', ['init', '-q', root]);
  mkdirSync(path.join(root, 'site/content/docs/reference'), { recursive: true });
  writeFileSync(path.join(root, 'site/content/docs/reference/index.md'), '---\ntitle: Reference\n---\n');
  if (ignored) writeFileSync(path.join(root, '.gitignore'), 'site/content/docs/reference/\n');
  return root;
}

describe('code reference pages left by an earlier build', () => {
  it('are removed once the reference is off, when git ignores them as generated', () => {
    const root = repository(true);
    assert.equal(removeStaleReference(root), true);
    assert.equal(existsSync(path.join(root, 'site/content/docs/reference')), false);
  });

  it("are the team's content when git tracks them, and stay", () => {
    const root = repository(false);
    assert.equal(removeStaleReference(root), false);
    assert.ok(existsSync(path.join(root, 'site/content/docs/reference/index.md')));
  });
});
