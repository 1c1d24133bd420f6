import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/site.ts';
import { builtSite } from './support/site.ts';
import { hasChanged, readPublishedRules } from './support/rules.ts';

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test.describe('the built output', () => {
  test('no root-relative href or src lacks the base path', () => {
    const offenders: string[] = [];
    const files = htmlFiles(builtSite.dir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/\s(?:href|src|action|content)=["']?(\/[^"'\s>]*)/g)) {
        const url = match[1] ?? '';
        if (url.startsWith('//')) continue;
        if (!url.startsWith(builtSite.base)) offenders.push(`${path.relative(builtSite.dir, file)}: ${url}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test('no page loads a script, style, font or image from another host', () => {
    const offenders: string[] = [];
    for (const file of htmlFiles(builtSite.dir)) {
      const html = readFileSync(file, 'utf8');
      const pattern =
        /<(script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)=["']?((?:https?:)?\/\/[^"'\s>]+)/gi;
      for (const match of html.matchAll(pattern)) {
        const tag = match[0];
        if (/^<link\b/i.test(tag) && /\brel=["']?(canonical|alternate|sitemap|me)\b/i.test(tag)) continue;
        offenders.push(`${path.relative(builtSite.dir, file)}: <${match[1]}> ${match[2]}`);
      }
      for (const match of html.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) {
        offenders.push(`${path.relative(builtSite.dir, file)}: url(${match[1]})`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

test.describe('every published rule', () => {
  test('has a unique well-formed ID, a permalink page, and a URL that lands on its anchor', () => {
    const rules = readPublishedRules();
    expect(rules.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    const problems: string[] = [];
    for (const rule of rules) {
      if (!/^[A-Z]{2,6}-[0-9]{3}$/.test(rule.id)) problems.push(`${rule.id}: malformed ID`);
      if (ids.has(rule.id)) problems.push(`${rule.id}: duplicate ID`);
      ids.add(rule.id);
      const permalink = path.join(builtSite.dir, 'rules', rule.id, 'index.html');
      const permalinkHtml = readIfExists(permalink);
      if (permalinkHtml === undefined) {
        problems.push(`${rule.id}: no permalink page`);
        continue;
      }
      const target = new URL(rule.url, 'http://x');
      // An unchanged rule's permalink redirects; a changed one shows its history and links the section.
      const sends = hasChanged(rule)
        ? `href="${target.pathname}${target.hash}"`
        : `url=${target.pathname}${target.hash}"`;
      if (!permalinkHtml.includes(sends)) problems.push(`${rule.id}: permalink does not lead to ${rule.url}`);
      if (target.hash !== `#${rule.id.toLowerCase()}`) problems.push(`${rule.id}: URL anchor is ${target.hash}`);
      const page = path.join(builtSite.dir, target.pathname.slice(builtSite.base.length), 'index.html');
      const pageHtml = readIfExists(page);
      if (pageHtml === undefined) {
        problems.push(`${rule.id}: section page ${target.pathname} missing`);
        continue;
      }
      if (!pageHtml.includes(`id="${rule.id.toLowerCase()}"`))
        problems.push(`${rule.id}: no element with id ${rule.id.toLowerCase()} on ${target.pathname}`);
    }
    expect(problems).toEqual([]);
  });
});
