import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * Finds the `java` executable without starting a JVM: `$JAVA_HOME/bin/java`, then each folder of `PATH`.
 * @param env - the environment of the build (`JAVA_HOME`, `PATH`)
 * @returns its absolute path, or undefined when there is none
 */
export function findJava(env: NodeJS.ProcessEnv): string | undefined {
  const names = process.platform === 'win32' ? ['java.exe', 'java'] : ['java'];
  const home = env['JAVA_HOME'];
  const folders = [...(home ? [path.join(home, 'bin')] : []), ...(env['PATH'] ?? '').split(path.delimiter)];
  for (const folder of folders) {
    if (folder === '') continue;
    for (const name of names) {
      const candidate = path.join(folder, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
