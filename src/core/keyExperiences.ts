import { compareAsExcelShows } from "./asExcelShows";
import { checkFactors } from "./checkFactors";
import { CoreInputError } from "./coreInputError";

/** One factor's key-experience score. */
export interface KeyExperience {
  /** Position of the factor in the input (0-based). */
  index: number;
  importance: number;
  performance: number;
  /** scaleTop − performance, or max(expectation − performance, 0). */
  shortfall: number;
  /** importance × shortfall. */
  score: number;
  /** 1 for the key experience, then 2, 3, … */
  rank: number;
}

function checkFinite(functionName: string, values: readonly number[], what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!)) {
      throw new CoreInputError(functionName, "range", `finite ${what} (value ${i + 1} is ${values[i]})`, {
        problem: { code: "notFinite" },
      });
    }
  }
}

/**
 * Key experiences: factors ranked by importance × shortfall of performance, so the one whose weakness
 * costs most comes first.
 *
 * Shortfall is the distance to the top of the scale (`{ scaleTop }`), or, when expectations are given
 * (`{ expectation }`), how far performance falls short of expectation, max(expectation − performance, 0):
 * exceeding an expectation earns nothing. This is the importance-weighted gap used to prioritise service
 * improvements (importance × performance-gap matrices after Martilla & James, 1977; the weighted gap of
 * Parasuraman, Berry & Zeithaml, 1991). Sorted by score, highest first; scores Excel shows as the same number (15 significant digits) are
 * ties and keep input order.
 *
 * @throws CoreInputError `empty` without factors; `shape` when the lists differ in length; `range` for a
 * non-finite number or a scale top below a performance value.
 * @example
 * keyExperiences([0.9, 0.5, 0.9], [3, 2, 4], { scaleTop: 5 }).map((k) => [k.index, k.score])
 * // => [[0, 1.8], [1, 1.5], [2, 0.9]]
 */
export function keyExperiences(
  importance: readonly number[],
  performance: readonly number[],
  reference: { scaleTop: number } | { expectation: readonly number[] },
): KeyExperience[] {
  const name = "keyExperiences";
  const n = importance.length;
  checkFactors(name, importance, performance);
  const shortfallOf: (index: number) => number = (() => {
    if ("scaleTop" in reference) {
      const top = reference.scaleTop;
      if (!Number.isFinite(top))
        throw new CoreInputError(name, "range", `a finite scale top (got ${top})`, {
          problem: { code: "notFinite" },
        });
      let largest = -Infinity;
      for (const value of performance) largest = Math.max(largest, value);
      if (top < largest) {
        throw new CoreInputError(
          name,
          "range",
          `a scale top of at least the largest performance value (${largest}; got ${top})`,
        );
      }
      return (i) => top - performance[i]!;
    }
    const expectation = reference.expectation;
    if (expectation.length !== n) {
      throw new CoreInputError(
        name,
        "shape",
        `one expectation per factor (${n} factors, got ${expectation.length} expectations)`,
      );
    }
    checkFinite(name, expectation, "expectation values");
    return (i) => Math.max(expectation[i]! - performance[i]!, 0);
  })();

  const factors: KeyExperience[] = [];
  for (let i = 0; i < n; i++) {
    const shortfall = shortfallOf(i);
    const score = importance[i]! * shortfall;
    if (!Number.isFinite(score)) {
      throw new CoreInputError(
        name,
        "range",
        `importance and shortfall whose product is finite (factor ${i + 1})`,
        { problem: { code: "tooLarge" }, subject: String(i) },
      );
    }
    factors.push({
      index: i,
      importance: importance[i]!,
      performance: performance[i]!,
      shortfall,
      score,
      rank: 0,
    });
  }
  // Scores compared as Excel shows them (15 significant digits): 1.7 × 0.6 and 0.3 × 3.4 both show
  // 1.02, a tie. Array.prototype.sort is stable (ES2019), so ties keep input order.
  factors.sort((a, b) => compareAsExcelShows(b.score, a.score));
  factors.forEach((factor, position) => (factor.rank = position + 1));
  return factors;
}
