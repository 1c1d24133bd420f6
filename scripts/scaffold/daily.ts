import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArchbookConfig } from '../config/schema.ts';
import { listFiles } from '../files/list-files.ts';
import { docsDir } from '../paths.ts';
import { adrFile, diagramFile, fileSlug, pageFile, ruleBlock, specFile } from './daily-files.ts';
import { writeFile } from './new-handbook.ts';
import { nextRuleId } from './next-rule-id.ts';

/** Where `npm run new -- adr` puts decision records. */
export const decisionsFolder = 'decisions';

/** What a daily `new` command did: the file written and what to tell the user. */
export interface Created {
  readonly file: string;
  readonly message: string;
}

/** Refuses to overwrite: a new file must be new. */
function writeNew(root: string, file: string, text: string): Created {
  if (existsSync(path.join(root, file))) throw new Error(`${file} already exists; choose another name`);
  writeFile(root, file, text);
  return { file, message: `created ${file}` };
}

/** `new page guidelines/caching` → `site/content/docs/guidelines/caching.md`. */
export function newPage(root: string, where: string, title?: string): Created {
  const name = where.replace(/\.mdx?$/, '').replace(/^\/+|\/+$/g, '');
  const fallback = path.posix.basename(name).replace(/[-_]+/g, ' ');
  return writeNew(
    root,
    `${docsDir}/${name}.md`,
    pageFile(title ?? fallback.charAt(0).toUpperCase() + fallback.slice(1)),
  );
}

/** `new diagram payments/flow` → `diagrams/payments/flow.puml`. */
export function newDiagram(root: string, config: ArchbookConfig, where: string): Created {
  const name = where.replace(/\.puml$/, '');
  return writeNew(root, `${config.content.diagrams}/${name}.puml`, diagramFile(path.posix.basename(name)));
}

/** `new spec orders` → `specs/orders.yaml`. */
export function newSpec(root: string, config: ArchbookConfig, name: string): Created {
  return writeNew(root, `${config.content.specs}/${fileSlug(name)}.yaml`, specFile(name));
}

/** `new adr "Use PostgreSQL"` → `site/content/docs/decisions/adr-004-use-postgresql.md`, numbered on. */
export function newAdr(root: string, title: string): Created {
  const folder = `${docsDir}/${decisionsFolder}`;
  const numbers = listFiles(path.join(root, folder)).map((file) => Number(/^adr-(\d+)/.exec(file)?.[1] ?? 0));
  const number = Math.max(0, ...numbers) + 1;
  return writeNew(
    root,
    `${folder}/adr-${String(number).padStart(3, '0')}-${fileSlug(title)}.md`,
    adrFile(number, title),
  );
}

/**
 * `new rule LOG`: the next free ID of the prefix, as a rule block appended to a page, or printed.
 * @param page - a page to append to, relative to the root or to the docs folder
 */
export function newRule(
  root: string,
  config: ArchbookConfig,
  rule: { prefix: string; level: string; statement: string; page?: string | undefined },
): Created & { readonly block: string } {
  const id = nextRuleId(root, rule.prefix, config.rules);
  const block = ruleBlock(id, rule.level, rule.statement);
  if (rule.page === undefined) return { file: '', block, message: `next free ID: ${id}` };
  const file = [rule.page, `${docsDir}/${rule.page}`].find((candidate) => existsSync(path.join(root, candidate)));
  if (file === undefined)
    throw new Error(`${rule.page} does not exist; create it with npm run new -- page <section>/<name>`);
  const text = readFileSync(path.join(root, file), 'utf8');
  appendFileSync(path.join(root, file), `${text.endsWith('\n') ? '' : '\n'}\n${block}`);
  return { file, block, message: `added ${id} to ${file}` };
}
