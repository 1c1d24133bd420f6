import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docsDir, workDir } from '../paths.ts';
import { handbookPages, handbookSupport, type HandbookSeed } from './handbook-files.ts';

/**
 * What a team's content is: everything `new handbook` replaces. The engine (scripts/, site/pages,
 * site/components, site/styles, tests/ but tests/content/handbook) stays.
 */
export const contentPaths: readonly string[] = [
  'archbook.config.ts',
  'redocly.yaml',
  docsDir,
  'diagrams',
  'specs',
  'rules',
  // Checks that name this handbook's own pages, diagrams or rules (the generic content check stays).
  'tests/content/handbook',
  // Caches of the old content (rendered diagrams, bundled specs, the code reference) would outlive it.
  workDir,
];

/**
 * Replaces the handbook in a content root with a new, minimal one: a start page, one guideline page with
 * one rule and one diagram, an empty rules lock and retired list, a redocly.yaml with the recommended rules,
 * the code reference off.
 * @param root - the content root (the repository)
 * @returns the files written, relative to the root
 */
export function scaffoldHandbook(root: string, seed: HandbookSeed): string[] {
  for (const entry of contentPaths) rmSync(path.join(root, entry), { recursive: true, force: true });
  const files = { ...handbookPages(seed), ...handbookSupport() };
  for (const [file, text] of Object.entries(files)) writeFile(root, file, text);
  return Object.keys(files).sort();
}

/**
 * Writes a file below the root, creating its folder.
 * @param root - content root
 * @param file - path relative to the root
 */
export function writeFile(root: string, file: string, text: string): void {
  const absolute = path.join(root, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, text);
}
