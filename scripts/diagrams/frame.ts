/** One `@start…`/`@end…` block of a PlantUML text. Line indexes are 0-based. */
export interface DiagramBlock {
  /** Diagram kind from the start line: `uml`, `mindmap`, `json`… */
  readonly kind: string;
  /** `@startuml(id=NAME)` or `@startuml NAME`, when given. */
  readonly id: string | undefined;
  readonly start: number;
  readonly end: number;
}

/** Why a text is not exactly one diagram. */
export interface FrameProblem {
  readonly code: 'DiagramStartMissing' | 'DiagramEndMissing' | 'DiagramMultiple';
  readonly message: string;
  /** 0-based line index the problem is at. */
  readonly line: number;
}

const startPattern = /^\s*@start([a-z]+)\b(?:\s*\(\s*id\s*=\s*([\w.-]+)\s*\)|\s+([\w.-]+))?/i;
const endPattern = /^\s*@end([a-z]+)\b/i;

/**
 * Every block in a text, in order. A block that is never closed runs to the end of the text and comes
 * back with `end` = -1. Pure.
 */
export function findBlocks(lines: readonly string[]): DiagramBlock[] {
  const blocks: DiagramBlock[] = [];
  let open: { kind: string; id: string | undefined; start: number } | undefined;
  lines.forEach((line, index) => {
    if (open === undefined) {
      const start = startPattern.exec(line);
      if (start) open = { kind: (start[1] ?? 'uml').toLowerCase(), id: start[2] ?? start[3], start: index };
      return;
    }
    const end = endPattern.exec(line);
    if (end && (end[1] ?? '').toLowerCase() === open.kind) {
      blocks.push({ ...open, end: index });
      open = undefined;
    }
  });
  if (open !== undefined) blocks.push({ ...open, end: -1 });
  return blocks;
}

/**
 * The single diagram of a file or fence. PlantUML's pipe reads one block per request, so a text without
 * a start line, without an end line or with two diagrams would swallow or split the next request: each is
 * reported instead of sent. Pure.
 */
export function frameDiagram(lines: readonly string[]): { block: DiagramBlock } | { problem: FrameProblem } {
  const blocks = findBlocks(lines);
  const first = blocks[0];
  if (first === undefined) {
    const firstText = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith("'"));
    return {
      problem: {
        code: 'DiagramStartMissing',
        message: 'the diagram has no @startuml line',
        line: Math.max(firstText, 0),
      },
    };
  }
  if (first.end === -1) {
    return {
      problem: {
        code: 'DiagramEndMissing',
        message: `@start${first.kind} is never closed by @end${first.kind}`,
        line: first.start,
      },
    };
  }
  const second = blocks[1];
  if (second !== undefined) {
    return {
      problem: {
        code: 'DiagramMultiple',
        message: 'a second diagram starts here; one diagram per file',
        line: second.start,
      },
    };
  }
  return { block: first };
}
