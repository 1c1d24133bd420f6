import type { AssembledFile } from './assemble.ts';

/** A tool the lint target can run, the kit section that shows the kit configures it, and its command. */
interface LintStep {
  readonly section: string;
  readonly command: string;
  readonly stage: 'format' | 'check';
}

// Import sorting runs before the formatter (a formatter may re-wrap what the sorter wrote), checkers after
// both, so that they judge the code as it will be committed.
const steps: readonly LintStep[] = [
  { section: 'tool.isort', command: 'isort .', stage: 'format' },
  { section: 'tool.yapf', command: 'yapf --in-place --recursive .', stage: 'format' },
  { section: 'tool.black', command: 'black .', stage: 'format' },
  { section: 'flake8', command: 'flake8', stage: 'check' },
  { section: 'tool.mypy', command: 'mypy .', stage: 'check' },
  { section: 'tool.importlinter.contracts', command: 'lint-imports', stage: 'check' },
];

/**
 * A Makefile with `format` and `lint` targets running exactly the tools the kit configures, import sorter
 * first, formatter second, checkers last. Empty when the kit configures no tool.
 */
export function writeMakefile(files: readonly AssembledFile[], header: readonly string[]): string | undefined {
  const sections = new Set(files.flatMap((file) => file.settings.map(({ setting }) => setting.section)));
  const present = steps.filter((step) => sections.has(step.section));
  if (present.length === 0) return undefined;
  const target = (stage: LintStep['stage']) =>
    present.filter((step) => step.stage === stage).map((step) => `\t${step.command}`);
  const lines = [
    ...header.map((line) => `# ${line}`),
    '',
    '.PHONY: format lint',
    '',
    'format:',
    ...target('format'),
    '',
    'lint: format',
    ...target('check'),
  ];
  return `${lines.join('\n')}\n`;
}
