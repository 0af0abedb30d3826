import { describe, it, expect } from "@jest/globals";
import {
  completeCovariance,
  completeVariances,
  covarianceOfBlocks,
  cronbachAlphaOf,
  itemCovariance,
  itemVariances,
  scaleReliability,
  type Answer,
} from "../../src/core";
import { constantWithinBlocks, expectRelativelyClose, fillerOf, readFixtureRows } from "./helpers";

/*
 * Answers 1e8 + {1…5}: a sum of squares Σx² − (Σx)²/n would lose every digit here. The expected values
 * are exact rational arithmetic (Python's fractions.Fraction) on the same rows, rounded once to a double:
 *   value(r, j) = 10**8 + 1 + (r*7 + r//11) % 3 + (r*j + j + r//5) % 3, 600 rows × 4 items,
 *   item r % 4 blank in every row r with r % 37 == 0 (583 complete rows, more than two blocks of 256).
 */
const offsetValue = (r: number, j: number) =>
  1e8 + 1 + ((r * 7 + Math.floor(r / 11)) % 3) + ((r * j + j + Math.floor(r / 5)) % 3);
const offsetItems: Answer[][] = Array.from({ length: 600 }, (_, r) =>
  Array.from({ length: 4 }, (_, j) => (r % 37 === 0 && j === r % 4 ? null : offsetValue(r, j))),
);

describe("itemVariances and cronbachAlphaOf", () => {
  it("answers 1e8 + {1…5}: variances, variance of the total and alpha as exact rational arithmetic gives them", () => {
    const summary = itemVariances(offsetItems);
    expect(summary.n).toBe(583);
    const exact = [1.2738177338449659, 1.185142614631041, 1.3398819944239124, 1.2738177338449659];
    exact.forEach((value, j) => expectRelativelyClose(summary.variances[j]!, value, 1e-12));
    expectRelativelyClose(summary.totalVariance, 13.678425963584493, 1e-12);
    expectRelativelyClose(cronbachAlphaOf(summary), 0.8388651257340459, 1e-12);
  });

  it("the item variances are itemCovariance's listwise diagonal, and alpha is scaleReliability's (to the last digits)", () => {
    const [, ...fixture] = readFixtureRows("cronbach-alpha-15x10.csv");
    for (const items of [offsetItems, fixture.map((row) => row.map(Number))]) {
      const full = itemCovariance(items, "listwise");
      const alone = itemVariances(items);
      const k = full.k;
      // the covariance of whole-number answers is exact before its last rounding (see completeCovariance)
      alone.variances.forEach((variance, j) =>
        expectRelativelyClose(variance, full.covariance[j * k + j]!, 1e-14),
      );
      expectRelativelyClose(cronbachAlphaOf(alone), scaleReliability(full).alpha, 1e-13);
    }
  });

  it("the published 15 × 10 example: 0.5917188485995826 (Real Statistics, pingouin)", () => {
    const [, ...fixture] = readFixtureRows("cronbach-alpha-15x10.csv");
    expectRelativelyClose(
      cronbachAlphaOf(itemVariances(fixture.map((row) => row.map(Number)))),
      0.5917188485995826,
      1e-14,
    );
  });

  it("a total that never varies has no alpha; fewer than two complete rows neither", () => {
    expect(() =>
      cronbachAlphaOf(
        itemVariances([
          [1, 2],
          [2, 1],
          [3, 0],
        ]),
      ),
    ).toThrow(expect.objectContaining({ reason: "insufficient", problem: { code: "noVariation" } }));
    expect(() =>
      cronbachAlphaOf(
        itemVariances([
          [1, 2],
          [2, null],
        ]),
      ),
    ).toThrow(expect.objectContaining({ reason: "insufficient" }));
  });
});

describe("completeCovariance on answers with a large offset", () => {
  // 600 rows × 6 variables (two tiles of four columns, three blocks of rows): value(r, j) above, plus 1000
  // on odd columns; covariances from Python's fractions.Fraction, rounded once.
  const rows = Array.from({ length: 600 }, (_, r) =>
    Array.from({ length: 6 }, (_, j) => offsetValue(r, j) + (j % 2 === 1 ? 1000 : 0)),
  );
  const read = (r: number, into: Float64Array, at: number, stride: number) => {
    rows[r]!.forEach((value, j) => (into[at + j * stride] = value));
    return true;
  };
  const exactUpper: Record<string, number> = {
    "0,0": 1.2907178631051752,
    "0,1": 0.6276126878130217,
    "0,2": 0.5795325542570952,
    "1,1": 1.1932220367278799,
    "1,2": 0.6509849749582638,
    "2,2": 1.3374624373956594,
  };

  it("every covariance as exact rational arithmetic gives it", () => {
    const { n, covariance } = completeCovariance(600, 6, read);
    expect(n).toBe(600);
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 6; j++) {
        const [a, b] = [Math.min(i % 3, j % 3), Math.max(i % 3, j % 3)];
        expectRelativelyClose(covariance[i * 6 + j]!, exactUpper[`${a},${b}`]!, 1e-12);
        expect(covariance[i * 6 + j]).toBe(covariance[j * 6 + i]);
      }
    }
  });

  it("completeVariances gives completeCovariance's diagonal and means", () => {
    const { covariance, means } = completeCovariance(600, 6, read);
    const alone = completeVariances(600, 6, read);
    [0, 1, 2, 3, 4, 5].forEach((j) => expectRelativelyClose(alone.variances[j]!, covariance[j * 7]!, 1e-14));
    expect(Array.from(alone.means)).toEqual(Array.from(means));
  });
});

describe("completeCovariance of whole-number answers (three products per multiplication, exact sums)", () => {
  // Each data set as a formula of row r and column j, the same in Python; covariances from Python's
  // fractions.Fraction (exact), rounded once. A, B and D take the whole-number path (within ±11 of the
  // first row); C (0–22 from a first row of 0) takes the two-pass path.
  const cases: Array<[string, number, number, (r: number, j: number) => number, number[]]> = [
    [
      "A: 0–10 answers, 7 variables (the last alone in its triple), 700 rows",
      700,
      7,
      (r, j) => (r * r * (j + 1) + 3 * j + Math.floor(r / 7)) % 11,
      [
        10.2916411199673, -1.6723278152462702, -1.4720008174943797, 0.366973227059064, 0.000551808706315144,
        -1.56591048436542, -2.136460249335786, -1.6723278152462702, 9.766791334559574, -1.6438074800735745,
        -0.11939096668710403, 1.374226445943184, -0.3412425914571837, -2.40426936439812, -1.4720008174943797,
        -1.6438074800735745, 9.73528510116493, -2.2557326793378296, -0.6805334150827713, 0.1727978745146127,
        -0.8330574289801758, 0.366973227059064, -0.11939096668710403, -2.2557326793378296, 10.174461475577356,
        -2.314289801757613, -1.9189454322501533, 1.6390394441038219, 0.000551808706315144, 1.374226445943184,
        -0.6805334150827713, -2.314289801757613, 9.827694665849172, -1.7850602902105048, -1.0093827917433067,
        -1.56591048436542, -0.3412425914571837, 0.1727978745146127, -1.9189454322501533, -1.7850602902105048,
        9.886572654812998, -1.9188023707337012, -2.136460249335786, -2.40426936439812, -0.8330574289801758,
        1.6390394441038219, -1.0093827917433067, -1.9188023707337012, 10.088066625791948,
      ],
    ],
    [
      "B: ±11 from a first row of 0, the largest products the packing allows",
      300,
      3,
      (r, j) => (r === 0 ? 0 : Math.floor((r * (j + 2)) / 3) % 2 === 0 ? 11 : -11),
      [
        107.77903010033445, -0.2711371237458194, -54.093879598662205, -0.2711371237458194, 120.99865105908584,
        -0.2711371237458194, -54.093879598662205, -0.2711371237458194, 107.77903010033445,
      ],
    ],
    [
      "D: ±11 and 5 from a first row of 0, 8 variables (the last two packed without a third), 520 rows",
      520,
      8,
      (r, j) => {
        if (r === 0) return 0;
        const k = (r * (j * j + 1) + 3 * j + Math.floor(r / 5) + Math.floor((r * j) / 7)) % 3;
        return k === 0 ? 11 : k === 1 ? -11 : 5;
      },
      [
        100.80301986067882, -0.28548614198903216, 14.02551133837261, 14.362831628872092, 0.2231843782421817,
        14.409318956573292, 15.281528827627094, -0.17774937009041056, -0.28548614198903216, 86.36679635393509,
        -0.6440084481991997, -0.25223432636727433, 12.609570920409071, -0.398143619386394, 0.2494923669779161,
        12.213587520379427, 14.02551133837261, -0.6440084481991997, 88.38852452942048, -22.80037424040314,
        0.28855417222469243, 14.46474358974359, -22.36406921594783, -0.10784422706388025, 14.362831628872092,
        -0.25223432636727433, -22.80037424040314, 88.64709871053802, -0.25223432636727433, 14.144408626056025,
        14.546246479917, -0.3949496072328442, 0.2231843782421817, 12.609570920409071, 0.28855417222469243,
        -0.25223432636727433, 86.36679635393509, -0.213172521120498, -0.6830702534459759, 12.213587520379427,
        14.409318956573292, -0.398143619386394, 14.46474358974359, 14.144408626056025, -0.213172521120498,
        88.79765451311694, 14.586064176671114, -0.35579887357344003, 15.281528827627094, 0.2494923669779161,
        -22.36406921594783, 14.546246479917, -0.6830702534459759, 14.586064176671114, 88.23965836668148,
        -0.1469949607232844, -0.17774937009041056, 12.213587520379427, -0.10784422706388025,
        -0.3949496072328442, 12.213587520379427, -0.35579887357344003, -0.1469949607232844, 86.94663924707277,
      ],
    ],
    [
      "C: 0–22 from a first row of 0 (beyond ±11: two-pass)",
      600,
      5,
      (r, j) => (r * (2 * j + 1) + j * j + Math.floor(r / 13)) % 23,
      [
        44.294265442404004, 0.06912353923205342, 0.3917946577629382, -0.07075959933222037, 0.6725542570951586,
        0.06912353923205342, 44.174488035614914, -0.6281385642737897, -0.04448247078464107,
        1.1734335002782414, 0.3917946577629382, -0.6281385642737897, 44.014799666110186,
        -0.003614357262103506, -1.1036060100166944, -0.07075959933222037, -0.04448247078464107,
        -0.003614357262103506, 43.88892320534224, -0.0963939899833055, 0.6725542570951586, 1.1734335002782414,
        -1.1036060100166944, -0.0963939899833055, 44.1034613244296,
      ],
    ],
  ];
  test.each(cases)(
    "%s: every covariance as exact rational arithmetic gives it",
    (_, rows, p, value, exact) => {
      const { covariance } = completeCovariance(rows, p, (r, into, at, stride) => {
        for (let j = 0; j < p; j++) into[at + j * stride] = value(r, j);
        return true;
      });
      for (let i = 0; i < p; i++) {
        for (let j = 0; j < p; j++) {
          const scale = Math.sqrt(exact[i * p + i]! * exact[j * p + j]!);
          expectRelativelyClose(covariance[i * p + j]!, exact[i * p + j]!, 1e-14, scale);
        }
      }
    },
  );

  test("the same answers plus a constant give the same covariances, whichever path each block takes", () => {
    const value = (r: number, j: number) => (r * r * (j + 1) + 3 * j + Math.floor(r / 7)) % 11;
    const of = (shift: (j: number) => number) =>
      completeCovariance(700, 7, (r, into, at, stride) => {
        for (let j = 0; j < 7; j++) into[at + j * stride] = value(r, j) + shift(j);
        return true;
      }).covariance;
    // a whole shift keeps whole differences (whole-number path); 0.1·j on every other value does not (two-pass)
    const whole = of(() => 1e6);
    const twoPass = completeCovariance(700, 7, (r, into, at, stride) => {
      for (let j = 0; j < 7; j++) into[at + j * stride] = value(r, j) * 1.5;
      return true;
    }).covariance;
    whole.forEach((entry, at) => expectRelativelyClose(twoPass[at]! / 2.25, entry, 1e-14, 10));
  });

  const blocksOf = (
    rows: number,
    p: number,
    value: (r: number, j: number) => number,
    say: boolean | "narrow",
  ) => covarianceOfBlocks(p, fillerOf(rows, p, value, say));

  test.each(cases.slice(0, 3))(
    "%s, multiplied as they came (the filler says every value is a whole number within ±11): the same bits",
    (_, rows, p, value, exact) => {
      const asTheyCame = blocksOf(rows, p, value, true);
      const shifted = blocksOf(rows, p, value, false);
      expect(Array.from(asTheyCame.covariance)).toEqual(Array.from(shifted.covariance));
      expect(Array.from(asTheyCame.means)).toEqual(Array.from(shifted.means));
      expect(asTheyCame.n).toBe(rows);
      for (let i = 0; i < p * p; i++) {
        const scale = Math.sqrt(exact[(i % p) * (p + 1)]! * exact[Math.floor(i / p) * (p + 1)]!);
        expectRelativelyClose(asTheyCame.covariance[i]!, exact[i]!, 1e-14, scale);
      }
    },
  );

  test("multiplied as they came: columns constant within blocks, and one never varying (exactly 0)", () => {
    // see constantWithinBlocks
    const value = constantWithinBlocks;
    const asTheyCame = blocksOf(700, 4, value, true);
    const shifted = blocksOf(700, 4, value, false);
    expect(Array.from(asTheyCame.covariance)).toEqual(Array.from(shifted.covariance));
    expect(Array.from(asTheyCame.means)).toEqual(Array.from(shifted.means));
    expect([0, 1, 2, 3].map((j) => asTheyCame.covariance[4 + j])).toEqual([0, 0, 0, 0]);
    expect(asTheyCame.means[1]).toBe(3);
    expectRelativelyClose(asTheyCame.covariance[15]!, 454656 / 489300, 1e-15);
    expect(asTheyCame.covariance[0]).toBeGreaterThan(0);
  });

  // 1–7 answers, four sums of products per multiplication (BlockNote.narrow): Python's fractions.Fraction
  // on the same formulas, rounded once, and the same bits as the other two paths.
  const narrowCases: Array<[string, number, number, (r: number, j: number) => number, number[]]> = [
    [
      "E: 1–7 answers, 9 variables (the last alone in its four), 600 rows",
      600,
      9,
      (r, j) => 1 + ((r * (j + 2) + j * j + Math.floor(r / (j + 3)) + ((r * r) % 3)) % 7),
      [
        4.22927100723428, -0.017807456872565387, -0.3561491374513077, -0.021702838063439065,
        -0.011129660545353366, -0.011129660545353366, 0.023928770172509738, 0.2671118530884808,
        -0.0005564830272676684, -0.017807456872565387, 4.003327768503061, -0.1775180856983862,
        0.659449081803005, -0.0016805787423483584, 0.10013912075681691, -0.009994435169727324,
        -0.06210350584307179, 0.10179744017807457, -0.3561491374513077, -0.1775180856983862, 4.22927100723428,
        -0.041736227045075125, 0.04284919309961046, 0.0077907623817473565, 0.0011129660545353367,
        -0.9682804674457429, 0.08569838619922092, -0.021702838063439065, 0.659449081803005,
        -0.041736227045075125, 3.99830550918197, -0.035041736227045074, 0.4207429048414023,
        0.5124874791318865, -0.006176961602671119, 0.026769616026711185, -0.011129660545353366,
        -0.0016805787423483584, 0.04284919309961046, -0.035041736227045074, 4.003327768503061,
        -0.013383416805787423, 0.096850306065665, -0.35258764607679466, 0.011647189760712297,
        -0.011129660545353366, 0.10013912075681691, 0.0077907623817473565, 0.4207429048414023,
        -0.013383416805787423, 4.101766833611575, -0.20862548692264887, 0.1310517529215359,
        0.011588759042849194, 0.023928770172509738, -0.009994435169727324, 0.0011129660545353367,
        0.5124874791318865, 0.096850306065665, -0.20862548692264887, 4.019988870339454, -0.009348914858096828,
        0.030127991096271563, 0.2671118530884808, -0.06210350584307179, -0.9682804674457429,
        -0.006176961602671119, -0.35258764607679466, 0.1310517529215359, -0.009348914858096828,
        3.696160267111853, 0.07729549248747913, -0.0005564830272676684, 0.10179744017807457,
        0.08569838619922092, 0.026769616026711185, 0.011647189760712297, 0.011588759042849194,
        0.030127991096271563, 0.07729549248747913, 3.9981942125765166,
      ],
    ],
    [
      "F: 1 and 7 only, the largest products the packing of four allows, 5 variables, 300 rows",
      300,
      5,
      (r, j) => ((r * (j * j + 1) + 3 * j + Math.floor(r / 5) + Math.floor((r * j) / 7)) % 3 === 0 ? 1 : 7),
      [
        8.668896321070234, -0.14448160535117058, 1.2521739130434784, 1.2280936454849498, 0.12040133779264214,
        -0.14448160535117058, 7.944882943143813, 0.12361204013377926, 0.2022742474916388, 1.1237458193979932,
        1.2521739130434784, 0.12361204013377926, 8.18086956521739, -2.21056856187291, 0.1605351170568562,
        1.2280936454849498, 0.2022742474916388, -2.21056856187291, 8.10541806020067, 0.12040133779264214,
        0.12040133779264214, 1.1237458193979932, 0.1605351170568562, 0.12040133779264214, 8.02675585284281,
      ],
    ],
  ];
  test.each(narrowCases)(
    "%s: as exact rational arithmetic gives it, the same bits as within ±11 and as shifted",
    (_, rows, p, value, exact) => {
      const narrow = blocksOf(rows, p, value, "narrow");
      const small = blocksOf(rows, p, value, true);
      const shifted = blocksOf(rows, p, value, false);
      expect(Array.from(narrow.covariance)).toEqual(Array.from(small.covariance));
      expect(Array.from(narrow.covariance)).toEqual(Array.from(shifted.covariance));
      expect(Array.from(narrow.means)).toEqual(Array.from(shifted.means));
      for (let i = 0; i < p * p; i++) {
        const scale = Math.sqrt(exact[(i % p) * (p + 1)]! * exact[Math.floor(i / p) * (p + 1)]!);
        expectRelativelyClose(narrow.covariance[i]!, exact[i]!, 1e-14, scale);
      }
    },
  );
});
