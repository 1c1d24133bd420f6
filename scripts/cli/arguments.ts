import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A command line that could not be read: the message and the usage line to print. */
export class UsageError extends Error {
  /** The command's one-line usage. */
  readonly usage: string;

  constructor(message: string, usage: string) {
    super(message);
    this.name = 'UsageError';
    this.usage = usage;
  }
}

/**
 * Reads `--name value` options strictly: an unknown flag or a stray argument stops with the usage line
 * instead of being ignored (a mistyped `--outdir` must not build into dist/ silently).
 * @param argv - the arguments after the script name
 * @param options - the flags the command takes (strings, and booleans that read as `'true'` when set)
 * @param usage - the one-line usage, e.g. `npm run build -- [--outDir <dir>]`
 * @throws UsageError on an unknown flag, a missing value or a positional argument
 */
export function readOptions(
  argv: readonly string[],
  options: ParseArgsOptionsConfig,
  usage: string,
): Record<string, string | undefined> {
  try {
    const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
    return Object.fromEntries(
      // A boolean flag that is set reads as 'true'.
      Object.entries(values).map(([key, value]) => [
        key,
        value === true ? 'true' : typeof value === 'string' ? value : undefined,
      ]),
    );
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error), usage);
  }
}

/**
 * Runs a command's main function, turning a {@link UsageError} into its message, the usage line and exit code 2.
 * @param command - name shown in messages, e.g. `archbook build`
 * @param main - the command
 */
export async function runCommand(command: string, main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${command}: ${error.message}\nusage: ${error.usage}\n`);
    process.exitCode = 2;
  }
}
