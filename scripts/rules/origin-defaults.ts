import path from 'node:path';
import type { Scope } from '../config/rule-origins-schema.ts';
import type { MarkdownFile } from '../content/markdown-files.ts';
import type { Finding } from '../findings.ts';
import { parseScope, parseSource, type Parsed, type RuleCatalog } from './origin-values.ts';
import type { RuleSource } from './rule.ts';

/**
 * A default from frontmatter: the value, `invalid` when the page's value was wrong (already reported
 * there), or undefined when no page of the chain sets one.
 */
export type OriginDefault<T> = T | 'invalid' | undefined;

/** The defaults a page's rules get for what they do not say themselves. */
export interface PageDefaults {
  readonly scope: OriginDefault<Scope>;
  readonly source: OriginDefault<RuleSource>;
}

/**
 * Reads the `scope:` and `source:` frontmatter of every page once, reporting wrong values at their line,
 * and gives each page its defaults: its own frontmatter first, then the index page of its folder and of
 * each folder above it, up to (not including) the docs root, whose index is the home page.
 */
export function pageDefaults(
  files: readonly MarkdownFile[],
  catalog: RuleCatalog,
): { defaultsOf(file: MarkdownFile): PageDefaults; findings: Finding[] } {
  const findings: Finding[] = [];
  const own = new Map<string, PageDefaults>();
  for (const file of files) {
    own.set(file.relativePath, {
      scope: readDefault(file, 'scope', (value) => parseScope(value, catalog), findings),
      source: readDefault(file, 'source', (value) => parseSource(value, catalog), findings),
    });
  }
  const defaultsOf = (file: MarkdownFile): PageDefaults => {
    const chain = [own.get(file.relativePath), ...sectionIndexes(file.relativePath).map((index) => own.get(index))];
    return {
      scope: chain.map((entry) => entry?.scope).find((value) => value !== undefined),
      source: chain.map((entry) => entry?.source).find((value) => value !== undefined),
    };
  };
  return { defaultsOf, findings };
}

/** Index pages that give defaults to a page, nearest first: `a/b/x.md` → `a/b/index.*`, `a/index.*`. */
function sectionIndexes(relativePath: string): string[] {
  const indexes: string[] = [];
  for (let folder = path.posix.dirname(relativePath); folder !== '.'; folder = path.posix.dirname(folder)) {
    indexes.push(`${folder}/index.md`, `${folder}/index.mdx`);
  }
  return indexes.filter((index) => index !== relativePath);
}

function readDefault<T>(
  file: MarkdownFile,
  key: string,
  parse: (value: string) => Parsed<T>,
  findings: Finding[],
): OriginDefault<T> {
  const raw = file.frontmatter[key];
  if (raw === undefined || raw === null) return undefined;
  const location = { file: file.displayPath, line: frontmatterLine(file.source, key), column: 1 };
  if (typeof raw !== 'string') {
    findings.push({
      code: key === 'scope' ? 'ScopeUnknown' : 'SourceDocumentUnknown',
      message: `frontmatter \`${key}\` must be one value, not ${Array.isArray(raw) ? 'a list' : typeof raw}`,
      hint: `write one ${key} here; a rule that differs sets its own ${key}= attribute`,
      location,
    });
    return 'invalid';
  }
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  findings.push({ ...parsed.problem, message: `frontmatter: ${parsed.problem.message}`, location });
  return 'invalid';
}

/** The 1-based line of a top-level frontmatter key, or 1 when it cannot be found. */
export function frontmatterLine(source: string, key: string): number {
  const lines = source.split('\n');
  const pattern = new RegExp(`^${key}\\s*:`);
  for (let index = 1; index < lines.length && !/^---\s*$/.test(lines[index] ?? ''); index += 1) {
    if (pattern.test(lines[index] ?? '')) return index + 1;
  }
  return 1;
}
