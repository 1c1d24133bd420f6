#!/usr/bin/env node
// `npm run preview`: serves the built handbook from dist/ under BASE_PATH, like a Pages host would.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { normaliseBase } from '../config/hosting.ts';
import { contentRoot } from '../paths.ts';
import { startStaticServer } from '../server/static-server.ts';

const root = path.resolve(contentRoot, process.env['ARCHBOOK_DIST'] ?? 'dist');
if (!existsSync(path.join(root, 'index.html'))) {
  process.stderr.write(`archbook: nothing to serve in ${root}. Run \`npm run build\` first (or \`npm start\`).\n`);
  process.exit(1);
}
const server = await startStaticServer({
  root,
  base: normaliseBase(process.env['BASE_PATH']),
  port: Number(process.env['PORT'] ?? 4321),
  host: process.env['HOST'] ?? '127.0.0.1',
});
process.stdout.write(
  `archbook: serving ${path.relative(process.cwd(), root) || '.'} at ${server.url} (Ctrl+C to stop)\n`,
);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
