#!/usr/bin/env node
// `npm test`: the whole suite, in the order a failure is cheapest to find:
//   1. unit tests (node:test)
//   2. build tests: the real build on fixture sites, asserting exit codes and file:line messages
//   3. the fixture handbook (tests/fixtures/handbook) built at the root, then the end-to-end suite in Chromium
//   4. the same fixture built under BASE_PATH=/handbook/, then the same end-to-end suite again
//   5. the content check: the repository's own handbook built (at / and under /handbook/), then every page
//      and rule checked reachable
//   6. adoption: a copy of the repository scaffolds a new handbook and runs this whole suite (skipped there)
// It ends with one line "tests: N passed, N failed" summing every runner.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTestPlan } from '../testing/test-plan.ts';

// Every runner's temporary folders (fixture handbooks, PlantUML's working folders, about 400 a run) go into
// one folder of this run's own: removed when every test passed, kept for a look when one failed.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'archbook-tests-'));
const summary = await runTestPlan({ ...process.env, TMPDIR: scratch });
const passed = summary.failed === 0 && summary.stepsFailed === 0;
if (passed) rmSync(scratch, { recursive: true, force: true });
else process.stdout.write(`\nthe tests' temporary folders are kept in ${scratch}\n`);
process.stdout.write(`\ntests: ${summary.passed} passed, ${summary.failed} failed\n`);
process.exitCode = passed ? 0 : 1;
