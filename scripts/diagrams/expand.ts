import path from 'node:path';
import type { SourceLocation } from '../errors.ts';
import type { Finding } from '../findings.ts';
import { diagramFinding } from './catalog.ts';
import { findBlocks, frameDiagram } from './frame.ts';
import { classifyInclude, isInside } from './includes.ts';
import { checkLine } from './source-check.ts';

/** A PlantUML text to render: a `.puml` file or a fence in a page. */
export interface DiagramText {
  /** Path shown in messages, relative to the content root. */
  readonly file: string;
  /** 1-based line of the text's first line in `file` (a fence's text starts below its opening line). */
  readonly firstLine: number;
  readonly text: string;
  /** Absolute folder that relative includes resolve from. */
  readonly baseDir: string;
}

/** The file system as the expander sees it; the build passes `node:fs`, tests pass a map. */
export interface FileAccess {
  /** Text of a file, or undefined when there is none. */
  read(file: string): string | undefined;
  /** The path with symbolic links resolved (the path itself when it does not exist). */
  realpath(file: string): string;
  /** The path shown in messages. */
  display(file: string): string;
}

/** A diagram with its includes expanded: exactly what is sent to PlantUML, and where each line came from. */
export interface ExpandedDiagram {
  readonly kind: string;
  /** `@start…` to `@end…`, includes replaced by the included lines, `\n`-terminated. */
  readonly text: string;
  /** For each line of `text`, the file and line it came from. */
  readonly origins: readonly SourceLocation[];
  /** Every file included, directly or not, with its whole text (for the cache key). */
  readonly includes: readonly { readonly file: string; readonly text: string }[];
}

interface Expansion {
  /** Kind of the diagram being expanded: `uml`, `json`… */
  readonly kind: string;
  readonly lines: string[];
  readonly origins: SourceLocation[];
  readonly includes: Map<string, string>;
  readonly once: Set<string>;
  readonly findings: Finding[];
}

const maxDepth = 16;

/**
 * Frames the diagram, checks every line it would send (its own and those of included files) and inlines the
 * local includes, so PlantUML renders in a sandbox without touching the disk and a remote server gets the
 * same text. Standard-library includes (`<C4/...>`) stay for PlantUML. Findings carry the file and line of
 * the offending text, also inside included files.
 */
export function expandDiagram(
  source: DiagramText,
  diagramsRoot: string,
  files: FileAccess,
): { diagram: ExpandedDiagram | undefined; findings: Finding[] } {
  const lines = source.text.split(/\r?\n/);
  const at = (index: number): SourceLocation => ({ file: source.file, line: source.firstLine + index });
  const framed = frameDiagram(lines);
  if ('problem' in framed) {
    const { code, message, line } = framed.problem;
    return { diagram: undefined, findings: [diagramFinding(code, message, { ...at(line), column: 1 })] };
  }
  const { block } = framed;
  const state: Expansion = {
    kind: block.kind,
    lines: [],
    origins: [],
    includes: new Map(),
    once: new Set(),
    findings: [],
  };
  state.lines.push(lines[block.start] ?? '');
  state.origins.push(at(block.start));
  const inner = lines.slice(block.start + 1, block.end);
  expandLines(inner, (index) => at(block.start + 1 + index), source.baseDir, [], state, diagramsRoot, files);
  state.lines.push(lines[block.end] ?? '');
  state.origins.push(at(block.end));
  if (state.findings.length > 0) return { diagram: undefined, findings: state.findings };
  const includes = [...state.includes].map(([file, text]) => ({ file, text }));
  return {
    diagram: { kind: block.kind, text: `${state.lines.join('\n')}\n`, origins: state.origins, includes },
    findings: [],
  };
}

function expandLines(
  lines: readonly string[],
  at: (index: number) => SourceLocation,
  baseDir: string,
  stack: readonly string[],
  state: Expansion,
  diagramsRoot: string,
  files: FileAccess,
): void {
  for (const [index, line] of lines.entries()) {
    const location = at(index);
    const include = classifyInclude(line, baseDir, diagramsRoot);
    const column = line.indexOf('!') + 1;
    if (include === undefined || include.kind === 'stdlib') {
      for (const problem of include ? [] : checkLine(line, state.kind)) {
        state.findings.push(diagramFinding(problem.code, problem.message, { ...location, column: problem.column }));
      }
      state.lines.push(line);
      state.origins.push(location);
      continue;
    }
    if (include.kind === 'rejected') {
      state.findings.push(diagramFinding(include.code, include.message, { ...location, column }));
      continue;
    }
    const real = files.realpath(include.file);
    const shown = files.display(include.file);
    const problem = (code: 'IncludeMissing' | 'IncludeCycle' | 'IncludeOutsideDiagrams', message: string) =>
      diagramFinding(code, message, { ...location, column });
    const text = files.read(include.file);
    if (!isInside(real, files.realpath(diagramsRoot))) {
      state.findings.push(problem('IncludeOutsideDiagrams', `${shown} links outside the diagrams folder`));
    } else if (stack.includes(real) || stack.length >= maxDepth) {
      state.findings.push(problem('IncludeCycle', `${shown} includes itself`));
    } else if (text === undefined) {
      state.findings.push(problem('IncludeMissing', `${shown} does not exist`));
    } else if (!(include.directive === 'include_once' && state.once.has(real))) {
      state.once.add(real);
      state.includes.set(shown, text);
      const fileLines = text.split(/\r?\n/);
      const selected = selectLines(fileLines, include.directive === 'includesub', include.selector);
      if (selected === undefined) {
        state.findings.push(problem('IncludeMissing', `${shown} has no part named ${include.selector ?? ''}`));
        continue;
      }
      const nested = selected.map((fileIndex) => fileLines[fileIndex] ?? '');
      const origin = (i: number): SourceLocation => ({ file: shown, line: (selected[i] ?? 0) + 1 });
      expandLines(nested, origin, path.dirname(include.file), [...stack, real], state, diagramsRoot, files);
    }
  }
}

/**
 * Indexes of the lines an include takes from a file: the `!startsub NAME` sections for `!includesub`; else
 * the block chosen by `!N` or `!ID` (the first by default) when the file has `@start` blocks, or all lines.
 */
function selectLines(lines: readonly string[], sub: boolean, selector: string | undefined): number[] | undefined {
  const all = lines.map((_, index) => index);
  if (sub) {
    const picked: number[] = [];
    let inside = false;
    lines.forEach((line, index) => {
      if (/^\s*!endsub\b/i.test(line)) inside = false;
      else if (new RegExp(`^\\s*!startsub\\s+${selector ?? ''}\\s*$`, 'i').test(line)) inside = true;
      else if (inside) picked.push(index);
    });
    return picked.length > 0 ? picked : undefined;
  }
  const blocks = findBlocks(lines);
  if (blocks.length === 0) return selector === undefined ? all : undefined;
  const block =
    selector === undefined
      ? blocks[0]
      : /^\d+$/.test(selector)
        ? blocks[Number(selector)]
        : blocks.find((b) => b.id === selector);
  if (block === undefined) return undefined;
  return all.slice(block.start + 1, block.end === -1 ? undefined : block.end);
}
