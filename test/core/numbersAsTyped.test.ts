/*
 * Numbers as typed: exact sums and comparisons as Excel shows numbers (15 significant digits,
 * https://learn.microsoft.com/en-us/office/troubleshoot/excel/floating-point-arithmetic-inaccurate-result).
 * Every expected number is Python 3's math.fsum or fractions.Fraction over the same doubles (or over
 * the decimals as typed, where the test says so), worked out beside each case.
 */
import { describe, expect, it } from "@jest/globals";
import {
  asExcelShows,
  compareAsExcelShows,
  differenceAsExcelShows,
  excelEqual,
} from "../../src/core/asExcelShows";
import { ExactSum, exactSum } from "../../src/core/exactSum";
import {
  importancePerformance,
  itemGaps,
  keyExperiences,
  mean,
  pairedDifferenceSummary,
  servqualScores,
} from "../../src/core";

describe("exactSum (Shewchuk's partials, as Python's math.fsum)", () => {
  it.each([
    // [values, math.fsum(values)]
    [[0.1, 0.2, -0.3], 2.7755575615628914e-17],
    [[1e16, 1, -1e16], 1],
    [Array<number>(10).fill(0.1), 1],
    [[1e100, 1, -1e100, 1e-100, 1e50, -1, -1e50], 1e-100],
    // half-way cases from CPython's test_math.testFsum, rounded as Fraction → float rounds them
    [[2 ** 53, -0.5, -(2 ** -54)], 2 ** 53 - 1],
    [[2 ** 53, 1, 2 ** -100], 2 ** 53 + 2],
    [[2 ** 53 + 10, 1, 2 ** -100], 2 ** 53 + 12],
    [[], 0],
  ])("fsum(%j) = %d", (values, expected) => {
    expect(exactSum(values)).toBe(expected);
  });

  it("is NaN when the exact sum leaves the range of doubles (Python's fsum raises OverflowError)", () => {
    const sum = new ExactSum();
    sum.add(1.7e308);
    sum.add(1.7e308);
    expect(sum.value).toBeNaN();
  });
});

describe("asExcelShows, excelEqual, compareAsExcelShows", () => {
  it("round to the 15 significant digits Excel keeps", () => {
    // Python: float(f"{1.7 * (5 - 4.4):.15g}") == 1.02
    expect(asExcelShows(1.7 * (5 - 4.4))).toBe(1.02);
    expect(excelEqual(4.1 - 4, 0.1)).toBe(false); // 0.0999999999999996 to 15 digits
    // Fraction("4.1") − 4 == Fraction(1, 10): the difference to the digits of its operands
    expect(differenceAsExcelShows(4.1, 4)).toBe(0.1);
    expect(differenceAsExcelShows(3.1, 3)).toBe(0.1);
    // binary difference 3997696; the 15 digits of 1e20 end at the millions
    expect(differenceAsExcelShows(1e20 + 4e6, 1e20)).toBe(4e6);
    expect(excelEqual(0.1, 0.1000000000001)).toBe(false);
    expect(compareAsExcelShows(1.7 * (5 - 4.4), 0.3 * (5 - 1.6))).toBe(0);
    expect(compareAsExcelShows(2, 3)).toBe(-1);
    expect(compareAsExcelShows(0, -0)).toBe(0);
  });
});

describe("means are exact sums rounded once", () => {
  it("mean of 0.1, 0.2, 0.3 is math.fsum(...) / 3 = 0.19999999999999998 (adding in order gives 0.20000000000000004)", () => {
    expect(mean([0.1, 0.2, 0.3])).toBe(0.19999999999999998);
  });

  it("answers near 1e308 still have a mean: Fraction mean of [1.7e308, 1.7e308, 1e308] is 1.4666666666666666e308", () => {
    // float(sum(map(Fraction, v)) / 3) in Python
    expect(mean([1.7e308, 1.7e308, 1e308])).toBe(1.4666666666666666e308);
  });

  it("the gap of 1,000 × 3, 999 × 1 and one 2 against 2 is exactly 0.0005 (Fraction: 1/2000), not 0.0005000000000100445", () => {
    const experience = [...Array<number>(1000).fill(3), ...Array<number>(999).fill(1), 2].map((x) => [x]);
    const expectation = experience.map(() => [2]);
    expect(itemGaps(experience, expectation)[0]!.mean).toBe(0.0005);
    expect(
      pairedDifferenceSummary(
        experience.map((row) => row[0]!),
        expectation.map((row) => row[0]!),
      ).mean,
    ).toBe(0.0005);
  });

  it("non-integer answers: the gap is math.fsum(e) − math.fsum(x) as one exact sum, / n", () => {
    // Python: math.fsum([0.1, 0.2, 0.3, -0.3, -0.2, -0.1, 0.7]) / 4 → the exact Σe − Σx of the doubles
    const experience = [[0.1], [0.2], [0.3], [0.7]];
    const expectation = [[0.3], [0.2], [0.1], [0]];
    expect(itemGaps(experience, expectation)[0]!.mean).toBe(0.175);
  });

  it("gaps equal as typed (4.1 − 4, 3.1 − 3, …) have SD 0 and no t: Fraction('4.1') − 4 = … = 1/10 each", () => {
    // NumPy's std(ddof=1) of the binary differences is 2.5639502485114184e-16; as typed they are equal.
    const summary = itemGaps([[4.1], [3.1], [5.1], [2.1]], [[4], [3], [5], [2]])[0]!;
    expect(summary.sd).toBe(0);
    expect(summary.t).toBeUndefined();
    expect(summary.p).toBeUndefined();
  });

  it("an item whose answers are too large to add up is marked, the others still computed", () => {
    const gaps = itemGaps(
      [
        [1.7e308, 4],
        [1e308, 5],
      ],
      [
        [-1.7e308, 5],
        [0, 5],
      ],
    );
    expect(gaps[0]).toMatchObject({ n: 2, tooLarge: true, mean: undefined });
    expect(gaps[1]).toMatchObject({ n: 2, mean: -0.5 }); // (−1 + 0) / 2
  });
});

describe("ties and lines as Excel shows the numbers", () => {
  it("key experiences: 1.7 × (5 − 4.4) and 0.3 × (5 − 1.6) both show 1.02, a tie kept in input order", () => {
    const ranked = keyExperiences([1.7, 0.3], [4.4, 1.6], { scaleTop: 5 });
    expect(ranked.map((factor) => factor.index)).toEqual([0, 1]);
  });

  it("IPA: a value equal to the mean as typed is on the line (mean of 0.1, 0.7, 1.3 is math.fsum/3 = 0.7000000000000001)", () => {
    const result = importancePerformance([0.1, 0.7, 1.3], [3, 3, 3], "mean");
    expect(result.crosshair.importance).toBe(0.7000000000000001);
    expect(result.factors[1]!.quadrant).toBe("keepUpTheGoodWork");
  });
});

describe("servqualScores means are exact fractions rounded once", () => {
  it("12 respondents × 3 items: Python float(sum(Fraction(sum(row), 3) for row in rows) / 12) = 3.638888888888889 (adding the rounded means gives 3.6388888888888893)", () => {
    const perception = [
      [1, 2, 6],
      [6, 5, 1],
      [5, 5, 4],
      [1, 2, 1],
      [5, 7, 2],
      [3, 4, 2],
      [5, 1, 5],
      [3, 5, 7],
      [6, 2, 1],
      [5, 5, 6],
      [2, 3, 1],
      [5, 6, 1],
    ];
    const expectation = perception.map(() => [4, 4, 4]);
    const result = servqualScores(perception, expectation, ["a", "a", "a"]);
    expect(result.dimensions[0]!.perception).toBe(3.638888888888889);
    // the same with halves (not whole numbers): each respondent's mean summed with ExactSum, / n
    const halves = servqualScores(
      perception.map((row) => row.map((x) => x + 0.5)),
      expectation,
      ["a", "a", "a"],
    );
    // Python: math.fsum((sum(row) + 1.5) / 3 for row in rows) / 12
    expect(halves.dimensions[0]!.perception).toBe(4.138888888888888);
  });
});

describe("ExactSum.addProduct", () => {
  it("adds a · b exactly: (2^27 + 1)² − 2^54 − 2^28 = 1 (Python: int arithmetic), lost by a rounded product", () => {
    const sum = new ExactSum();
    sum.addProduct(2 ** 27 + 1, 2 ** 27 + 1);
    sum.add(-(2 ** 54));
    sum.add(-(2 ** 28));
    expect(sum.value).toBe(1);
    expect((2 ** 27 + 1) * (2 ** 27 + 1) - 2 ** 54 - 2 ** 28).toBe(0);
  });
});
