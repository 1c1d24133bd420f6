// Fills the rule scan cache of one content root on a thread of its own (see scan-ahead.ts). Whatever it
// throws ends the thread; the rule check then scans the pages itself.
import { workerData } from 'node:worker_threads';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import { docsDir } from '../paths.ts';
import { openScanCache } from './scan-cache.ts';

const { root } = workerData as { readonly root: string };
const cache = openScanCache(root);
for (const file of readMarkdownFiles(root, docsDir).files) cache.scan(file);
cache.save();
