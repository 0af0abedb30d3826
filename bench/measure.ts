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

/** Plain loop and function timed in alternating rounds of one run (see {@link compareAlternating}). */
export interface AlternatingComparison {
  /** Median over the rounds, in milliseconds of CPU time. */
  plainMedian: number;
  measuredMedian: number;
  /** measuredMedian / plainMedian: the ratio the goal is judged on. */
  ratio: number;
  /** Fastest function run / fastest plain run: what an undisturbed machine would show. */
  fastestRatio: number;
  rounds: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Times `plain` and `work` in `rounds` alternating rounds (plain, then work, after one unmeasured run of
 * each so both are compiled), each run from a collected heap, in CPU time of the process. On a shared machine a busy spell then
 * slows both sides of a round or only one of its runs; the medians ignore a few such runs, where the
 * fastest of each side alone could set a lucky plain run against an unlucky function run.
 */
export function compareAlternating(
  plain: () => unknown,
  work: () => unknown,
  rounds = 7,
): AlternatingComparison {
  plain();
  work();
  const plainTimes: number[] = [];
  const measuredTimes: number[] = [];
  // CPU time, not wall time: on a shared machine the time spent waiting for a core is not ours. It is the
  // main thread's only because npm run bench starts node with --single-threaded: process.cpuUsage counts
  // every thread, and with V8's helper threads the sweeping that follows global.gc() landed in whichever
  // run came next, 25–35 ms of it, diluting every ratio (a 4.6× function measured 2.5×); on a machine
  // whose two cores are siblings those threads also slowed the run itself.
  const timed = (run: () => unknown): number => {
    global.gc?.();
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1e3;
  };
  for (let round = 0; round < rounds; round++) {
    plainTimes.push(timed(plain));
    measuredTimes.push(timed(work));
  }
  const plainMedian = median(plainTimes);
  const measuredMedian = median(measuredTimes);
  return {
    plainMedian,
    measuredMedian,
    ratio: measuredMedian / plainMedian,
    fastestRatio: Math.min(...measuredTimes) / Math.min(...plainTimes),
    rounds,
  };
}

/**
 * "name / plain loop: 2.10× (goal ≤ 3×) OK (medians of 7 alternating rounds: 45.1 ms / 21.5 ms; fastest
 * of each: 2.05×)": the goal judged on the ratio of the medians.
 */
export function describeRatio(name: string, comparison: AlternatingComparison, goal = 3): string {
  const { ratio, rounds, measuredMedian, plainMedian, fastestRatio } = comparison;
  return (
    `${name} / plain loop: ${ratio.toFixed(2)}× (goal ≤ ${goal}×) ${ratio <= goal ? "OK" : "SLOWER THAN GOAL"}` +
    ` (medians of ${rounds} alternating rounds: ${measuredMedian.toFixed(1)} / ${plainMedian.toFixed(1)} ms CPU;` +
    ` fastest of each: ${fastestRatio.toFixed(2)}×)`
  );
}

/**
 * One run of each for its memory, then alternating rounds for the ratio (see compareAlternating), so that
 * one busy spell on a shared machine cannot decide the ratio; prints both runs and the ratio, the latter
 * under `ratioName` (the function's own name where `name` describes its data too).
 */
export function compareAndReport(
  name: string,
  work: () => unknown,
  plain: () => unknown,
  plainName: string,
  ratioName = name,
): void {
  const plainRun = measure(plain, 1);
  const run = measure(work, 1);
  const comparison = compareAlternating(plain, work);
  console.log(`${plainName}: ${describe(plainRun)} (first run)`);
  console.log(`${name}: ${describe(run)} (first run)`);
  console.log(describeRatio(ratioName, comparison));
}
