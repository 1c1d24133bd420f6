import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engineRoot } from '../paths.ts';
import { astroRootFor } from '../astro-root.ts';
import { poll, startServer, type StartTimes } from './dev-server.ts';
import { generateHandbook, type HandbookSize } from './generate-handbook.ts';

/** Figures of one dev-server benchmark run, in milliseconds. */
export interface DevBenchResult {
  readonly size: HandbookSize;
  /** From starting `npm run dev` to the server listening, and to the first page answered: cold, then warm. */
  readonly cold: StartTimes;
  readonly warm: StartTimes;
  /** Save-to-visible, each the median of its repetitions. */
  readonly page: number;
  readonly diagram: number;
  readonly spec: number;
  /** Load average over one minute when the run ended, and the number of cores. */
  readonly load: string;
}

const defaultSize: HandbookSize = { pages: 1000, rulesPerPage: 3, diagrams: 200, specs: 10 };
const repetitions = 3;

/**
 * Generates the bench handbook, starts `npm run dev` on it, and times save-to-visible by polling pages over
 * HTTP: a page edit, a `.puml` edit seen on the page that embeds it, and a spec edit seen on the spec's
 * operation page. Figures only, never a test.
 */
export async function runDevBench(size: HandbookSize = defaultSize): Promise<DevBenchResult> {
  const root = path.join(engineRoot, '.archbook', 'bench-dev', 'handbook');
  rmSync(path.dirname(root), { recursive: true, force: true });
  // Cold as on a fresh clone: no Astro root left by an earlier run either (its generated modules and types).
  rmSync(astroRootFor(root), { recursive: true, force: true });
  generateHandbook(root, size);
  const pageFile = path.join(root, 'site/content/docs/guidelines/page-0000.md');
  appendFileSync(pageFile, '\n::diagram[The first flow]{src="flow-000.puml"}\n');
  const first = await startServer(root, '/guidelines/page-0000/');
  let result: Omit<DevBenchResult, 'warm'>;
  try {
    // The server answers before the diagrams of a cold start are rendered (they render on the other core);
    // edits are timed once they are, as an author's would be after the first few seconds.
    await first.printed('diagram(s) ready');
    const pageUrl = `${first.origin}/guidelines/page-0000/`;
    const page = await median((marker) => {
      appendFileSync(pageFile, `\n${marker}\n`);
      return poll(pageUrl, marker);
    });
    const pumlFile = path.join(root, 'diagrams/flow-000.puml');
    const diagram = await median((marker) => {
      writeFileSync(pumlFile, readFileSync(pumlFile, 'utf8').replace(/^title .*$/m, `title ${marker}`));
      return poll(pageUrl, marker);
    });
    const specFile = path.join(root, 'specs/service-0.yaml');
    const spec = await median((marker) => {
      writeFileSync(specFile, readFileSync(specFile, 'utf8').replace(/summary: .*/, `summary: ${marker}`));
      return poll(`${first.origin}/api/service-0/operations/getitem0/`, marker);
    });
    const load = `load ${os.loadavg()[0]?.toFixed(1) ?? '?'} on ${os.availableParallelism()} cores`;
    result = { size, cold: first.times, page, diagram, spec, load };
  } finally {
    await first.stop();
  }
  const second = await startServer(root, '/guidelines/page-0000/');
  await second.stop();
  return { ...result, warm: second.times };
}

/** Runs `edit` with fresh markers and returns the median time until the edit showed. */
async function median(edit: (marker: string) => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < repetitions; index += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const started = performance.now();
    await edit(`benchmark${Date.now()}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The figures as a table, with the goals of issue 10. */
export function formatDevBench(result: DevBenchResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const { size } = result;
  return [
    `handbook: ${size.pages} pages, ${size.pages * size.rulesPerPage} rules, ${size.diagrams} diagrams, ${size.specs} specs (${result.load})`,
    `cold start, listening   ${s(result.cold.listening)}${result.cold.storeCleared ? ' (content store rebuilt)' : ''}`,
    `cold start, first page  ${s(result.cold.firstPage)}   goal ≤ 8 s`,
    `warm start, listening   ${s(result.warm.listening)}${result.warm.storeCleared ? ' (content store rebuilt)' : ''}`,
    `warm start, first page  ${s(result.warm.firstPage)}   goal ≤ 8 s`,
    `page edit → visible     ${s(result.page)}   goal ≤ 0.5 s`,
    `.puml edit → embedding  ${s(result.diagram)}   goal ≤ 1.5 s`,
    `spec edit → its page    ${s(result.spec)}   goal ≤ 3 s`,
  ].join('\n');
}
