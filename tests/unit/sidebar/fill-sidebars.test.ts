// Sidebars left out of a build's pages are written into them after Pagefind (scripts/sidebar/fill-sidebars.ts),
// by the build command, from what the Astro process handed over (scripts/sidebar/sidebar-handoff.ts).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DeferredSidebars } from '../../../scripts/sidebar/deferred-sidebars.ts';
import { planSidebarFill } from '../../../scripts/sidebar/fill-sidebars.ts';

/** Plans the fill and writes it, as the build command does once Pagefind is done. */
const fillSidebars = async (outDir: string, deferred: Parameters<typeof planSidebarFill>[1]) =>
  await planSidebarFill(outDir, deferred).write();
import { handOverSidebars, sidebarsBeside, takeOverSidebars } from '../../../scripts/sidebar/sidebar-handoff.ts';
import { markCurrent, marksFor, templateFrom, type Sidebar } from '../../../scripts/sidebar/sidebar-template.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const link = (href: string, label: string, current: string): Sidebar[number] => ({
  type: 'link',
  label,
  href,
  isCurrent: href === current,
  badge: undefined,
  attrs: {},
});
/** Labels outside ASCII before the marks, so that characters and bytes part ways. */
const sidebarAt = (current: string): Sidebar => [
  link('/', 'Главная', current),
  { type: 'group', label: 'Руководства', collapsed: true, badge: undefined, entries: [link('/a/', 'Логи', current)] },
];
const drawn =
  '<ul><li><a href="/"><span>Главная</span></a></li><li><details><summary>Руководства</summary>' +
  '<ul><li><a href="/a/"><span>Логи</span></a></li></ul></details></li></ul>';

describe('filling in left-out sidebars', () => {
  const root = temporaryFolder('archbook-fill-sidebars-');
  after(() => rmSync(root, { recursive: true, force: true }));
  const template = templateFrom(sidebarAt('none'), drawn);
  assert.ok(template);
  const draw = (sidebar: Sidebar): string => markCurrent(template, sidebar);

  /** A page's own text that looks like a placeholder: Astro does not escape `<` in attribute values. */
  const forged = '<meta name="description" content="How a build marks a page: <!--archbook-sidebar 1-->">';

  it('writes each page its sidebar with its own marks, where its placeholder was', async () => {
    const deferred = new DeferredSidebars();
    for (const page of ['/', '/a/']) {
      const placeholder = deferred.placeholder({ template, marks: marksFor(template, sidebarAt(page)) });
      mkdirSync(path.join(root, 'out', page), { recursive: true });
      writeFileSync(
        path.join(root, 'out', page, 'index.html'),
        `${forged}<nav>${placeholder}</nav><main>Текст ${page}</main>`,
      );
    }
    writeFileSync(path.join(root, 'out', '404.html'), '<main>no sidebar here</main>');
    assert.equal(await fillSidebars(path.join(root, 'out'), deferred), 2);
    for (const page of ['/', '/a/'])
      assert.equal(
        readFileSync(path.join(root, 'out', page, 'index.html'), 'utf8'),
        `${forged}<nav>${draw(sidebarAt(page))}</nav><main>Текст ${page}</main>`,
      );
    assert.match(
      readFileSync(path.join(root, 'out/a/index.html'), 'utf8'),
      /<details open>.*aria-current="page"><span>Логи/,
    );
    assert.equal(readFileSync(path.join(root, 'out', '404.html'), 'utf8'), '<main>no sidebar here</main>');
  });

  it('writes the same sidebars from what another process handed over, and takes the file away', async () => {
    const deferred = new DeferredSidebars();
    const other = templateFrom(sidebarAt('none'), drawn.replace('<ul>', '<ul class="other">'));
    assert.ok(other);
    const pages = [
      { page: 'a', template, current: '/a/' },
      { page: 'b', template: other, current: '/' },
      { page: 'c', template, current: '/' },
    ];
    for (const { page, template: drawnFrom, current } of pages) {
      const placeholder = deferred.placeholder({ template: drawnFrom, marks: marksFor(drawnFrom, sidebarAt(current)) });
      mkdirSync(path.join(root, 'handed', page), { recursive: true });
      writeFileSync(path.join(root, 'handed', page, 'index.html'), `<nav>${placeholder}</nav>`);
    }
    const outDir = path.join(root, 'handed');
    handOverSidebars(sidebarsBeside(outDir), deferred);
    const taken = takeOverSidebars(sidebarsBeside(outDir));
    assert.equal(existsSync(sidebarsBeside(outDir)), false);
    assert.equal(taken.placeholderStart, deferred.placeholderStart);
    assert.equal(taken.page(0)?.template, taken.page(2)?.template, 'a template shared by pages stays one');
    assert.equal(await fillSidebars(outDir, taken), 3);
    for (const { page, template: drawnFrom, current } of pages)
      assert.equal(
        readFileSync(path.join(outDir, page, 'index.html'), 'utf8'),
        `<nav>${markCurrent(drawnFrom, sidebarAt(current))}</nav>`,
      );
  });

  it('fails when the handed-over sidebars name a template they do not hold', () => {
    const file = path.join(root, 'broken.sidebars.json');
    writeFileSync(
      file,
      JSON.stringify({ placeholderStart: '<!--x ', templates: [], pages: [{ template: 0, marks: [] }] }),
    );
    assert.throws(() => takeOverSidebars(file), /a page names sidebar template 0, which it does not hold/);
  });

  it('fails when two pages name the same left-out sidebar', async () => {
    const deferred = new DeferredSidebars();
    const placeholder = deferred.placeholder({ template, marks: [] });
    deferred.placeholder({ template, marks: [] });
    for (const page of ['a', 'b']) {
      mkdirSync(path.join(root, 'twice', page), { recursive: true });
      writeFileSync(path.join(root, 'twice', page, 'index.html'), `<nav>${placeholder}</nav>`);
    }
    await assert.rejects(fillSidebars(path.join(root, 'twice'), deferred), /pages naming one in .*: 2, 1 different/);
  });

  it('fails when a left-out sidebar has no page to go into', async () => {
    const deferred = new DeferredSidebars();
    deferred.placeholder({ template, marks: [] });
    mkdirSync(path.join(root, 'empty'));
    await assert.rejects(
      fillSidebars(path.join(root, 'empty'), deferred),
      /sidebars left out of the pages: 1; pages naming one in .*: 0, 0 different/,
    );
  });
});
