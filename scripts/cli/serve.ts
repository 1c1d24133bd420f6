#!/usr/bin/env node
// `npm run preview`: serves a built handbook like a Pages host would, under the base path it was built for
// (recorded by the build; BASE_PATH overrides). `--port`, `--host` and `--outDir` as in `astro preview`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readBuildRecord } from '../build/build-record.ts';
import { normaliseBase } from '../config/hosting.ts';
import { contentRoot } from '../paths.ts';
import { startStaticServer } from '../server/static-server.ts';
import { readOptions, runCommand, UsageError } from './arguments.ts';

const usage = 'npm run preview -- [--port <number>] [--host <address>] [--outDir <dir>]';

await runCommand('archbook preview', async () => {
  const options = readOptions(
    process.argv.slice(2),
    { port: { type: 'string' }, host: { type: 'string' }, outDir: { type: 'string' }, out: { type: 'string' } },
    usage,
  );
  const port = Number(options['port'] ?? process.env['PORT'] ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be a port number, got "${options['port']}"`, usage);
  const given = options['outDir'] ?? options['out'];
  // A folder named on the command line is relative to where the command runs, as in Astro.
  const root =
    given === undefined ? path.resolve(contentRoot, process.env['ARCHBOOK_DIST'] ?? 'dist') : path.resolve(given);
  if (!existsSync(path.join(root, 'index.html'))) {
    process.stderr.write(`archbook: nothing to serve in ${root}. Run \`npm run build\` first (or \`npm start\`).\n`);
    return 1;
  }
  const recorded = readBuildRecord(contentRoot, root)?.base;
  const base = process.env['BASE_PATH'] === undefined ? (recorded ?? '/') : normaliseBase(process.env['BASE_PATH']);
  const server = await startStaticServer({
    root,
    base,
    port,
    host: options['host'] ?? process.env['HOST'] ?? '127.0.0.1',
  });
  process.stdout.write(
    `archbook: serving ${path.relative(process.cwd(), root) || '.'} at ${server.url} (Ctrl+C to stop)\n`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
});
