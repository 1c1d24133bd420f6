// @ts-check
// The engine's wiring. Teams change archbook.config.ts, not this file.
import { defineConfig } from 'astro/config';
import { createAstroConfig } from './scripts/integration/astro-config.ts';

export default defineConfig(await createAstroConfig(process.env));
