import { existsSync, realpathSync } from 'node:fs';
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

// Where a disk may ignore case by default.
const caseMayDiffer = process.platform === 'darwin' || process.platform === 'win32';

/**
 * A build's output folder as it will be once finished (finish-output.ts), read while Pagefind still indexes
 * it as Astro left it: each page with its sidebar written in (the very bytes `fill` writes), and the rule
 * permalink pages written beside it (write-permalinks.ts) in `rules/`, where they are moved once indexed.
 * Paths are asked of the disk, as of the finished folder (a disk that ignores case answers alike). What
 * Pagefind writes is not there yet; {@link FinalOutput.askedForSearchIndex} tells whether that mattered.
 */
export function finalOutput(outDir: string, fill: SidebarFill): FinalOutput {
  const disk = filesOnDisk(outDir);
  const besideRules = path.join(permalinksBeside(outDir), 'rules');
  const searchIndex = `${path.join(outDir, 'pagefind')}${path.sep}`.toLowerCase();
  const rulesDir = `${path.join(outDir, 'rules')}${path.sep}`;
  // Where a file under rules/ may lie now: in the output, or among the permalink pages beside it.
  const beside = (file: string) =>
    file.startsWith(rulesDir) && !existsSync(file) ? path.join(besideRules, file.slice(rulesDir.length)) : file;
  // A page with its sidebar, also when a link spells its path in another case on a disk that ignores case.
  const filled = (file: string) =>
    fill.filled(file) ?? (caseMayDiffer && existsSync(file) ? fill.filled(realpathSync.native(file)) : undefined);
  let askedForSearchIndex = false;
  return {
    htmlFiles: () => {
      const permalinks = listFiles(besideRules, '.html').map((file) => `rules/${file}`);
      // listFiles of the finished folder sorts the relative paths: so do both lists merged.
      return [...listFiles(outDir, '.html'), ...permalinks].sort().map((file) => path.join(outDir, file));
    },
    read: (file) => filled(file) ?? disk.read(beside(file)),
    isFile: (file) => {
      if (`${file}${path.sep}`.toLowerCase().startsWith(searchIndex)) askedForSearchIndex = true;
      return disk.isFile(beside(file));
    },
    get askedForSearchIndex() {
      return askedForSearchIndex;
    },
  };
}
