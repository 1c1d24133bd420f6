import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { builtSite } from './site.ts';
import { readPublishedRules } from './rules.ts';

/** One page of each kind the handbook builds, found in the built output (so any team's content works). */
export interface PageType {
  readonly name: string;
  /** Path below the base, e.g. `guidelines/logging/`. */
  readonly path: string;
}

function firstPageUnder(folder: string): string | undefined {
  const dir = path.join(builtSite.dir, folder);
  if (!existsSync(dir)) return undefined;
  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => path.relative(builtSite.dir, entry.parentPath).split(path.sep).join('/'))
    .filter((page) => page !== folder)
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  return pages[0] === undefined ? undefined : `${pages[0]}/`;
}

/** Landing, guideline, rule index, rule permalink, rule changes, diagram, API reference, TypeDoc and 404 pages. */
export function pageTypes(): PageType[] {
  const rule = readPublishedRules()[0];
  const guideline = rule ? new URL(rule.url, 'http://x').pathname.slice(builtSite.base.length) : undefined;
  const candidates: (PageType | undefined)[] = [
    { name: 'landing', path: '' },
    guideline === undefined ? undefined : { name: 'guideline', path: guideline },
    { name: 'rule index', path: 'rules/' },
    rule ? { name: 'rule permalink', path: `rules/${rule.id}/` } : undefined,
    { name: 'rule changes', path: 'rules/changes/' },
    optional('diagram', firstPageUnder('diagrams')),
    optional('diagram gallery', existsSync(path.join(builtSite.dir, 'diagrams/index.html')) ? 'diagrams/' : undefined),
    optional('API reference', firstPageUnder('api')),
    optional('TypeDoc reference', firstPageUnder('reference')),
    { name: '404', path: '404.html' },
  ];
  return candidates.filter((candidate): candidate is PageType => candidate !== undefined);
}

function optional(name: string, pagePath: string | undefined): PageType | undefined {
  return pagePath === undefined ? undefined : { name, path: pagePath };
}
