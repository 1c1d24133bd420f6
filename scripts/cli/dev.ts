#!/usr/bin/env node
// `npm run dev`: runs `astro dev` on the handbook and starts a fresh one, on the same port, when
// archbook.config.ts changes. Astro's own in-place restart keeps the content layer of the first server
// (its file watcher is closed by the restart, its Markdown plugins are the old ones), so pages stop
// updating after it; a new process has no such leftovers. The browser reconnects and reloads by itself.
import { watch } from 'node:fs';
import { superviseDevServer } from '../dev/supervisor.ts';
import { contentRoot } from '../paths.ts';
import { configFileName } from '../config/load.ts';

const supervisor = superviseDevServer({ argv: process.argv.slice(2), env: process.env });
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
