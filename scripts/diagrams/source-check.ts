import type { DiagramErrorCode } from './catalog.ts';
import { linkPattern, linkTarget, relativeLinkProblem } from './links.ts';

/** A forbidden construct found on one line. Columns are 1-based. */
export interface LineProblem {
  readonly code: DiagramErrorCode;
  readonly message: string;
  readonly column: number;
}

interface Forbidden {
  readonly code: DiagramErrorCode;
  readonly pattern: RegExp;
  readonly message: (match: RegExpExecArray) => string;
}

/**
 * Constructs that read the build machine or put script into the SVG. Some of them PlantUML drops silently
 * under the sandbox (exit 0, empty text), which would hide the mistake; so they fail the build here, with
 * their line, before anything is rendered.
 */
const forbidden: readonly Forbidden[] = [
  {
    code: 'DiagramGetenv',
    pattern: /%getenv\s*\(/gi,
    message: () => '%getenv reads the environment of the build machine',
  },
  { code: 'DiagramLoadJson', pattern: /%load_json\s*\(/gi, message: () => '%load_json reads a file or URL' },
  {
    code: 'DiagramFileAccess',
    pattern: /%(file_exists|filedate|dirpath)\s*\(/gi,
    message: (m) => `%${m[1] ?? ''} reads the file system of the build machine`,
  },
  { code: 'DiagramImage', pattern: /<img[\s:]/gi, message: () => '<img…> embeds an image read from a file or URL' },
  {
    code: 'DiagramThemeFrom',
    pattern: /^\s*!theme\s+\S+\s+from\b/gi,
    message: () => '!theme … from reads a theme from disk or a URL',
  },
  {
    code: 'DiagramInteractive',
    pattern: /^\s*!pragma\s+svginteractive\b/gi,
    message: () => '!pragma svginteractive adds a <script> to the SVG',
  },
];

// Only https: addresses and root-relative handbook paths survive sanitizing (see sanitize.ts); anything
// else would vanish from the picture silently, so it stops the build here with its line.
const allowedSchemes = new Set(['https']);
const attributeLinkPattern = /\b(?:URL|href)\s*=\s*"([^"]*)"/gi;

/**
 * Checks one line of PlantUML for forbidden constructs, links with a scheme other than https
 * (`[[javascript:…]]`, `[[data:text/html,…]]`, `[[http://…]]`, `URL="javascript:…"` in `@startdot`) and
 * relative links (`[[guidelines/x/]]`, `[[ADP-001]]`). Whole-line `'` comments are skipped. Pure.
 * @param kind - the diagram's kind; JSON and YAML data may hold `[[…]]` that is no link
 */
export function checkLine(text: string, kind = 'uml'): LineProblem[] {
  if (text.trimStart().startsWith("'")) return [];
  const problems: LineProblem[] = [];
  for (const rule of forbidden) {
    for (const match of text.matchAll(rule.pattern)) {
      problems.push({ code: rule.code, message: rule.message(match), column: match.index + 1 });
    }
  }
  for (const pattern of [linkPattern, attributeLinkPattern]) {
    for (const match of text.matchAll(pattern)) {
      const scheme = linkScheme(match[1] ?? '');
      const relative =
        scheme === undefined && pattern === linkPattern && !/^(json|yaml)$/i.test(kind)
          ? relativeLinkProblem(linkTarget(match[1] ?? ''))
          : undefined;
      if (relative !== undefined)
        problems.push({ code: 'DiagramLinkRelative', message: relative, column: match.index + 1 });
      if (scheme === undefined || allowedSchemes.has(scheme)) continue;
      problems.push({
        code: 'DiagramLinkScheme',
        message: `links to ${scheme}: are not allowed`,
        column: match.index + 1,
      });
    }
  }
  return problems.sort((a, b) => a.column - b.column);
}

/**
 * The scheme of a PlantUML link target (`[[{tooltip} url label]]`), lower-cased, after undoing the entity
 * and percent encodings and removing the blanks a browser would ignore; undefined for relative links.
 */
export function linkScheme(inner: string): string | undefined {
  const target =
    inner
      .trim()
      .replace(/^\{[^}]*\}\s*/, '')
      .split(/[\s{]/)[0] ?? '';
  // Browsers ignore blanks and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const decoded = decodeEntities(target).replace(/[\s\u0000-\u001f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded);
  return scheme ? (scheme[1] ?? '').toLowerCase() : undefined;
}

function decodeEntities(text: string): string {
  const entities = text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) => codePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d{1,7});?/g, (_, dec: string) => codePoint(Number(dec)))
    .replace(/&(tab|newline);/gi, ' ')
    .replace(/&colon;/gi, ':');
  try {
    return decodeURIComponent(entities);
  } catch {
    return entities;
  }
}

function codePoint(value: number): string {
  return value <= 0x10ffff ? String.fromCodePoint(value) : '';
}
