import { compareAsExcelShows } from "./asExcelShows";
import { checkFactors } from "./checkFactors";
import { CoreInputError } from "./coreInputError";
import { inferScaleRange } from "./inferScale";
import { mean } from "./mean";
import { median } from "./median";

/**
 * The four cells of the importance–performance grid (Martilla & James, 1977):
 * concentrateHere (high importance, low performance), keepUpTheGoodWork (high, high),
 * lowPriority (low, low), possibleOverkill (low importance, high performance).
 */
export type Quadrant = "concentrateHere" | "keepUpTheGoodWork" | "lowPriority" | "possibleOverkill";

/**
 * Where the grid's lines cross: at the means of the factors (Martilla & James's data-centred
 * variant), their medians, the midpoint of each axis's inferred rating scale, or given values.
 */
export type Crosshair = "mean" | "median" | "scale" | { importance: number; performance: number };

/** The crosshair used and each factor's quadrant, in input order. */
export interface ImportancePerformanceResult {
  crosshair: { importance: number; performance: number };
  factors: Array<{ index: number; importance: number; performance: number; quadrant: Quadrant }>;
}

/**
 * Importance–performance analysis: places each factor in one of four quadrants by comparing its
 * importance and performance with a crosshair. A factor on a line as Excel shows the numbers (15
 * significant digits) counts as high.
 *
 * Tells a CX team where to act (concentrate here), what to protect (keep up the good work), what can
 * wait (low priority) and where effort may exceed what customers value (possible overkill).
 * Martilla & James, "Importance-performance analysis", Journal of Marketing 41(1), 1977.
 * The "scale" crosshair is the midpoint (bottom + top) / 2 of inferScaleRange of each axis, e.g. 3 on
 * a 1–5 scale, 5 on a 0–10 scale.
 *
 * @throws CoreInputError `empty` without factors; `shape` when the lists differ in length; `range` for
 * a non-finite value or crosshair, or (with "scale") values outside 0–100.
 * @example
 * importancePerformance([4.5, 4.6, 3.1, 3.0], [3.2, 4.4, 3.0, 4.1], "mean").factors.map((f) => f.quadrant)
 * // => ["concentrateHere", "keepUpTheGoodWork", "lowPriority", "possibleOverkill"]
 */
export function importancePerformance(
  importance: readonly number[],
  performance: readonly number[],
  crosshair: Crosshair,
): ImportancePerformanceResult {
  checkFactors("importancePerformance", importance, performance);
  const lines = crosshairOf(importance, performance, crosshair);
  return {
    crosshair: lines,
    factors: importance.map((imp, index) => {
      const perf = performance[index]!;
      return { index, importance: imp, performance: perf, quadrant: quadrantOf(imp, perf, lines) };
    }),
  };
}

function crosshairOf(
  importance: readonly number[],
  performance: readonly number[],
  crosshair: Crosshair,
): { importance: number; performance: number } {
  switch (crosshair) {
    case "mean":
      return { importance: mean(importance), performance: mean(performance) };
    case "median":
      return { importance: median(importance), performance: median(performance) };
    case "scale": {
      const importanceScale = inferScaleRange(importance);
      const performanceScale = inferScaleRange(performance);
      return {
        importance: (importanceScale.bottom + importanceScale.top) / 2,
        performance: (performanceScale.bottom + performanceScale.top) / 2,
      };
    }
    default:
      if (!Number.isFinite(crosshair.importance) || !Number.isFinite(crosshair.performance)) {
        throw new CoreInputError(
          "importancePerformance",
          "range",
          `a crosshair of finite numbers (got ${crosshair.importance}, ${crosshair.performance})`,
          { problem: { code: "notFinite" } },
        );
      }
      return { importance: crosshair.importance, performance: crosshair.performance };
  }
}

function quadrantOf(
  importance: number,
  performance: number,
  lines: { importance: number; performance: number },
): Quadrant {
  // On the line as Excel shows the numbers (15 significant digits) counts as on the line.
  const highImportance = compareAsExcelShows(importance, lines.importance) >= 0;
  const highPerformance = compareAsExcelShows(performance, lines.performance) >= 0;
  if (highImportance) return highPerformance ? "keepUpTheGoodWork" : "concentrateHere";
  return highPerformance ? "possibleOverkill" : "lowPriority";
}
