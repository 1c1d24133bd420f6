import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { relativeToRoot } from '../paths.ts';
import type { FileAccess } from './expand.ts';

/** The real file system for the expander, naming files relative to the content root. */
export function fileAccess(root: string): FileAccess {
  return {
    read(file) {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    realpath(file) {
      try {
        return realpathSync.native(file);
      } catch {
        return path.resolve(file);
      }
    },
    display: (file) => relativeToRoot(root, file),
  };
}
