// Order statistics over samples, and the ratio columns every table shares.

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface Percentiles extends Spread {
  p50: number;
  p99: number;
}

/** Nearest-rank percentile of an ascending array (q in 0..1). */
function rank(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] as number;
}

export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  const p50 = rank(list, 0.5);
  return {
    min: list[0] ?? Number.NaN,
    median: p50,
    p50,
    p99: rank(list, 0.99),
    max: list.at(-1) ?? Number.NaN,
  };
}

export function spread(samples: readonly number[]): Spread {
  const { min, median, max } = percentiles(samples);
  return { min, median, max };
}

/** "1.23×"; "—" when either side is missing. */
export function ratio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return '—';
  return `${(value / baseline).toFixed(2)}×`;
}
