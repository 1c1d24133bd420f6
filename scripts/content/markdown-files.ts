import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Finding } from '../findings.ts';
import { listFiles } from '../files/list-files.ts';
import { detached } from '../detached-text.ts';

/** A Markdown page of the docs collection, read once per build. */
export interface MarkdownFile {
  /** Absolute path. */
  readonly absolutePath: string;
  /** Path relative to the content root, for messages. */
  readonly displayPath: string;
  /** Path below the docs folder, with forward slashes. */
  readonly relativePath: string;
  readonly source: string;
  readonly frontmatter: Readonly<Record<string, unknown>>;
}

/** The pages read, and what was wrong with any of them. */
export interface MarkdownFiles {
  readonly files: MarkdownFile[];
  readonly findings: Finding[];
}

const markdownExtensions = new Set(['.md', '.mdx']);
const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Lists and reads every Markdown page under the docs folder (files starting with `_` are skipped, as
 * Starlight does). Malformed frontmatter becomes a finding with its line.
 * @param root - content root
 * @param docsDir - docs folder relative to the root
 */
export function readMarkdownFiles(root: string, docsDir: string): MarkdownFiles {
  const base = path.join(root, docsDir);
  const files: MarkdownFile[] = [];
  const findings: Finding[] = [];
  for (const relativePath of listFiles(base)) {
    if (!markdownExtensions.has(path.extname(relativePath))) continue;
    if (path.basename(relativePath).startsWith('_')) continue;
    const absolutePath = path.join(base, relativePath);
    const source = readFileSync(absolutePath, 'utf8');
    const displayPath = path.posix.join(docsDir, relativePath);
    const frontmatter = readFrontmatter(source, displayPath, findings);
    files.push({ absolutePath, displayPath, relativePath, source, frontmatter });
  }
  files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  return { files, findings };
}

/** Replaces the frontmatter block with blank lines, so Markdown parsers keep the file's line numbers. */
export function blankFrontmatter(source: string): string {
  const match = frontmatterPattern.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\n]/g, '') + source.slice(match[0].length);
}

function readFrontmatter(source: string, file: string, findings: Finding[]): Record<string, unknown> {
  const match = frontmatterPattern.exec(source);
  if (!match) {
    findings.push({
      code: 'PageFrontmatterMissing',
      message: 'the page has no frontmatter',
      hint: 'start the file with a --- block holding at least `title:`',
      location: { file, line: 1, column: 1 },
    });
    return {};
  }
  const parsed = parseFrontmatter(detached(match[1] ?? ''));
  if ('error' in parsed) {
    findings.push({
      code: 'PageFrontmatterInvalid',
      message: `the frontmatter is not valid YAML: ${parsed.error}`,
      hint: 'fix the YAML between the --- lines; quote values that contain a colon',
      location: { file, line: parsed.line, column: parsed.column },
    });
    return {};
  }
  const record = parsed.data;
  if (typeof record['title'] !== 'string' || record['title'].trim() === '') {
    findings.push({
      code: 'PageTitleMissing',
      message: 'the frontmatter has no `title`',
      hint: 'add `title: …` to the frontmatter',
      location: { file, line: 2, column: 1 },
    });
  }
  return record;
}

type ParsedFrontmatter =
  | { readonly data: Record<string, unknown> }
  | { readonly error: string; readonly line: number; readonly column: number | undefined };

// The pages are read by several parts of one start (sidebar, rule check, diagrams, links), and again on each
// edit in dev: the YAML of a block seen before is not parsed again. Frozen, as every reader shares it; the
// block is a copy, so what is kept does not hold the page's whole source.
const parsedBlocks = new Map<string, ParsedFrontmatter>();
const parsedBlocksLimit = 20_000;

function parseFrontmatter(block: string): ParsedFrontmatter {
  const known = parsedBlocks.get(block);
  if (known !== undefined) return known;
  if (parsedBlocks.size >= parsedBlocksLimit) parsedBlocks.clear();
  const document = parseDocument(block);
  const error = document.errors[0];
  const data: unknown = error ? undefined : document.toJS();
  const parsed: ParsedFrontmatter = error
    ? {
        error: error.message.split('\n')[0] ?? '',
        line: (error.linePos?.[0]?.line ?? 0) + 1,
        column: error.linePos?.[0]?.col,
      }
    : { data: deepFreeze(typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}) };
  parsedBlocks.set(block, parsed);
  return parsed;
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
