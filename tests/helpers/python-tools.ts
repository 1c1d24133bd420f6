import { spawnSync } from 'node:child_process';

/** A Python tool as the tests run it: the command and the arguments before the test's own. */
export interface PythonTool {
  readonly command: string;
  readonly prefix: readonly string[];
}

const candidates: Record<string, readonly PythonTool[]> = {
  yapf: [
    { command: 'yapf3', prefix: [] },
    { command: 'yapf', prefix: [] },
  ],
  isort: [{ command: 'isort', prefix: [] }],
  flake8: [{ command: 'flake8', prefix: [] }],
  black: [{ command: 'black', prefix: [] }],
  // Debian's python3-mypy installs the module for the system Python, not a `mypy` command.
  mypy: [
    { command: 'mypy', prefix: [] },
    { command: '/usr/bin/python3', prefix: ['-m', 'mypy'] },
  ],
};

/** Finds a tool on this machine, or undefined. `.ci/run` installs them from Debian when CI=true. */
export function findPythonTool(name: keyof typeof candidates): PythonTool | undefined {
  return candidates[name]?.find(
    (tool) => spawnSync(tool.command, [...tool.prefix, '--version'], { stdio: 'ignore' }).status === 0,
  );
}

/** Runs a tool in a folder; returns its exit status and its output, both streams together. */
export function runPythonTool(
  tool: PythonTool,
  args: readonly string[],
  cwd: string,
): { status: number; output: string } {
  const result = spawnSync(tool.command, [...tool.prefix, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
