#!/usr/bin/env node
// `npm run bench`: the diagram pipeline against a JVM per diagram, then a large generated handbook built
// cold and warm against bare Starlight. `npm run bench -- openapi` builds GitHub's REST API description
// with archbook and with bare Starlight + starlight-openapi instead. Figures only: nothing here is a
// pass/fail test.
import { formatSiteBench, runSiteBench } from '../bench/site.ts';

const only = process.argv[2];
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
if (only !== 'site') {
  const { runDiagramBench } = (await import('../bench/diagrams.ts')) as { runDiagramBench: () => Promise<unknown> };
  process.stdout.write('== Diagrams ==\n');
  await runDiagramBench();
}
if (only !== 'diagrams') {
  process.stdout.write('\n== Site ==\n');
  const small = process.env['BENCH_PAGES'];
  const result = await runSiteBench(
    small
      ? {
          pages: Number(small),
          rulesPerPage: 3,
          diagrams: Math.ceil(Number(small) / 5),
          specs: Math.min(10, Number(small)),
        }
      : undefined,
  );
  process.stdout.write(`${formatSiteBench(result)}\n`);
}
