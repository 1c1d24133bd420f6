// @ts-check
// The engine's wiring. Teams change archbook.config.ts, not this file.
import { defineConfig } from 'astro/config';
import { loadPackageTypeScript } from './scripts/integration/package-typescript.ts';

// Node loads this file and the engine behind it directly (see package-typescript.ts), not through Vite.
loadPackageTypeScript();
const { createAstroConfig } = await import('./scripts/integration/astro-config.ts');

export default defineConfig(await createAstroConfig(process.env));
