// The content check: runs on whatever handbook this repository holds (built by `npm test` into
// CONTENT_DIST, served under CONTENT_BASE), not on a fixture. The build itself has already stopped on a
// broken link, rule reference, diagram or spec; this checks what a reader must be able to reach.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { normaliseBase } from '../../scripts/config/hosting.ts';
import { readMarkdownFiles } from '../../scripts/content/markdown-files.ts';
import { pagePath } from '../../scripts/content/slug.ts';
import { contentRoot, docsDir } from '../../scripts/paths.ts';
import { slugOf } from '../../scripts/sidebar/section-items.ts';
import { isUnlisted } from '../../scripts/sidebar/unlisted.ts';

const dist = path.resolve(contentRoot, process.env['CONTENT_DIST'] ?? 'dist');
const base = normaliseBase(process.env['CONTENT_BASE']);
const pages = readMarkdownFiles(contentRoot, docsDir).files;

/** The built HTML of a path below the base. */
function builtPage(urlPath: string): string | undefined {
  const file = path.join(dist, urlPath.slice(base.length), 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Every link of the main sidebar, as the built pages show it. */
function sidebarLinks(html: string): Set<string> {
  const start = html.indexOf('aria-label="Main"');
  const nav = html.slice(start, html.indexOf('</sl-sidebar-pane>', start));
  return new Set([...nav.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1] ?? ''));
}

describe('the handbook in this repository', () => {
  it('is built, with its pages and rules.json', () => {
    assert.ok(existsSync(path.join(dist, 'index.html')), `no build in ${dist}; run npm run build first`);
    assert.ok(existsSync(path.join(dist, 'rules.json')));
    assert.ok(pages.length > 0, `no pages in ${docsDir}`);
  });

  it('shows every page in the sidebar, unless the page is marked unlisted', () => {
    const withSidebar = pages
      .map((page) => builtPage(pagePath(base, slugOf(page))))
      .find((html) => html?.includes('aria-label="Main"'));
    assert.ok(withSidebar, 'no built page has a sidebar');
    const links = sidebarLinks(withSidebar);
    const missing = pages
      .filter((page) => !isUnlisted(page) && !links.has(pagePath(base, slugOf(page))))
      .map((page) => page.displayPath);
    assert.deepEqual(missing, []);
  });

  it('makes every rule reachable: a permalink page, and its anchor on the page it is defined in', () => {
    const rules = (
      JSON.parse(readFileSync(path.join(dist, 'rules.json'), 'utf8')) as { rules: { id: string; url: string }[] }
    ).rules;
    const problems: string[] = [];
    for (const rule of rules) {
      if (!existsSync(path.join(dist, 'rules', rule.id, 'index.html'))) problems.push(`${rule.id}: no permalink page`);
      const target = new URL(rule.url, 'http://localhost');
      const html = builtPage(target.pathname);
      if (html === undefined) problems.push(`${rule.id}: ${target.pathname} was not built`);
      else if (!html.includes(`id="${target.hash.slice(1)}"`))
        problems.push(`${rule.id}: no ${target.hash} on ${target.pathname}`);
    }
    assert.deepEqual(problems, []);
  });
});
