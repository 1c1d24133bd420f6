import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { engineRoot, workDir } from '../paths.ts';

/**
 * Waits until no other build of this engine runs Astro, then holds the turn; returns its release. Astro
 * keeps the content modules a build imports in `<engine>/.astro/`, one set per engine, so two builds of
 * different handbooks at once (a fixture beside the team's own, the build tests) would compile each
 * other's pages. Builds keep the engine as Astro's root all the same: Astro names scoped styles and assets
 * after paths relative to the root, and a handbook's output must not depend on where the engine lies.
 * A turn whose holder has died (a build killed half-way) is taken over. The dev-server tests take turns
 * the same way, with a lock of their own.
 */
export async function takeBuildTurn(
  onWait: (holder: number) => void,
  lock: string = path.join(engineRoot, workDir, 'astro-build.lock'),
): Promise<() => void> {
  mkdirSync(path.dirname(lock), { recursive: true });
  let told = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch {
      const holder = Number(readHolder(lock));
      if (holder > 0 && !isAlive(holder)) rmSync(lock, { force: true });
      else if (!told && holder > 0) {
        told = true;
        onWait(holder);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function readHolder(lock: string): string {
  try {
    return readFileSync(lock, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
