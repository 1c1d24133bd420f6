/**
 * Whether the author asked for every detail: `--verbose` on the command line, or `DEBUG=archbook`. Then
 * stack traces are printed, Astro runs with its own `--verbose`, and no log message is left out.
 */
export function verbose(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): boolean {
  return argv.includes('--verbose') || /(^|,)archbook(,|$)/.test(env['DEBUG'] ?? '');
}
