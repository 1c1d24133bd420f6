import path from 'node:path';

/**
 * A file or folder named after a build's output folder, beside it (`<dir>/.dist-staging-1.permalinks` for
 * `<dir>/.dist-staging-1`): where a build keeps what it moves into its output, or hands from one process to
 * another, and removes with the output when the build fails.
 */
export function besideOutput(outDir: string, suffix: string): string {
  return path.join(path.dirname(outDir), `${path.basename(outDir)}${suffix}`);
}
