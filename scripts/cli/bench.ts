#!/usr/bin/env node
// `npm run bench`: the diagram pipeline against a JVM per diagram, then a large generated handbook built
// cold and warm against bare Starlight. `npm run bench -- openapi` builds GitHub's REST API description
// with archbook and with bare Starlight + starlight-openapi instead; `-- dev` measures the dev server's start
// and save-to-visible times. Figures only: nothing here is a pass/fail test.
import { runSiteBench } from '../bench/site.ts';
import { formatRound, formatSiteBench } from '../bench/site-report.ts';

const only = process.argv[2];
const small = process.env['BENCH_PAGES'];
const size = small
  ? {
      pages: Number(small),
      rulesPerPage: 3,
      diagrams: Math.ceil(Number(small) / 5),
      specs: Math.min(10, Number(small)),
    }
  : undefined;
if (only === 'openapi') {
  const { formatOpenApiBench, runOpenApiBench } = await import('../bench/openapi.ts');
  process.stdout.write('== API (GitHub REST API description) ==\n');
  const result = await runOpenApiBench({
    warm: process.env['BENCH_WARM'] !== '0',
    onCold: (cold, bare) =>
      process.stdout.write(
        `cold builds done: archbook ${(cold.wallMs / 1000).toFixed(1)} s, bare ${(bare.wallMs / 1000).toFixed(1)} s\n`,
      ),
  });
  process.stdout.write(`${formatOpenApiBench(result)}\n`);
  process.exit(0);
}
if (only === 'dev') {
  // Only on request: it edits files under a running dev server, and the other halves do not need it.
  const { runDevBench, formatDevBench } = await import('../bench/dev.ts');
  process.stdout.write('== Dev server ==\n');
  process.stdout.write(`${formatDevBench(await runDevBench(size))}\n`);
  process.exit(0);
}
if (only !== 'site') {
  const { runDiagramBench } = (await import('../bench/diagrams.ts')) as { runDiagramBench: () => Promise<unknown> };
  process.stdout.write('== Diagrams ==\n');
  await runDiagramBench();
}
if (only !== 'diagrams') {
  // Three rounds unless told otherwise: one pair of builds says as much about the machine's hour as the code.
  const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('BENCH_ROUNDS must be a whole number, at least 1');
  process.stdout.write(`\n== Site (${rounds} round${rounds === 1 ? '' : 's'}) ==\n`);
  const result = await runSiteBench(size, rounds, (round, index) =>
    process.stdout.write(`round done: ${formatRound(round, index)}\n`),
  );
  process.stdout.write(`${formatSiteBench(result)}\n`);
}
