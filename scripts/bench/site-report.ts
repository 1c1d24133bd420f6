import os from 'node:os';
import type { Measurement } from './measure.ts';
import type { SiteBenchResult, SiteBenchRound } from './site.ts';

const seconds = (m: Measurement) => `${(m.wallMs / 1000).toFixed(1)} s`;
const memory = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Archbook's wall time over bare Starlight's in one round, warm and cold. */
export function roundRatios(round: SiteBenchRound): { readonly warm: number; readonly cold: number } {
  return { warm: round.warm.wallMs / round.bareWarm.wallMs, cold: round.cold.wallMs / round.bareCold.wallMs };
}

/** One round as a row of the README's table. */
export function formatRound(round: SiteBenchRound, index: number): string {
  const ratios = roundRatios(round);
  const build = (m: Measurement) => `${seconds(m)}, ${memory(m.peakRssBytes)}`;
  return `| ${index + 1} | ${build(round.cold)} | ${build(round.warm)} | ${build(round.bareCold)} | ${build(round.bareWarm)} | ${ratios.warm.toFixed(2)}x | ${ratios.cold.toFixed(2)}x |`;
}

/**
 * Prints the figures as the README's performance section records them. A ratio is the median of the
 * rounds' own ratios: each round builds both sides within a minute or two, while the machine's speed moves
 * by a third within an hour, so a ratio is only as good as the pair it comes from.
 */
export function formatSiteBench(result: SiteBenchResult): string {
  const ratios = result.rounds.map(roundRatios);
  const peak = Math.max(...result.rounds.flatMap((round) => [round.cold.peakRssBytes, round.warm.peakRssBytes]));
  const over = result.rounds.length === 1 ? '' : `; the median of ${result.rounds.length} rounds`;
  const w = result.pageWeight;
  return [
    `Site: ${result.size.pages} guideline pages (${result.size.pages * result.size.rulesPerPage} rules), ${result.size.diagrams} diagrams, ${result.size.specs} specs`,
    `Machine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    '',
    '| round | archbook cold | archbook warm | bare Starlight cold | bare Starlight warm | warm ratio | cold ratio |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...result.rounds.map(formatRound),
    '',
    `Warm build ratio to bare Starlight: ${median(ratios.map((r) => r.warm)).toFixed(2)}x (goal: within 1.15x${over})`,
    `Cold build ratio to bare Starlight: ${median(ratios.map((r) => r.cold)).toFixed(2)}x (goal: within 1.3x${over})`,
    `Peak memory: ${memory(peak)} (the highest of archbook's builds; goal: at most 1.5 GB at 1,000 pages, under 2 GB at 3,000)`,
    `Guideline page weight (gzip, search excluded): ${kb(w.totalBytes)} = HTML ${kb(w.htmlBytes)} + CSS ${kb(w.cssBytes)} + JS ${kb(w.jsBytes)}`,
  ].join('\n');
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}
