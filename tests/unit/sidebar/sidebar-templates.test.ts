import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markCurrent, sameShape, templateFrom, type Sidebar } from '../../../scripts/sidebar/sidebar-template.ts';
import { SidebarTemplates } from '../../../scripts/sidebar/sidebar-templates.ts';
import { DeferredSidebars } from '../../../scripts/sidebar/deferred-sidebars.ts';

type SidebarLink = Extract<Sidebar[number], { type: 'link' }>;

const link = (href: string, isCurrent = false): SidebarLink => ({
  type: 'link',
  label: href,
  href,
  isCurrent,
  badge: undefined,
  attrs: {},
});
const group = (label: string, collapsed: boolean, entries: Sidebar): Sidebar[number] => ({
  type: 'group',
  label,
  collapsed,
  badge: undefined,
  entries,
});

/** A sidebar with the page at `current` marked: a collapsed group holding a nested open one. */
function sidebarAt(current: string): Sidebar {
  const at = (href: string) => link(href, href === current);
  return [at('/'), group('Runbooks', true, [at('/runbooks/a/'), group('Queue', false, [at('/runbooks/queue/b/')])])];
}

/** Markup laid out as Starlight's SidebarSublist draws it (classes left out); `currentClass` plays a release that marks the current link differently. */
function draw(sidebar: Sidebar, currentClass = ''): string {
  const holds = (entries: Sidebar): boolean =>
    entries.some((entry) => (entry.type === 'link' ? entry.isCurrent : holds(entry.entries)));
  const items = sidebar.map((entry) =>
    entry.type === 'link'
      ? `<li><a href="${entry.href}"${entry.isCurrent ? ` aria-current="page"${currentClass}` : ''}${Object.entries(
          entry.attrs,
        )
          .map(([name, value]) => ` ${name}="${String(value)}"`)
          .join('')}><span>${entry.label}</span></a></li>`
      : `<li><details${holds(entry.entries) || !entry.collapsed ? ' open' : ''}><summary>${entry.label}</summary>${draw(entry.entries, currentClass)}</details></li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

describe('sidebar templates', () => {
  it('mark a template for any page as Starlight would draw that page', () => {
    const template = templateFrom(sidebarAt('/runbooks/queue/b/'), draw(sidebarAt('/runbooks/queue/b/')));
    assert.ok(template);
    assert.equal(template.html, draw(sidebarAt('none')));
    for (const page of ['/', '/runbooks/a/', '/runbooks/queue/b/', 'unlisted'])
      assert.equal(markCurrent(template, sidebarAt(page)), draw(sidebarAt(page)), page);
  });

  it('refuse markup whose marks are not where Starlight puts them', () => {
    const current = sidebarAt('/runbooks/a/');
    assert.equal(templateFrom(current, draw(sidebarAt('/'))), undefined);
    assert.equal(
      templateFrom(current, draw(current).replace('<details open><summary>Queue', '<details><summary>Queue')),
      undefined,
    );
    assert.equal(templateFrom(current, `${draw(current)}<a href="/extra/">`), undefined);
  });

  it('tell sidebars apart by everything but the current page', () => {
    assert.ok(sameShape(sidebarAt('/'), sidebarAt('/runbooks/a/')));
    const relabelled = sidebarAt('/');
    relabelled[0] = { ...link('/'), label: 'Home' };
    assert.ok(!sameShape(sidebarAt('/'), relabelled));
    const withAttrs = sidebarAt('/');
    withAttrs[0] = { ...link('/'), attrs: { target: '_blank' } };
    assert.ok(!sameShape(sidebarAt('/'), withAttrs));
  });

  it('read a link attribute, a comment or a script that looks like a group as text', () => {
    const titled = (current: string): Sidebar => {
      const sidebar = sidebarAt(current);
      sidebar[0] = { ...link('/', current === '/'), attrs: { title: 'Compare <details> and <summary>' } };
      return sidebar;
    };
    const template = templateFrom(
      titled('/'),
      `<!-- it's a comment --><script>if (a < b) x = '<details';</script>${draw(titled('/'))}`,
    );
    assert.ok(template);
    assert.equal(
      markCurrent(template, titled('/runbooks/a/')),
      `<!-- it's a comment --><script>if (a < b) x = '<details';</script>${draw(titled('/runbooks/a/'))}`,
    );
  });

  it('use a template only for marks a page drawn by Starlight confirmed, and Starlight for a shape one refutes', () => {
    const templates = new SidebarTemplates();
    const drawnByStarlight = (page: string, currentClass = '') => {
      assert.equal(templates.markupFor(sidebarAt(page)), undefined, page);
      templates.learn(sidebarAt(page), draw(sidebarAt(page), currentClass));
    };
    drawnByStarlight('unlisted');
    drawnByStarlight('none');
    assert.equal(templates.markupFor(sidebarAt('other')), draw(sidebarAt('other')));
    drawnByStarlight('/');
    assert.equal(templates.markupFor(sidebarAt('/runbooks/queue/b/')), undefined);
    drawnByStarlight('/runbooks/a/');
    assert.equal(templates.markupFor(sidebarAt('/runbooks/queue/b/')), draw(sidebarAt('/runbooks/queue/b/')));
    const deferred = new DeferredSidebars();
    const placeholder = templates.markupFor(sidebarAt('/'), deferred);
    assert.equal(placeholder, `${deferred.placeholderStart}0-->`);
    assert.equal(deferred.count, 1);
    assert.deepEqual(templates.counts, { fromTemplate: 3, drawn: 4, refused: 0 });

    const refuted = new SidebarTemplates();
    refuted.learn(sidebarAt('/'), draw(sidebarAt('/'), ' class="current"'));
    refuted.learn(sidebarAt('/runbooks/a/'), draw(sidebarAt('/runbooks/a/'), ' class="current"'));
    assert.equal(refuted.markupFor(sidebarAt('/runbooks/queue/b/')), undefined);
    assert.deepEqual(refuted.counts, { fromTemplate: 0, drawn: 2, refused: 2 });
  });
});
