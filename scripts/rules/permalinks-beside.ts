import { besideOutput } from '../files/beside-output.ts';

/**
 * The folder beside a build's output folder where its permalink pages are written first
 * (write-permalinks.ts). On its own so that the build command, which removes it after a failed build, does
 * not load the rule modules while Astro runs (30 MB less in the waiting process).
 */
export function permalinksBeside(outDir: string): string {
  return besideOutput(outDir, '.permalinks');
}
