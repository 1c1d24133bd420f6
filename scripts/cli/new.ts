#!/usr/bin/env node
// `npm run new -- <what>`: scaffolds a new handbook in place of the current content, or one page, rule,
// diagram, spec or decision record for daily work. See README "Adopting archbook".
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { loadArchbookConfig } from '../config/load.ts';
import { contentRoot } from '../paths.ts';
import { newAdr, newDiagram, newPage, newRule, newSpec } from '../scaffold/daily.ts';
import { contentPaths, scaffoldHandbook } from '../scaffold/new-handbook.ts';
import { runCommand, UsageError } from './arguments.ts';

const usage = `npm run new -- handbook [--title "<title>"] [--yes]
       npm run new -- page <section>/<name> [--title "<title>"]
       npm run new -- rule <PREFIX> [--page <file>] [--level MUST|SHOULD|MAY] [--title "<statement>"]
       npm run new -- diagram <path>   |   spec <name>   |   adr "<title>"`;

await runCommand('archbook new', async () => {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        page: { type: 'string' },
        level: { type: 'string' },
        yes: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error), usage);
  }
  const [what, name, ...rest] = parsed.positionals;
  const { title, page, level = 'SHOULD', yes = false } = parsed.values;
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest.join(' ')}"`, usage);
  if (what === 'handbook') return newHandbook(title ?? 'Architecture Handbook', yes);
  if (name === undefined) throw new UsageError(`say what to create${what ? ` for "${what}"` : ''}`, usage);
  const config = await loadArchbookConfig(contentRoot);
  if (what === 'page') return report(newPage(contentRoot, name, title));
  if (what === 'diagram') return report(newDiagram(contentRoot, config, name));
  if (what === 'spec') return report(newSpec(contentRoot, config, name));
  if (what === 'adr') return report(newAdr(contentRoot, name));
  if (what === 'rule') {
    if (!/^[A-Z]{2,6}$/.test(name))
      throw new UsageError(`a rule prefix is 2 to 6 capital letters, got "${name}"`, usage);
    if (!['MUST', 'SHOULD', 'MAY'].includes(level)) throw new UsageError(`--level is MUST, SHOULD or MAY`, usage);
    const created = newRule(contentRoot, config, {
      prefix: name,
      level,
      statement: title ?? 'State the rule in one sentence',
      page,
    });
    if (page === undefined) process.stdout.write(created.block);
    return report(created);
  }
  throw new UsageError(`unknown kind "${what ?? ''}"`, usage);
});

function report(created: { message: string }): number {
  process.stderr.write(`archbook: ${created.message}\n`);
  return 0;
}

async function newHandbook(title: string, yes: boolean): Promise<number> {
  if (!yes) {
    if (!process.stdin.isTTY)
      throw new UsageError('new handbook replaces the current content; add --yes to confirm', usage);
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await prompt.question(
      `This deletes ${contentPaths.join(', ')} and writes a new handbook. Continue? [y/N] `,
    );
    prompt.close();
    if (!/^y(es)?$/i.test(answer.trim())) return 1;
  }
  const files = scaffoldHandbook(contentRoot, { title });
  process.stdout.write(
    `archbook: a new handbook "${title}":\n${files.map((file) => `  ${file}`).join('\n')}\nNext: npm start\n`,
  );
  return 0;
}
