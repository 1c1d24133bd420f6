import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentRoot, relativeToRoot } from '../paths.ts';
import type { Finding } from '../findings.ts';
import { devProblems } from './problems.ts';

type Transformer = (tree: Root, file: VFile) => void | Promise<void>;

/** A fatal message of a remark plugin (`file.fail`): a VFileMessage, recognised by its fields. */
interface FailMessage {
  readonly reason: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly ruleId?: string | undefined;
}

function isFailMessage(error: unknown): error is FailMessage {
  return typeof error === 'object' && error !== null && typeof (error as { reason?: unknown }).reason === 'string';
}

/**
 * A remark plugin that, in the dev server, reports the problem it fails a page with on the page banner and
 * in the terminal (once), with the line counted from the top of the file, and lets the page render; the
 * problem goes when the page renders cleanly. In a build (no dev problem list) it fails as before.
 * @param name - the check's name, shown with the finding (`diagram`)
 * @param checkedElsewhere - true when another dev check reports the same problems better (the rule check
 *   reports rule and reference errors with their column, hint and suggestion): the failure is then only
 *   kept from stopping the page
 */
export function reportingInDev<Options>(
  plugin: (options: Options) => Transformer,
  name: string,
  checkedElsewhere = false,
): (options: Options) => Transformer {
  return (options) => {
    const transform = plugin(options);
    return async (tree, file) => {
      const scope = `${name}:${file.path}`;
      try {
        await transform(tree, file);
        devProblems()?.report('pages', [], scope);
      } catch (error) {
        const problems = devProblems();
        if (problems === undefined || !isFailMessage(error) || !file.path) throw error;
        if (!checkedElsewhere) problems.report('pages', [pageFinding(error, file, name)], scope);
      }
    };
  };
}

function pageFinding(message: FailMessage, file: VFile, name: string): Finding {
  const offset = frontmatterLines(file);
  const location = {
    file: relativeToRoot(contentRoot, file.path),
    line: message.line === undefined ? undefined : message.line + offset,
    column: message.column,
  };
  const [text, hint = 'fix the page and save it'] = message.reason.split(/ {2}\((.*)\)$/);
  return { code: message.ruleId ?? name, message: text ?? message.reason, hint, location };
}

/** Lines above the text remark saw: Astro hands it the page without its frontmatter. */
function frontmatterLines(file: VFile): number {
  try {
    const source = readFileSync(file.path, 'utf8');
    const body = String(file.value);
    const at = source.endsWith(body) ? source.length - body.length : source.indexOf(body);
    return at <= 0 ? 0 : source.slice(0, at).split('\n').length - 1;
  } catch {
    return 0;
  }
}
