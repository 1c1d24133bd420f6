import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './files/list-files.ts';
import { engineRoot } from './paths.ts';

let fingerprint: string | undefined;

/**
 * Hash of the engine's code (`scripts/`) and its locked dependencies, read once per process: what a cache
 * made by other code is told apart by (the rule scan's cache, the rendered pages of the content store).
 */
export function engineFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  const scripts = path.join(engineRoot, 'scripts');
  for (const name of listFiles(scripts, '.ts').sort())
    hash.update(`${name}\0`).update(readFileSync(path.join(scripts, name)));
  const lock = path.join(engineRoot, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  fingerprint = hash.digest('hex');
  return fingerprint;
}
