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
import { runTestPlan } from '../testing/test-plan.ts';

const summary = await runTestPlan(process.env);
process.stdout.write(`\ntests: ${summary.passed} passed, ${summary.failed} failed\n`);
process.exitCode = summary.failed === 0 && summary.stepsFailed === 0 ? 0 : 1;
