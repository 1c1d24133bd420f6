import { existsSync, readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const registered = Symbol.for('archbook.packageTypeScript');

/**
 * Lets Node load the TypeScript that some packages publish as their source (starlight-openapi's `index.ts`
 * with extensionless imports, starlight-typedoc's with constructor parameter properties), which Node itself
 * refuses under `node_modules`. Astro imports `astro.config.mjs` with Node first and, when that fails, again
 * through a Vite server of its own: on the bench handbook that second way cost 0.4 to 0.6 s of every build
 * and dev start. Only `.ts` and `.mts` files under `node_modules` are touched: Node compiles them to
 * JavaScript (with a source map), as Vite would. Registered once per process, however often Astro
 * evaluates the config.
 */
export function loadPackageTypeScript(): void {
  const state = globalThis as Record<symbol, boolean | undefined>;
  if (state[registered] === true) return;
  state[registered] = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        const fromPackage = context.parentURL !== undefined && isPackageTypeScript(context.parentURL);
        if (!fromPackage || !specifier.startsWith('.')) throw error;
        const url = withTypeScriptExtension(specifier, context.parentURL ?? '');
        if (url === undefined) throw error;
        return { url, shortCircuit: true };
      }
    },
    load(url, context, nextLoad) {
      if (!isPackageTypeScript(url)) return nextLoad(url, context);
      const text = readFileSync(fileURLToPath(url), 'utf8');
      const source = withoutWarning(() => stripTypeScriptTypes(text, { mode: 'transform', sourceMap: true }));
      return { format: 'module', source, shortCircuit: true };
    },
  });
}

function isPackageTypeScript(url: string): boolean {
  return url.startsWith('file:') && url.includes('/node_modules/') && /\.m?ts$/.test(url) && !url.endsWith('.d.ts');
}

/** `./libs/parser` written for a bundler: `./libs/parser.ts` or `./libs/parser/index.ts`, if either exists. */
function withTypeScriptExtension(specifier: string, parentURL: string): string | undefined {
  const bare = specifier.replace(/\.js$/, '');
  for (const candidate of [`${bare}.ts`, `${bare}/index.ts`]) {
    const url = new URL(candidate, parentURL);
    if (existsSync(fileURLToPath(url))) return url.href;
  }
  return undefined;
}

/** Node announces its TypeScript compiler as experimental once per process; the author cannot act on that. */
function withoutWarning<T>(run: () => T): T {
  const emitWarning = Object.getOwnPropertyDescriptor(process, 'emitWarning');
  process.emitWarning = () => undefined;
  try {
    return run();
  } finally {
    if (emitWarning !== undefined) Object.defineProperty(process, 'emitWarning', emitWarning);
  }
}
