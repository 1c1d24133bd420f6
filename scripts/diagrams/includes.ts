import path from 'node:path';
import type { DiagramErrorCode } from './catalog.ts';

/** An `!include…` line, classified. */
export type IncludeDirective =
  | { readonly kind: 'stdlib'; readonly name: string }
  | {
      readonly kind: 'file';
      readonly directive: 'include' | 'include_many' | 'include_once' | 'includesub';
      /** Absolute, normalised path of the target; checked to be inside the diagrams folder. */
      readonly file: string;
      /** `!N` or `!ID` after the path: a block index or id, or the sub name for `!includesub`. */
      readonly selector: string | undefined;
    }
  | { readonly kind: 'rejected'; readonly code: DiagramErrorCode; readonly message: string };

const directivePattern = /^\s*!(include\w*|import)\b\s*(.*?)\s*$/i;
const stdlibPattern = /^<([A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)*)>$/;
const literalPattern = /^([A-Za-z0-9_./-]+?)(?:!([A-Za-z0-9_]+))?$/;
const supported = new Set(['include', 'include_many', 'include_once', 'includesub']);

/** True when a line is an include-like directive (checked by {@link classifyInclude}). */
export function isIncludeLine(line: string): boolean {
  return directivePattern.test(line);
}

/**
 * Classifies one include line the way Kroki does before PlantUML sees it: only the bundled standard library
 * (`<C4/C4_Container>`) and literal relative paths that stay inside the diagrams folder pass. PlantUML's own
 * allow-list is a raw string prefix on an unnormalised path (`allowed/../secret` passes it), so the path is
 * normalised here and compared with the folder plus a separator (a sibling `diagrams-secret/` fails). Pure.
 * @param line - the source line
 * @param baseDir - folder of the including file (the diagrams folder for a fence)
 * @param diagramsRoot - absolute path of the diagrams folder
 */
export function classifyInclude(line: string, baseDir: string, diagramsRoot: string): IncludeDirective | undefined {
  const match = directivePattern.exec(line);
  if (!match) return undefined;
  const directive = (match[1] ?? '').toLowerCase();
  const target = match[2] ?? '';
  if (directive === 'import') return reject('DiagramImport', `!import reads an archive from disk: ${target}`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target) || directive === 'includeurl') {
    return reject('IncludeUrl', `including a URL is not allowed: ${target}`);
  }
  if (!supported.has(directive)) return reject('IncludeUnsupported', `!${directive} is not supported`);
  const stdlib = stdlibPattern.exec(target);
  if (stdlib) {
    const name = stdlib[1] ?? '';
    if (name.split('/').includes('..'))
      return reject('IncludeOutsideDiagrams', `${target} leaves the standard library`);
    return { kind: 'stdlib', name };
  }
  if (/^(?:[/\\~]|[A-Za-z]:)/.test(target)) {
    return reject('IncludeAbsolute', `including an absolute path is not allowed: ${target}`);
  }
  const literal = literalPattern.exec(target);
  if (!literal || target === '') {
    return reject('IncludeNotLiteral', `the include target must be a literal relative path: ${target || '(empty)'}`);
  }
  const file = path.resolve(baseDir, literal[1] ?? '');
  if (!isInside(file, diagramsRoot)) {
    return reject('IncludeOutsideDiagrams', `${target} resolves outside the diagrams folder`);
  }
  return {
    kind: 'file',
    directive: directive as 'include' | 'include_many' | 'include_once' | 'includesub',
    file,
    selector: literal[2],
  };
}

/** True when `file` is `root` itself or below it (a sibling sharing the prefix is not). */
export function isInside(file: string, root: string): boolean {
  const normalisedRoot = path.resolve(root);
  return (
    file === normalisedRoot ||
    file.startsWith(normalisedRoot.endsWith(path.sep) ? normalisedRoot : normalisedRoot + path.sep)
  );
}

function reject(code: DiagramErrorCode, message: string): IncludeDirective {
  return { kind: 'rejected', code, message };
}
