import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Finding } from '../findings.ts';
import { listFiles } from '../files/list-files.ts';

/** A Markdown page of the docs collection, read once per build. */
export interface MarkdownFile {
  /** Absolute path. */
  readonly absolutePath: string;
  /** Path relative to the content root, for messages. */
  readonly displayPath: string;
  /** Path below the docs folder, with forward slashes. */
  readonly relativePath: string;
  readonly source: string;
  readonly frontmatter: Record<string, unknown>;
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
  const document = parseDocument(match[1] ?? '');
  const error = document.errors[0];
  if (error) {
    const position = error.linePos?.[0];
    findings.push({
      code: 'PageFrontmatterInvalid',
      message: `the frontmatter is not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
      hint: 'fix the YAML between the --- lines; quote values that contain a colon',
      location: { file, line: (position?.line ?? 0) + 1, column: position?.col },
    });
    return {};
  }
  const data: unknown = document.toJS();
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
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
