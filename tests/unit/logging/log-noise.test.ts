import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AstroLoggerMessage } from 'astro';
import { createReloadRepeatFilter, quietMessage } from '../../../scripts/logging/log-noise.ts';

function message(label: string | null, text: string, level: AstroLoggerMessage['level'] = 'warn'): AstroLoggerMessage {
  return { label, level, message: text, newLine: true };
}

describe('log noise', () => {
  it('drops what the author cannot act on', () => {
    const dropped = [
      message(
        'router',
        'A `getStaticPaths()` route pattern was matched, but no matching static path was found for requested path `/x/`.\n\nPossible dynamic routes being matched: node_modules/@astrojs/starlight/dist/routes/static/index.astro.',
      ),
      message('content', 'Entry docs → 404 was not found.'),
      message(
        'vite',
        '\u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "index.mdx" may not be preserved when bundling.',
      ),
      message('vite', 'connected.', 'info'),
      message('build', 'Waiting for integration "archbook:diagrams", hook "astro:config:setup"...', 'info'),
      message(null, 'YAMLException: bad indentation of a mapping entry (3:17)\n\n 3 | description: How: log.', 'error'),
    ];
    for (const event of dropped) assert.equal(quietMessage(event), undefined, event.message);
  });

  it('keeps messages that only look alike: another label, another page, another directive', () => {
    const kept = [
      message('content', 'Entry docs → guidelines/logging was not found.'),
      message('vite', '[MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use client" in "a.ts"'),
      message('router', 'Some other routing warning'),
      message('build', 'Waiting for integration "@astrojs/mdx", hook "astro:config:setup"...', 'info'),
      message('archbook', 'YAMLException: reported under our own label stays', 'error'),
    ];
    for (const event of kept) assert.deepEqual(quietMessage(event), event);
  });

  it('says what to set when the sitemap is skipped', () => {
    const event = message(
      '@astrojs/sitemap',
      'The Sitemap integration requires the `site` astro.config option. Skipping.',
    );
    const quiet = quietMessage(event);
    assert.equal(quiet?.label, 'archbook');
    assert.equal(quiet?.level, 'warn');
    assert.match(quiet?.message ?? '', /SITE_URL is not set {2}\(set it to .*SITE_URL=https:\/\/acme\.github\.io/);
  });

  it('drops the stack-traced repeat of a page the content loader failed to reload, and only that', () => {
    const isRepeat = createReloadRepeatFilter();
    const reason = 'bad indentation of a mapping entry';
    const stacked = `${reason}\n  Stack trace:\n    at /handbook/site/content/docs/guidelines/logging.ts:2:16`;
    assert.equal(isRepeat(message(null, stacked, 'error')), false, 'no reload failure announced yet');
    assert.equal(isRepeat(message('glob-loader', `Failed to reload guidelines/logging.md: ${reason}`, 'error')), false);
    assert.equal(isRepeat(message(null, 'another error\n  Stack trace:\n    at x.ts:1:1', 'error')), false);
    assert.equal(isRepeat(message(null, stacked, 'error')), true);
    assert.equal(isRepeat(message(null, stacked, 'error')), false, 'once per failure');
  });

  it("drops a stack trace into a broken Markdown page in either order with the loader's line", () => {
    const isRepeat = createReloadRepeatFilter();
    const reason = 'bad indentation of a mapping entry';
    // A page requested while logging.md is broken, before the loader reloaded it (seen under load).
    const early = `${reason}\n  Stack trace:\n    at /handbook/site/content/docs/guidelines/logging.md?astroPropagatedAssets:2:16\n    [...] See full stack trace in the browser, or rerun with --verbose.`;
    assert.equal(isRepeat(message(null, early, 'error')), true);
    assert.equal(isRepeat(message('glob-loader', `Failed to reload guidelines/logging.md: ${reason}`, 'error')), false);
    assert.equal(
      isRepeat(
        message(
          null,
          `${reason}\n  Stack trace:\n    at /handbook/site/content/docs/guidelines/logging.md:2:16`,
          'error',
        ),
      ),
      true,
    );
    assert.equal(
      isRepeat(message(null, 'TypeError: x\n  Stack trace:\n    at /engine/scripts/rules/check.ts:3:1', 'error')),
      false,
    );
    assert.equal(isRepeat(message('vite', early, 'error')), false, 'only unlabelled messages');
  });
});
