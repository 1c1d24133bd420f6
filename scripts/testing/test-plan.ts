import { spawn } from 'node:child_process';
import path from 'node:path';
import { engineRoot } from '../paths.ts';
import { countResults, type ResultCount } from './count-results.ts';

/** Totals over every runner of the plan. */
export interface TestSummary {
  readonly passed: number;
  readonly failed: number;
  /** Steps that failed without reporting tests (a build that did not finish, a runner that crashed). */
  readonly stepsFailed: number;
}

interface Step {
  readonly title: string;
  readonly command: readonly string[];
  readonly env?: Record<string, string>;
  /** Steps skipped when this one fails (e2e needs its build). */
  readonly gates?: boolean;
}

const node = process.execPath;
/** The engine's end-to-end suite runs on this fixture, never on the team's content. */
const e2eFixture = path.join(engineRoot, 'tests', 'fixtures', 'handbook');
const e2eRootDir = path.join(engineRoot, '.archbook', 'e2e-root');
const e2eHandbookDir = path.join(engineRoot, '.archbook', 'e2e-handbook');
const contentHandbookDir = path.join(engineRoot, '.archbook', 'content-handbook');

/** The steps of `npm test`, in order. */
export function testPlan(): Step[][] {
  const playwright = [node, path.join(engineRoot, 'node_modules/@playwright/test/cli.js'), 'test'];
  // The browser checks of the content are the team's own (tests/content/handbook/): a new handbook has none yet.
  const contentBrowserCheck = [...playwright, '--config', 'playwright.content.config.ts', '--pass-with-no-tests'];
  return [
    [{ title: 'unit tests', command: [node, '--test', '--test-reporter=spec', 'tests/unit/**/*.test.ts'] }],
    [
      {
        title: 'build tests',
        command: [node, '--test', '--test-concurrency=2', '--test-reporter=spec', 'tests/build/**/*.test.ts'],
      },
    ],
    [
      {
        title: 'build the fixture handbook at /',
        command: [node, 'scripts/cli/build.ts', '--outDir', e2eRootDir],
        env: { BASE_PATH: '', ARCHBOOK_ROOT: e2eFixture },
        gates: true,
      },
      { title: 'end-to-end at /', command: playwright, env: { E2E_DIST: e2eRootDir, E2E_BASE: '/' } },
    ],
    [
      {
        title: 'build the fixture handbook at /handbook/',
        command: [node, 'scripts/cli/build.ts', '--outDir', e2eHandbookDir],
        env: { BASE_PATH: '/handbook/', SITE_URL: 'https://example.org', ARCHBOOK_ROOT: e2eFixture },
        gates: true,
      },
      {
        title: 'end-to-end at /handbook/',
        command: playwright,
        env: { E2E_DIST: e2eHandbookDir, E2E_BASE: '/handbook/' },
      },
    ],
    [
      // The content check: whatever handbook the repository holds builds (links, rules, diagrams, specs
      // and sidebar checked on the way) and every page and rule in it can be reached.
      { title: 'build the handbook', command: [node, 'scripts/cli/build.ts'], env: { BASE_PATH: '' }, gates: true },
      {
        title: 'content check',
        command: [node, '--test', '--test-reporter=spec', 'tests/content/**/*.test.ts'],
        env: { CONTENT_DIST: 'dist', CONTENT_BASE: '/' },
      },
      {
        title: 'content check in Chromium',
        command: contentBrowserCheck,
        env: { E2E_DIST: 'dist', E2E_BASE: '/' },
      },
    ],
    [
      // The same handbook served below a path, as GitLab or GitHub Pages of a project serve it.
      {
        title: 'build the handbook at /handbook/',
        command: [node, 'scripts/cli/build.ts', '--outDir', contentHandbookDir],
        env: { BASE_PATH: '/handbook/' },
        gates: true,
      },
      {
        title: 'content check in Chromium at /handbook/',
        command: contentBrowserCheck,
        env: { E2E_DIST: contentHandbookDir, E2E_BASE: '/handbook/' },
      },
    ],
    // A new team's first day: a copy of the repository scaffolds its own handbook and runs this whole plan
    // (where this step is skipped). Last, as the dearest step, and alone, as the nested run needs both cores.
    [{ title: 'adoption', command: [node, '--test', '--test-reporter=spec', 'tests/adoption/**/*.test.ts'] }],
  ];
}

/** Runs every group of steps; a failed gating step skips the rest of its group. */
export async function runTestPlan(env: NodeJS.ProcessEnv): Promise<TestSummary> {
  let passed = 0;
  let failed = 0;
  let stepsFailed = 0;
  for (const group of testPlan()) {
    for (const step of group) {
      process.stdout.write(`\n=== ${step.title} ===\n`);
      const { code, counts } = await runStep(step, env);
      passed += counts.passed;
      failed += counts.failed;
      if (code !== 0 && counts.failed === 0) stepsFailed += 1;
      if (code !== 0) process.stdout.write(`=== ${step.title}: FAILED (exit ${code}) ===\n`);
      if (code !== 0 && step.gates) break;
    }
  }
  return { passed, failed, stepsFailed };
}

function runStep(step: Step, env: NodeJS.ProcessEnv): Promise<{ code: number; counts: ResultCount }> {
  const [command, ...args] = step.command;
  return new Promise((resolve) => {
    const child = spawn(command ?? node, args, {
      cwd: engineRoot,
      env: { ...env, ...step.env, ASTRO_TELEMETRY_DISABLED: '1', REDOCLY_TELEMETRY: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on('error', (error) => {
      process.stderr.write(`could not run ${step.title}: ${error.message}\n`);
      resolve({ code: 1, counts: { passed: 0, failed: 0 } });
    });
    child.on('exit', (code) => resolve({ code: code ?? 1, counts: countResults(output) }));
  });
}
