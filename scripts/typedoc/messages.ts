/** A place in a source file, 1-based, with the path relative to the content root. */
export interface TypeDocPosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A TypeDoc validation warning, read back into its parts and said in the handbook's words. */
export interface ValidationProblem {
  /** The symbol the warning is about, e.g. `DiagramPipeline.close`. */
  readonly name: string;
  /** Its file as TypeDoc names it, `<package>/<path>` (e.g. `archbook/scripts/diagrams/pipeline.ts`), if given. */
  readonly definedIn: string | undefined;
  readonly message: string;
  readonly hint: string;
}

const notDocumented = /^(.+?) \((\w+)\), defined in (.+?), does not have any documentation$/;
const notExported = /^(.+?), defined in (.+?), is referenced by (.+?) but not included in the documentation$/;
const brokenLink = /^Failed to resolve link to "(.+?)" in comment for (.+?)(?:\. You may have wanted "(.+)")?$/;

/**
 * Reads TypeDoc's validation warnings that name a symbol but no position (a missing TSDoc comment, a
 * type used but not exported, a `{@link}` to nothing) and rewords them. Other messages give undefined.
 * Pure.
 */
export function readValidationWarning(message: string): ValidationProblem | undefined {
  const missing = notDocumented.exec(message);
  if (missing) {
    const [, name = '', kind = '', definedIn = ''] = missing;
    return {
      name,
      definedIn,
      message: `${name} (${kind}) is exported without a TSDoc comment`,
      hint: 'add a /** … */ comment saying what it is for; every exported symbol of the reference needs one',
    };
  }
  const hidden = notExported.exec(message);
  if (hidden) {
    const [, name = '', definedIn = '', owner = ''] = hidden;
    return {
      name,
      definedIn,
      message: `${name} is used by ${owner} but is not exported from the entry point`,
      hint: `export ${name} from the entry point (scripts/index.ts for the toolkit), or mark it @internal`,
    };
  }
  const link = brokenLink.exec(message);
  if (link) {
    const [, target = '', name = '', meant] = link;
    return {
      name,
      definedIn: undefined,
      message: `Failed to resolve link to "${target}" in comment for ${name}`,
      hint:
        meant === undefined ? 'link to an exported symbol by its name, or to a URL' : `did you mean {@link ${meant}}?`,
    };
  }
  return undefined;
}

/**
 * The line that declares a symbol in a source file: `interface X`, `type X`, `function X`, `class X`,
 * `const X`, `enum X`, or a member `x(` / `x:` for `Owner.x`. Pure.
 * @returns the 1-based line, or undefined when no such line is found
 */
export function declarationLine(source: string, name: string): number | undefined {
  const member = name.split('.').at(-1) ?? name;
  const escaped = member.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');
  const patterns = [
    new RegExp(`\\b(?:interface|type|function|class|const|let|var|enum|namespace)\\s+${escaped}\\b`),
    new RegExp(`^\\s*(?:readonly\\s+)?${escaped}\\??\\s*[(:<]`),
  ];
  const lines = source.split('\n');
  for (const pattern of patterns) {
    const index = lines.findIndex((line) => pattern.test(line));
    if (index !== -1) return index + 1;
  }
  return undefined;
}

/** `path:line:col  message  (hint)`, the one line every archbook problem is printed as. Pure. */
export function formatTypeDocProblem(message: string, position: TypeDocPosition | undefined, hint?: string): string {
  const where = position === undefined ? '' : `${position.file}:${position.line}:${position.column}  `;
  return `${where}${message}${hint === undefined ? '' : `  (${hint})`}`;
}
