#!/usr/bin/env node
// `npm run bench` (diagrams part), or `node scripts/bench/diagrams.ts [count]`: renders the same generated
// diagrams with a JVM per diagram (what node-plantuml does) and with the pipeline (one JVM in pipe mode,
// plus the content-hash cache), prints both per-diagram times and the ratio, then rebuilds warm.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArchbookConfig } from '../config/parse.ts';
import { findPlantumlJar } from '../diagrams/jar.ts';
import { findJava } from '../diagrams/java.ts';
import { createDiagramPipeline } from '../diagrams/pipeline.ts';
import { engineRoot } from '../paths.ts';

/** Figures of one benchmark run. */
export interface DiagramBenchResult {
  readonly count: number;
  /** Milliseconds per diagram with a JVM per diagram. */
  readonly perJvmMs: number;
  /** Milliseconds per diagram through the pipeline, JVM start and sandbox canary included. */
  readonly pipelineMs: number;
  /** `perJvmMs / pipelineMs`. */
  readonly ratio: number;
  /** Diagrams the warm rebuild rendered (0 when the cache works) and JVMs it started. */
  readonly warmRendered: number;
  readonly warmJvmStarts: number;
  readonly warmMs: number;
}

const kinds = [
  'sequence',
  'class',
  'component',
  'activity',
  'state',
  'use case',
  'mind map',
  'JSON',
  'deployment',
  'entity',
];

/** The `index`-th generated diagram: ten kinds in turn, each with its own labels. Pure. */
export function benchDiagram(index: number): string {
  const n = String(index);
  const bodies = [
    `actor User${n}\nparticipant "Adapter ${n}" as A\nparticipant "Service ${n}" as S\ndatabase DB${n}\nUser${n} -> A : request ${n}\nA -> S : call\nS -> DB${n} : query\nDB${n} --> S : rows\nS --> A : result\nA --> User${n} : response`,
    `class Order${n} {\n  +id: int\n  +total: Decimal\n  +place()\n}\nclass Item${n}\nOrder${n} "1" *-- "many" Item${n}\ninterface Repo${n}\nRepo${n} <|.. SqlRepo${n}`,
    `package "adapters ${n}" {\n  component Api${n}\n  component Db${n}\n}\ncomponent Service${n}\nApi${n} --> Service${n}\nService${n} ..> Db${n}`,
    `start\n:receive order ${n};\nif (valid?) then (yes)\n  :store;\nelse (no)\n  :reject;\nendif\n:notify ${n};\nstop`,
    `[*] --> Draft${n}\nDraft${n} --> Planned${n} : plan\nPlanned${n} --> Running${n} : start\nRunning${n} --> [*]`,
    `left to right direction\nactor Planner${n}\nrectangle System${n} {\n  usecase "Plan ${n}" as P\n  usecase "Review ${n}" as R\n}\nPlanner${n} --> P\nPlanner${n} --> R`,
    `* Root ${n}\n** Branch A${n}\n*** Leaf 1\n** Branch B${n}\n*** Leaf 2`,
    `{\n  "order": ${n},\n  "items": [{"sku": "A${n}", "qty": 2}],\n  "paid": true\n}`,
    `node Web${n} {\n  component App${n}\n}\ndatabase Pg${n}\nqueue Bus${n}\nApp${n} --> Pg${n}\nApp${n} --> Bus${n}`,
    `hide circle\nentity mills_${n} {\n  * id : integer <<PK>>\n  --\n  * name : varchar\n}\nentity periods_${n} {\n  * id : integer <<PK>>\n  * mill_id : integer <<FK>>\n}\nmills_${n} ||--o{ periods_${n}`,
  ];
  const kind = index % bodies.length;
  const [start, end] =
    kind === 6 ? ['@startmindmap', '@endmindmap'] : kind === 7 ? ['@startjson', '@endjson'] : ['@startuml', '@enduml'];
  const title = kind === 6 || kind === 7 ? '' : `title Bench ${kinds[kind] ?? ''} ${n}\n`;
  return `${start}\n${title}${bodies[kind] ?? ''}\n${end}\n`;
}

/**
 * Runs the benchmark and prints its figures; returns them too.
 * @param count - diagrams to generate (at least 100 for the acceptance figure)
 * @param write - where lines go
 */
export async function runDiagramBench(
  count = 100,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<DiagramBenchResult> {
  const java = findJava(process.env);
  if (java === undefined) throw new Error('The diagram benchmark needs Java 17 or newer on PATH or in JAVA_HOME.');
  const jar = findPlantumlJar(engineRoot);
  const root = mkdtempSync(path.join(os.tmpdir(), 'archbook-bench-diagrams-'));
  try {
    const sources = Array.from({ length: count }, (_, index) => benchDiagram(index));
    mkdirSync(path.join(root, 'diagrams'), { recursive: true });
    sources.forEach((source, index) =>
      writeFileSync(path.join(root, 'diagrams', `bench-${String(index).padStart(3, '0')}.puml`), source),
    );
    write(`Diagrams: ${count} generated (${kinds.join(', ')}), PlantUML ${jar.version}`);

    const perJvmStart = performance.now();
    for (const source of sources) await renderWithOwnJvm(java, jar.path, source);
    const perJvmMs = (performance.now() - perJvmStart) / count;
    write(`  JVM per diagram (java -jar per diagram):   ${perJvmMs.toFixed(1).padStart(7)} ms per diagram`);

    const config = parseArchbookConfig({
      title: 'Bench',
      description: 'Bench',
      repository: { url: 'https://example.org/bench' },
    });
    const options = { root, engineRoot, docsDir: 'site/content/docs', config, env: process.env };
    const cold = createDiagramPipeline(options);
    const coldStart = performance.now();
    const coldSummary = await cold.refresh();
    const pipelineMs = (performance.now() - coldStart) / count;
    await cold.close();
    if (coldSummary.rendered !== count)
      throw new Error(`the pipeline rendered ${coldSummary.rendered} of ${count} diagrams`);
    write(
      `  Pipeline (one JVM, pipe mode, cold cache): ${pipelineMs.toFixed(1).padStart(7)} ms per diagram (${cold.stats().jvmStarts} JVM)`,
    );
    const ratio = perJvmMs / pipelineMs;
    write(`  Speed-up: ${ratio.toFixed(1)}x (target at least 10x: ${ratio >= 10 ? 'met' : 'NOT met'})`);

    const warm = createDiagramPipeline(options);
    const warmStart = performance.now();
    const warmSummary = await warm.refresh();
    const warmMs = performance.now() - warmStart;
    await warm.close();
    write(
      `  Warm rebuild: ${warmSummary.total} diagrams, ${warmSummary.rendered} rendered, ${warmSummary.cached} from the cache, ` +
        `${warm.stats().jvmStarts} JVMs started, ${warmMs.toFixed(0)} ms`,
    );
    return {
      count,
      perJvmMs,
      pipelineMs,
      ratio,
      warmRendered: warmSummary.rendered,
      warmJvmStarts: warm.stats().jvmStarts,
      warmMs,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** One JVM for one diagram, the way node-plantuml renders: `java -jar plantuml.jar -tsvg -pipe`. */
function renderWithOwnJvm(java: string, jar: string, source: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      java,
      ['-DPLANTUML_SECURITY_PROFILE=SANDBOX', '-Djava.awt.headless=true', '-jar', jar, '-tsvg', '-nometadata', '-pipe'],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && output.includes('<svg') ? resolve() : reject(new Error(`PlantUML exited with ${String(code)}`)),
    );
    child.stdin.end(source);
  });
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? '100');
  await runDiagramBench(Number.isInteger(count) && count > 0 ? count : 100);
}
