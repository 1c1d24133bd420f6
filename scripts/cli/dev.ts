#!/usr/bin/env node
// `npm run dev`: runs `astro dev` on the handbook and starts a fresh one, on the same port, when
// archbook.config.ts changes. Astro's own in-place restart keeps the content layer of the first server
// (its file watcher is closed by the restart, its Markdown plugins are the old ones), so pages stop
// updating after it; a new process has no such leftovers. The browser reconnects and reloads by itself.
// Astro's own options pass through (`--port`, `--host`, `--verbose`).
import { watch } from 'node:fs';
import { superviseDevServer } from '../dev/supervisor.ts';
import { contentRoot } from '../paths.ts';
import { configFileName } from '../config/load.ts';
import { verbose } from '../logging/verbose.ts';

const argv = process.argv.slice(2);
const supervisor = superviseDevServer({
  // `DEBUG=archbook` asks for Astro's detail too, as `npm run dev -- --verbose` does.
  argv: verbose(process.env, argv) && !argv.includes('--verbose') ? [...argv, '--verbose'] : argv,
  // Astro's check for a newer Astro asks the npm registry and tells the author to upgrade the engine's
  // Astro, which is not theirs to upgrade: browsing the handbook touches no network.
  env: { ...process.env, ASTRO_DISABLE_UPDATE_CHECK: 'true' },
});
let timer: NodeJS.Timeout | undefined;
// The folder, not the file: editors save by writing a new file and renaming it over the old one.
watch(contentRoot, (_event, name) => {
  if (name !== configFileName) return;
  clearTimeout(timer);
  timer = setTimeout(() => supervisor.restart(`${configFileName} changed`), 200);
});
const stop = () => void supervisor.stop().then((code) => process.exit(code));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.exitCode = await supervisor.exited;
process.exit();
