import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measure } from '../../../scripts/bench/measure.ts';

describe('measuring a command', () => {
  it('times each line of its output from the start, whichever stream it came on', async () => {
    const script =
      "process.stdout.write('first\\nsecond '); setTimeout(() => { process.stderr.write('third\\n'); " +
      "process.stdout.write('half'); }, 400);";
    const measured = await measure(process.execPath, ['-e', script], { cwd: process.cwd(), env: process.env });
    assert.equal(measured.code, 0);
    const lines = measured.timeline.split('\n').map((line) => /^\s*(\d+\.\d\d) (.*)$/.exec(line));
    assert.deepEqual(
      lines.map((match) => match?.[2]),
      ['first', 'third', 'second half'],
    );
    const [first, third] = lines.map((match) => Number(match?.[1]));
    assert.ok(third !== undefined && first !== undefined && third - first >= 0.3, measured.timeline);
    assert.ok(measured.wallMs >= 400);
  });
});
