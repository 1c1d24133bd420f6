/**
 * The known value closest to a mistyped one, when it is close enough to be what was meant: at most a
 * third of its characters (and at least one) differ, ignoring case. Used in hints: "did you mean …?".
 * @param value - what the author wrote
 * @param known - the values that would have been accepted
 */
export function nearest(value: string, known: Iterable<string>): string | undefined {
  const wanted = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(value.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A hint that suggests the nearest known value, or lists what is known when nothing is near.
 * @param what - what the values are, for the fallback: "the scopes declared in archbook.config.ts"
 */
export function suggestionHint(value: string, known: readonly string[], what: string): string {
  const near = nearest(value, known);
  if (near !== undefined) return `did you mean ${near}?`;
  if (known.length === 0) return `none are declared yet: add ${what}`;
  const shown = known.slice(0, 8).join(', ');
  return `use one of ${what}: ${shown}${known.length > 8 ? ', …' : ''}`;
}

/** Levenshtein distance, with an adjacent swap counting as one edit (a common typo). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** {@link nearest} under the name the dev-loop findings use. */
export function nearestName(value: string, known: Iterable<string>): string | undefined {
  return nearest(value, known);
}

/** `; did you mean X?` or nothing, to append to a message about an unknown name. */
export function didYouMean(unknown: string, known: Iterable<string>): string {
  const near = nearest(unknown, known);
  return near === undefined ? '' : `; did you mean ${near}?`;
}
