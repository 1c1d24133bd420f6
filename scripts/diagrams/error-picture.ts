import type { DiagramErrorCode } from './catalog.ts';

/** What an error picture says, when PlantUML drew one instead of the diagram. */
export interface ErrorPicture {
  readonly code: DiagramErrorCode;
  /** PlantUML's own words, shortened to one line. */
  readonly message: string;
  /** 0-based line of the rendered text it concerns: the `@start…` line unless PlantUML says better. */
  readonly line: number;
}

interface Detector {
  readonly code: DiagramErrorCode;
  /** `type` is the SVG's `data-diagram-type`, '' when it has none (error pictures have none). */
  readonly test: (text: string, type: string) => boolean;
  readonly message: (lines: readonly string[]) => string;
  readonly line: number;
}

/** The line after the first one matching `marker`. */
const after = (lines: readonly string[], marker: RegExp): string => {
  const index = lines.findIndex((line) => marker.test(line));
  return index === -1 ? '' : (lines[index + 1] ?? '');
};

/**
 * Pictures PlantUML 1.2026 draws in place of a diagram, with exit code 0 and no error report even with
 * `--no-error-image`: an unknown `@start…` kind, a crash inside a diagram kind, an empty diagram (the
 * welcome page), JSON or YAML it cannot parse, a layout that needs Graphviz, and an error image drawn by a
 * kind that ignores `--no-error-image`. Each is recognised by PlantUML's own text in the picture.
 */
const detectors: readonly Detector[] = [
  {
    code: 'DiagramUnsupported',
    test: (text, type) => type === '' && text.includes('Diagram not supported by this release of PlantUML'),
    message: (lines) => {
      const directive = after(lines, /following directive/).trim();
      return `Diagram not supported by this release of PlantUML${directive ? ` (${directive} is not recognized)` : ''}`;
    },
    line: 0,
  },
  {
    code: 'DiagramCrash',
    test: (text, type) => type === '' && (/An error has occurr?ed\s*:/.test(text) || /has crashed\./.test(text)),
    message: (lines) => {
      const first = lines.find((line) => /An error has occurr?ed/.test(line)) ?? 'PlantUML has crashed';
      return first.replace(/^An error has occurr?ed\s*:\s*/, 'PlantUML crashed: ');
    },
    line: 0,
  },
  {
    code: 'DiagramEmpty',
    test: (text, type) => type === '' && text.includes('Welcome to PlantUML!'),
    message: () => 'the diagram is empty (PlantUML drew its welcome page)',
    line: 0,
  },
  {
    code: 'DiagramSyntax',
    test: (text, type) => /^(JSON|YAML)$/.test(type) && /Your data does not sound like (JSON|YAML) data/.test(text),
    message: (lines) => lines.find((line) => /does not sound like/.test(line)) ?? 'the data cannot be read',
    line: 1,
  },
  {
    code: 'DiagramGraphviz',
    test: (text) => /Dot executable|Cannot find Graphviz|Graphviz .*not (found|installed)/i.test(text),
    message: (lines) => lines.find((line) => /dot|graphviz/i.test(line)) ?? 'Graphviz is needed',
    line: 0,
  },
  {
    code: 'DiagramSyntax',
    test: (text, type) => type === '' && /Syntax Error\?/.test(text),
    message: (lines) => lines.find((line) => /Syntax Error\?/.test(line)) ?? 'Syntax Error?',
    line: 0,
  },
];

/**
 * Tells whether an SVG from PlantUML is an error picture rather than the diagram, and what it says. Pure.
 * @returns undefined for a real diagram
 */
export function findErrorPicture(svg: string): ErrorPicture | undefined {
  // PlantUML separates the words of its messages with no-break spaces.
  const lines = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) =>
    decodeXml(match[1] ?? '')
      .replace(/\u00a0/g, ' ')
      .trim(),
  );
  const text = lines.join('\n');
  const type = /^<svg\b[^>]*?\sdata-diagram-type="([^"]*)"/.exec(svg)?.[1] ?? '';
  const detector = detectors.find((candidate) => candidate.test(text, type));
  if (detector === undefined) return undefined;
  return { code: detector.code, message: detector.message(lines).slice(0, 300), line: detector.line };
}

function decodeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
