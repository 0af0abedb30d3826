import { adjustPValues, type PValueAdjustment } from "./adjustPValues";
import { CoreInputError } from "./coreInputError";
import { welchAnova, welchTTest, type GroupSummary, type TestResult } from "./welchTests";

/** One segment against the rest of the respondents. */
export interface SegmentResult {
  n: number;
  mean: number;
  /** With 2 or more values (and 2 or more in the rest), else undefined: no test. */
  sd?: number;
  /** Mean of the segment − mean of everyone else. */
  difference?: number;
  /** Welch's t against the rest; absent for an untested segment or when neither side varies. */
  test?: TestResult;
  adjustedP?: number;
  significant?: boolean;
  /** Tested, but neither the segment nor the rest varies: t is undefined. */
  noSpread?: boolean;
}

/** Every segment against the rest, and everyone together with Welch's ANOVA across the tested segments. */
export interface SegmentComparison {
  segments: SegmentResult[];
  all: { n: number; mean: number; sd?: number; anova?: TestResult; noSpread?: boolean };
}

/** n, mean and Σ(x − mean)² of a group, merged pairwise (Chan, Golub & LeVeque, 1979). */
interface Moments {
  n: number;
  mean: number;
  squares: number;
}

function merge(a: Moments, b: Moments): Moments {
  const n = a.n + b.n;
  if (a.n === 0 || b.n === 0) return a.n === 0 ? b : a;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + (delta * b.n) / n,
    squares: a.squares + b.squares + (delta * delta * a.n * b.n) / n,
  };
}

const summary = (m: Moments): GroupSummary => ({ n: m.n, mean: m.mean, variance: m.squares / (m.n - 1) });

/**
 * Each group's n, mean and Σ(x − mean)², two-pass: the first pass's means, then squares and the residual
 * correction about them. Only the two passes over every value live here: a function this small is
 * optimized whole, with feedback for every line, where the loops inside segmentComparison were
 * optimized on the fly while they ran and the code after them, reached without type feedback,
 * dropped the optimized code again on every call (a recompilation each time, longer than the passes).
 */
function groupMoments(values: ArrayLike<number>, groups: ArrayLike<number>, groupCount: number): Moments[] {
  const count = values.length;
  const sums = new Float64Array(groupCount);
  const sizes = new Float64Array(groupCount);
  // a group whose values are all equal gets a spread of exactly 0 (its mean may be off by an ulp)
  const firsts = new Float64Array(groupCount);
  const varies = new Uint8Array(groupCount);
  for (let i = 0; i < count; i++) {
    const g = groups[i]!;
    if (!(g >= 0 && g < groupCount)) throw groupIndexError(groupCount);
    const value = values[i]!;
    if (sizes[g] === 0) firsts[g] = value;
    else if (value !== firsts[g]) varies[g] = 1;
    sums[g]! += value;
    sizes[g]!++;
  }
  const centres = sums.map((sum, g) => sum / sizes[g]!);
  const squares = new Float64Array(groupCount);
  const residuals = new Float64Array(groupCount);
  for (let i = 0; i < count; i++) {
    const g = groups[i]!;
    const deviation = values[i]! - centres[g]!;
    squares[g]! += deviation * deviation;
    residuals[g]! += deviation;
  }
  return Array.from({ length: groupCount }, (_, g) => {
    const n = sizes[g]!;
    const residual = residuals[g]!;
    if (varies[g] === 0) return { n, mean: firsts[g]!, squares: 0 };
    return {
      n,
      mean: centres[g]! + residual / n,
      squares: Math.max(0, squares[g]! - (residual * residual) / n),
    };
  });
}

function groupIndexError(groupCount: number): CoreInputError {
  return new CoreInputError("segmentComparison", "range", `group indices below ${groupCount}`);
}

/**
 * Does a store, region or channel differ from the rest? For each segment (group index per value, in
 * order of first appearance): n, mean, SD, its mean minus everyone else's, and Welch's t-test against
 * everyone else, with p-values adjusted over the tested segments (Holm by default) and significant when
 * the adjusted p is below 1 − confidence; then everyone's n, mean and SD with Welch's one-way ANOVA
 * across the segments with at least 2 values. A segment (or rest) of fewer than 2 values is not tested.
 *
 * @throws CoreInputError `empty` without values, `shape` when values and groups differ in length,
 * `range` for a confidence outside (0, 1) or a group index outside [0, groupCount).
 * @example
 * segmentComparison([4, 5, 2, 3], [0, 0, 1, 1], 2).segments[0].difference // => 2
 */
export function segmentComparison(
  values: ArrayLike<number>,
  groups: ArrayLike<number>,
  groupCount: number,
  adjust: PValueAdjustment = "holm",
  confidence = 0.95,
): SegmentComparison {
  const name = "segmentComparison";
  const count = values.length;
  if (count === 0) throw new CoreInputError(name, "empty", "at least one value");
  if (groups.length !== count) throw new CoreInputError(name, "shape", "one group per value");
  if (!(confidence > 0 && confidence < 1)) {
    throw new CoreInputError(name, "range", `a confidence strictly between 0 and 1 (got ${confidence})`);
  }
  const moments = groupMoments(values, groups, groupCount);
  for (const m of moments) {
    if (!Number.isFinite(m.mean) || !Number.isFinite(m.squares)) {
      throw new CoreInputError(name, "range", "numbers small enough to square (|x| < 1e150)", {
        problem: { code: "tooLarge" },
      });
    }
  }
  // everyone but segment g = (segments before g) merged with (segments after g)
  const empty: Moments = { n: 0, mean: 0, squares: 0 };
  const before: Moments[] = [empty];
  for (let g = 0; g < groupCount; g++) before.push(merge(before[g]!, moments[g]!));
  const segments: SegmentResult[] = new Array<SegmentResult>(groupCount);
  let after = empty;
  for (let g = groupCount - 1; g >= 0; g--) {
    const own = moments[g]!;
    const rest = merge(before[g]!, after);
    after = merge(own, after);
    const result: SegmentResult = { n: own.n, mean: own.mean };
    segments[g] = result;
    if (own.n < 2 || rest.n < 2) continue;
    result.sd = Math.sqrt(own.squares / (own.n - 1));
    result.difference = own.mean - rest.mean;
    if (own.squares === 0 && rest.squares === 0) result.noSpread = true;
    else result.test = welchTTest(summary(own), summary(rest));
  }
  const tested = segments.filter((segment) => segment.test !== undefined);
  const adjusted = adjustPValues(
    tested.map((segment) => segment.test!.p),
    adjust,
  );
  tested.forEach((segment, i) => {
    segment.adjustedP = adjusted[i]!;
    segment.significant = adjusted[i]! < 1 - confidence;
  });

  const everyone = after;
  const all: SegmentComparison["all"] = { n: everyone.n, mean: everyone.mean };
  if (everyone.n > 1) all.sd = Math.sqrt(everyone.squares / (everyone.n - 1));
  const anovaGroups = moments.filter((m) => m.n >= 2);
  if (anovaGroups.length >= 2) {
    if (anovaGroups.some((m) => m.squares === 0)) all.noSpread = true;
    else all.anova = welchAnova(anovaGroups.map(summary));
  }
  return { segments, all };
}
