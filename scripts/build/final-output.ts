import path from 'node:path';
import { listFiles } from '../files/list-files.ts';
import { filesOnDisk, type OutputFiles } from '../links/output-files.ts';
import { permalinksBeside } from '../rules/permalinks-beside.ts';
import type { SidebarFill } from '../sidebar/fill-sidebars.ts';

/** The output as it will be, read before it is; and whether a reader asked after Pagefind's files. */
export interface FinalOutput extends OutputFiles {
  /** True once a path under `pagefind/` was asked after: Pagefind may not have written it yet. */
  readonly askedForSearchIndex: boolean;
}

/**
 * A build's output folder as it will be once finished (finish-output.ts), read while Pagefind still indexes
 * it as Astro left it: each page with its sidebar written in (the very bytes `fill` writes), and the rule
 * permalink pages written beside it (write-permalinks.ts) in `rules/`, where they are moved once indexed.
 * What Pagefind writes is not there yet; {@link FinalOutput.askedForSearchIndex} tells whether that mattered.
 */
export function finalOutput(outDir: string, fill: SidebarFill): FinalOutput {
  const disk = filesOnDisk(outDir);
  const besideRules = path.join(permalinksBeside(outDir), 'rules');
  const searchIndex = path.join(outDir, 'pagefind') + path.sep;
  const rulesDir = path.join(outDir, 'rules') + path.sep;
  // Where a permalink page lies now, by where it will lie.
  const moved = new Map(
    listFiles(besideRules).map((file) => [path.join(rulesDir, file), path.join(besideRules, file)] as const),
  );
  let askedForSearchIndex = false;
  return {
    htmlFiles: () => {
      const permalinks = listFiles(besideRules, '.html').map((file) => `rules/${file}`);
      // listFiles of the finished folder sorts the relative paths: so do both lists merged.
      return [...listFiles(outDir, '.html'), ...permalinks].sort().map((file) => path.join(outDir, file));
    },
    read: (file) => fill.filled(file) ?? disk.read(moved.get(file) ?? file),
    isFile: (file) => {
      if (file.startsWith(searchIndex)) askedForSearchIndex = true;
      return disk.isFile(file) || moved.has(file);
    },
    get askedForSearchIndex() {
      return askedForSearchIndex;
    },
  };
}
