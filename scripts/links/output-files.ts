import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../files/list-files.ts';

/** How the link check reads a built site: which pages it has, their bytes, and which files exist. */
export interface OutputFiles {
  /** Every HTML file of the site, as absolute paths, in the order of their sorted relative paths. */
  htmlFiles(): string[];
  /** The bytes of one of the site's files. */
  read(file: string): Buffer;
  /** Whether an absolute path is a file of the site (not a folder, not missing). */
  isFile(file: string): boolean;
}

/** The site as it lies in `outDir`. */
export function filesOnDisk(outDir: string): OutputFiles {
  return {
    htmlFiles: () => listFiles(outDir, '.html').map((file) => path.join(outDir, file)),
    read: (file) => readFileSync(file),
    isFile: (file) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false,
  };
}
