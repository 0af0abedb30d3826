/** Timing and memory helpers shared by the benches. */

export interface Measurement<T> {
  /** Fastest of the runs, in milliseconds. */
  milliseconds: number;
  /** Growth of the JS heap during the first run (from a collected heap), in MB. */
  heapMegabytes: number;
  /** The process's peak resident set so far, in MB. */
  peakRssMegabytes: number;
  result: T;
}

/** Runs `work` `runs` times; reports the fastest time and the memory of the first run. */
export function measure<T>(work: () => T, runs = 3): Measurement<T> {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let milliseconds = Infinity;
  let heapMegabytes = 0;
  let result: T | undefined;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    result = work();
    milliseconds = Math.min(milliseconds, Number(process.hrtime.bigint() - started) / 1e6);
    if (run === 0) heapMegabytes = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    if (run < runs - 1) global.gc?.();
  }
  const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;
  return { milliseconds, heapMegabytes, peakRssMegabytes, result: result as T };
}

/** "123.4 ms, heap +56.7 MB, process peak RSS so far 890 MB" (the peak is process-wide: it never falls between benches) */
export function describe(measurement: Measurement<unknown>): string {
  return (
    `${measurement.milliseconds.toFixed(1)} ms, heap +${measurement.heapMegabytes.toFixed(1)} MB, ` +
    `process peak RSS so far ${measurement.peakRssMegabytes.toFixed(0)} MB`
  );
}

/** A small fast deterministic generator (mulberry32), so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Excel's row limit: a whole-column survey. */
export const EXCEL_ROWS = 1_048_576;
