// A TypeDoc plugin, loaded by TypeDoc itself (by path, on Node): makes every TypeDoc problem a located,
// fatal one.
// - starlight-typedoc converts and renders without running TypeDoc's validation (missing TSDoc, broken
//   {@link}s, types used but not exported), and `treatWarningsAsErrors` is honoured only by TypeDoc's
//   command line: so validation runs here, before any page is written, and any warning stops the build.
// - starlight-typedoc's logger drops the source positions TypeDoc passes along: they are put back, as
//   `path:line:col  message  (hint)`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Converter, RendererEvent, type Application, type ProjectReflection, type Reflection } from 'typedoc';
import { declarationLine, formatTypeDocProblem, readValidationWarning, type TypeDocPosition } from './messages.ts';

/** What TypeDoc passes to a logger along with a message: a TypeScript node, or a position in a file. */
type LogContext =
  [node?: { getSourceFile(): SourceFileLike; getStart(): number }] | [pos: number, file: SourceFileLike];

interface SourceFileLike {
  readonly fileName: string;
  getLineAndCharacterOfPosition(pos: number): { line: number; character: number };
}

type AddContext = (message: string, level: number, ...context: LogContext) => string;

const warnLevel = 2;

/** TypeDoc's plugin entry point. */
export function load(app: Application): void {
  let project: ProjectReflection | undefined;
  app.converter.on(Converter.EVENT_BEGIN, () => {
    // The logger is starlight-typedoc's by now (it is replaced after plugins load).
    const root = String(app.options.getValue('basePath'));
    const packageDirs = [
      ...new Set(app.options.getValue('entryPoints').map((entry) => packageDir(path.resolve(root, entry)))),
    ];
    const logger = app.logger as unknown as { addContext: AddContext };
    logger.addContext = (message, level, ...context) =>
      level < warnLevel ? message : locate(message, context, { root, packageDirs, project });
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    project = context.project;
  });
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    project = event.project;
    app.validate(event.project);
    const { logger } = app;
    if (logger.hasErrors() || logger.hasWarnings()) {
      throw new Error(`TypeDoc reported ${logger.errorCount} error(s) and ${logger.warningCount} warning(s)`);
    }
  });
}

/** Where messages are made relative to, and where symbols are looked up. */
interface Lookup {
  readonly root: string;
  /** Folders of the packages the entry points belong to: TypeDoc names files relative to them. */
  readonly packageDirs: readonly string[];
  readonly project: ProjectReflection | undefined;
}

function locate(message: string, context: LogContext, lookup: Lookup): string {
  const { root } = lookup;
  const [first, second] = context;
  if (typeof first === 'number' && second !== undefined) return formatTypeDocProblem(message, at(second, first, root));
  if (first !== undefined && typeof first === 'object') {
    return formatTypeDocProblem(message, at(first.getSourceFile(), first.getStart(), root));
  }
  const problem = readValidationWarning(message);
  if (problem === undefined) return message;
  return formatTypeDocProblem(problem.message, findSymbol(problem.name, problem.definedIn, lookup), problem.hint);
}

function at(file: SourceFileLike, pos: number, root: string): TypeDocPosition {
  const { line, character } = file.getLineAndCharacterOfPosition(pos);
  return { file: relative(root, file.fileName), line: line + 1, column: character + 1 };
}

/** Where a symbol is declared: from its reflection when it is documented, else by reading its file. */
function findSymbol(
  name: string,
  definedIn: string | undefined,
  { root, packageDirs, project }: Lookup,
): TypeDocPosition | undefined {
  const reflection: Reflection | undefined = project?.getChildByName(name);
  const source =
    reflection !== undefined && 'sources' in reflection
      ? (reflection.sources as { fullFileName: string; line: number; character: number }[] | undefined)?.[0]
      : undefined;
  if (source) return { file: relative(root, source.fullFileName), line: source.line, column: source.character + 1 };
  if (definedIn === undefined) return undefined;
  // `<package name>/<path in the package>`; a scoped name has two segments.
  const segments = definedIn.split('/');
  for (const dir of packageDirs) {
    for (const skip of [1, 2]) {
      const file = path.resolve(dir, ...segments.slice(skip));
      if (!existsSync(file)) continue;
      const line = declarationLine(readFileSync(file, 'utf8'), name);
      return { file: relative(root, file), line: line ?? 1, column: 1 };
    }
  }
  return undefined;
}

/** The nearest folder above a file that holds a package.json. */
function packageDir(file: string): string {
  let dir = path.dirname(file);
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

function relative(root: string, file: string): string {
  const result = path.relative(root, file);
  return (result.startsWith('..') ? file : result).split(path.sep).join('/');
}
