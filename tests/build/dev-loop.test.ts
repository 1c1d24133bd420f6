import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from '@playwright/test';
import { copyFixture } from '../helpers/build.ts';
import { startDevServer, waitForPage, waitUntil, type DevServer } from '../helpers/dev-server.ts';
import { findChromium } from '../e2e/support/find-chromium.ts';

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `${file} does not contain ${String(from)}`);
  writeFileSync(file, next);
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

// One dev server, restarted once first, so that every later step also shows the restart left nothing stale.
describe('npm run dev on a fixture handbook', () => {
  let root: string;
  let dev: DevServer;
  const page = (pathname: string) => `${dev.origin}${pathname}`;

  before(async () => {
    root = copyFixture('dev-loop');
    dev = await startDevServer(root);
  });

  after(async () => {
    await dev.stop();
  });

  it('shows a page edit made after archbook.config.ts changed and the server restarted', async () => {
    await waitForPage(page('/guidelines/logging/'), /Write log records as JSON/);
    edit(path.join(root, 'archbook.config.ts'), "title: 'Dev loop fixture'", "title: 'Renamed fixture'");
    await waitForPage(page('/guidelines/logging/'), /Renamed fixture/, 120_000);
    appendFileSync(path.join(root, 'site/content/docs/guidelines/logging.md'), '\nWritten after the restart.\n');
    await waitForPage(page('/guidelines/logging/'), /Written after the restart\./);
  });

  it('serves the pages of a spec added to the specs folder, without a restart', async () => {
    const restarts = count(dev.output(), 'starting a fresh dev server');
    writeFileSync(
      path.join(root, 'specs/tasks.yaml'),
      readFileSync(path.join(root, 'specs/notes.yaml'), 'utf8')
        .replace('Notes API', 'Tasks API')
        .replaceAll('notes', 'tasks')
        .replace('listNotes', 'listTasks'),
    );
    await waitForPage(page('/api/tasks/'), /Tasks API/);
    await waitForPage(page('/guidelines/logging/'), /href="\/api\/tasks\/"/);
    assert.equal(count(dev.output(), 'starting a fresh dev server'), restarts);
  });

  it('renders an edited spec on its pages without a restart', async () => {
    const restarts = count(dev.output(), 'starting a fresh dev server');
    edit(path.join(root, 'specs/notes.yaml'), 'summary: List the notes', 'summary: List every note we keep');
    await waitForPage(page('/api/notes/operations/listnotes/'), /List every note we keep/);
    assert.equal(count(dev.output(), 'starting a fresh dev server'), restarts);
  });

  it('updates every page that embeds a diagram when a file the diagram includes changes', async () => {
    appendFileSync(path.join(root, 'diagrams/_shared/style.iuml'), 'skinparam backgroundColor #FEDCBA\n');
    for (const pathname of ['/guidelines/logging/', '/guidelines/shipping/', '/diagrams/pipeline/']) {
      await waitForPage(page(pathname), /#FEDCBA/i);
    }
  });

  it('shows a broken rule reference on the page with file:line, prints it once, and clears it once fixed', async () => {
    const file = path.join(root, 'site/content/docs/guidelines/shipping.md');
    const where = 'site/content/docs/guidelines/shipping.md:10:';
    const browser = await chromium.launch({ executablePath: findChromium(process.env), args: ['--no-sandbox'] });
    try {
      const tab = await browser.newPage();
      await tab.goto(page('/guidelines/shipping/'));
      appendFileSync(file, '\nSee [[LOG-009]].\n');
      const banner = tab.locator('#archbook-problems');
      await banner.waitFor({ timeout: 60_000 });
      assert.match(
        await banner.innerText(),
        /shipping\.md:10:\d+ \[\[LOG-009\]\] refers to a rule that does not exist/,
      );
      await waitUntil(
        () => dev.output().includes(where),
        60_000,
        () => dev.output(),
      );
      edit(file, '[[LOG-009]]', '[[LOG-002]]');
      await banner.waitFor({ state: 'detached', timeout: 60_000 });
    } finally {
      await browser.close();
    }
    const printed = dev
      .output()
      .split('\n')
      .filter((line) => line.includes(where));
    assert.equal(printed.length, 1, printed.join('\n'));
    assert.doesNotMatch(dev.output(), /Stack trace|Location:|ancestors:/);
  });

  it('shows a rule statement edited on one page on every page that names the rule, without a restart', async () => {
    const named = /title="LOG-002 \(SHOULD\): Pass arguments to the logger instead of formatting the message"/;
    appendFileSync(path.join(root, 'site/content/docs/guidelines/shipping.md'), '\nLog as [[LOG-002]] says.\n');
    await waitForPage(page('/guidelines/shipping/'), named);
    const statement = 'Pass arguments to the logger, never a formatted message';
    edit(
      path.join(root, 'site/content/docs/guidelines/logging.md'),
      'Pass arguments to the logger instead of formatting the message',
      statement,
    );
    await waitForPage(page('/guidelines/logging/'), new RegExp(statement));
    await waitForPage(page('/guidelines/shipping/'), new RegExp(`title="LOG-002 \\(SHOULD\\): ${statement}"`));
    await waitForPage(page('/rules/'), new RegExp(statement));
  });
});
