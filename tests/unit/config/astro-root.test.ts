import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { astroRootArgs, astroRootFor } from '../../../scripts/astro-root.ts';
import { engineRoot } from '../../../scripts/paths.ts';

describe("Astro's root for a content root", () => {
  it("keeps the engine's root for the engine's own content and its checked-in fixtures", () => {
    assert.equal(astroRootFor(engineRoot), engineRoot);
    assert.equal(astroRootFor(path.join(engineRoot, 'tests/fixtures/minimal')), engineRoot);
  });

  it('gives content elsewhere, or generated under .archbook, a root of its own inside the engine', () => {
    const elsewhere = astroRootFor(path.join(os.tmpdir(), 'team-handbook'));
    const generated = astroRootFor(path.join(engineRoot, '.archbook/e2e-handbook'));
    for (const root of [elsewhere, generated]) {
      assert.equal(path.dirname(root), path.join(engineRoot, '.archbook', 'roots'));
    }
    assert.notEqual(elsewhere, generated);
    assert.equal(astroRootFor(path.join(os.tmpdir(), 'team-handbook')), elsewhere, 'the same content, the same root');
  });

  it("points Astro's --config at the engine's astro.config.mjs, relative to the root as Astro reads it", () => {
    const root = astroRootFor(path.join(os.tmpdir(), 'team-handbook'));
    const [flag, given, configFlag, config] = astroRootArgs(root);
    assert.deepEqual([flag, given, configFlag], ['--root', root, '--config']);
    assert.equal(path.join(root, config ?? ''), path.join(engineRoot, 'astro.config.mjs'));
  });
});
