// Starlight's search index is built by the build command, not in Starlight's astro:build:done hook
// (scripts/integration/starlight-search.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import starlight from '@astrojs/starlight';
import { searchIndexedByArchbook } from '../../../scripts/integration/starlight-search.ts';

describe('Starlight without its own search indexing', () => {
  it("keeps every hook of Starlight's but astro:build:done", () => {
    const original = starlight({ title: 'Search', pagefind: true });
    const changed = searchIndexedByArchbook(original);
    assert.equal(changed.name, original.name);
    assert.equal(changed.hooks['astro:build:done'], undefined);
    const kept = Object.keys(original.hooks).filter((hook) => hook !== 'astro:build:done');
    assert.ok(kept.includes('astro:config:setup'));
    assert.deepEqual(Object.keys(changed.hooks), kept);
    for (const hook of kept) assert.equal(changed.hooks[hook], original.hooks[hook]);
  });

  it("is Starlight's hook as this engine knows it: nothing but Pagefind, which the build command runs", () => {
    // A Starlight release that does more when the build is done fails here: move that work, or keep the hook.
    const hook = starlight({ title: 'Search' }).hooks['astro:build:done'];
    assert.match(
      String(hook),
      /^async \(options\) => \{\s*if \(!userConfig\.pagefind\) return;\s*return starlightPagefind\(options\);\s*\}$/,
    );
  });

  it('refuses a Starlight with no astro:build:done hook, which would index somewhere else', () => {
    assert.throws(
      () => searchIndexedByArchbook({ name: '@astrojs/starlight', hooks: {} }),
      /@astrojs\/starlight has no astro:build:done hook: check where this release runs Pagefind/,
    );
  });
});
