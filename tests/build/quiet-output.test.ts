// Quiet by default: on the fixture handbook (an MDX landing page, an API, a diagram), neither a build nor a
// dev server serving pages and unknown addresses prints a warning the author cannot act on; the warnings
// that remain are our findings, each with what to do.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildFixture, copyFixture } from '../helpers/build.ts';
import { startDevServer, waitUntil, type DevServer } from '../helpers/dev-server.ts';

/** Astro's, Starlight's and Vite's messages that the handbook's output leaves out. */
const noise = [
  /route pattern was matched, but no matching static path/,
  /Possible dynamic routes being matched/,
  /Entry docs → 404 was not found/,
  /MODULE_LEVEL_DIRECTIVE/,
  /The collection "i18n" does not exist/,
  /Waiting for integration "archbook/,
  /requires the `site` astro\.config option/,
  /New version of Astro available/,
  /\[vite\] connected\./,
];

function assertQuiet(output: string): void {
  for (const pattern of noise) assert.doesNotMatch(output, pattern, output.slice(-4000));
  const warnings = output.split('\n').filter((line) => /\[WARN\]/.test(line));
  for (const line of warnings) {
    // Our findings: `[archbook…] file:line:col  message  (what to do) [Check]`, or a setting to make.
    assert.match(line, /\[WARN\] \[archbook[^\]]*\] .+ {2}\(.+\)/, `a warning that does not say what to do:\n${line}`);
  }
}

describe('a build of the fixture handbook', () => {
  it('prints no warning the author cannot act on', async () => {
    const build = await buildFixture('handbook');
    assert.equal(build.code, 0, build.output);
    assertQuiet(build.output);
    assert.match(build.output, /\[WARN\] \[archbook\] no sitemap\.xml .*SITE_URL is not set/);
  });

  it('prints no sitemap warning once SITE_URL is set', async () => {
    const build = await buildFixture('handbook', { env: { SITE_URL: 'https://handbook.test' } });
    assert.equal(build.code, 0, build.output);
    assertQuiet(build.output);
    assert.doesNotMatch(build.output, /SITE_URL is not set/);
    assert.match(build.output, /sitemap-index\.xml` created/);
  });
});

describe('the dev server on the fixture handbook', () => {
  let dev: DevServer;

  before(async () => {
    dev = await startDevServer(copyFixture('handbook'));
  });

  after(async () => {
    await dev.stop();
  });

  it('serves pages and unknown addresses without a warning the author cannot act on', async () => {
    const pages = ['/', '/guidelines/services/', '/api/bookshop/', '/diagrams/services/', '/rules/SVC-001/'];
    for (const pathname of pages) assert.equal((await fetch(`${dev.origin}${pathname}`)).status, 200, pathname);
    for (const pathname of ['/nowhere/', '/guidelines/nowhere/']) {
      assert.equal((await fetch(`${dev.origin}${pathname}`)).status, 404, pathname);
    }
    await waitUntil(
      () => dev.output().includes('[404] /guidelines/nowhere/'),
      60_000,
      () => dev.output(),
    );
    assertQuiet(dev.output());
    assert.equal(
      dev
        .output()
        .split('\n')
        .filter((line) => line.includes('/nowhere/')).length,
      2,
      dev.output(),
    );
  });
});
