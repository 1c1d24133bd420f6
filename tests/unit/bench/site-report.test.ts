import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Measurement } from '../../../scripts/bench/measure.ts';
import { formatSiteBench, median } from '../../../scripts/bench/site-report.ts';

const build = (seconds: number, gigabytes = 1): Measurement => ({
  code: 0,
  wallMs: seconds * 1000,
  peakRssBytes: gigabytes * 1024 ** 3,
  output: '',
  timeline: '',
});
const round = (cold: number, warm: number, bareCold: number, bareWarm: number, peak = 1) => ({
  cold: build(cold, peak),
  warm: build(warm, peak),
  bareCold: build(bareCold),
  bareWarm: build(bareWarm),
});
const weight = { totalBytes: 2048, htmlBytes: 1024, cssBytes: 512, jsBytes: 512 };
const size = { pages: 10, rulesPerPage: 3, diagrams: 2, specs: 1 };

describe('the site bench report', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it('gives the median of the rounds’ own ratios, not the ratio of medians, and the highest peak', () => {
    // Warm ratios 1.10, 1.50, 1.20 (median 1.20); cold ratios 1.40, 2.00, 1.30 (median 1.40).
    const rounds = [round(14, 11, 10, 10), round(30, 15, 15, 10, 1.25), round(26, 24, 20, 20)];
    const report = formatSiteBench({ size, rounds, pageWeight: weight });
    assert.match(
      report,
      /^Warm build ratio to bare Starlight: 1\.20x \(goal: within 1\.15x; the median of 3 rounds\)$/m,
    );
    assert.match(
      report,
      /^Cold build ratio to bare Starlight: 1\.40x \(goal: within 1\.3x; the median of 3 rounds\)$/m,
    );
    assert.match(report, /^Peak memory: 1\.25 GB /m);
    assert.match(
      report,
      /^\| 2 \| 30\.0 s, 1\.25 GB \| 15\.0 s, 1\.25 GB \| 15\.0 s, 1\.00 GB \| 10\.0 s, 1\.00 GB \| 1\.50x \| 2\.00x \|$/m,
    );
  });

  it('prints one round’s ratios as they are', () => {
    const report = formatSiteBench({ size, rounds: [round(13, 11.5, 10, 10)], pageWeight: weight });
    assert.match(report, /^Warm build ratio to bare Starlight: 1\.15x \(goal: within 1\.15x\)$/m);
  });
});
