import { describe, expect, it } from "@jest/globals";
import {
  compareNetPromoterScores,
  compareProportions,
  confidenceZ,
  CoreInputError,
  netPromoterScore,
  wilsonScoreInterval,
} from "../../src/core";
import { deepFreeze, expectRelativelyClose } from "./helpers";

describe("netPromoterScore", () => {
  it("published check: p_P = ½, p_D = ⅙, n = 324 → NPS 33.3, SE ≈ 4.14", () => {
    const result = netPromoterScore(deepFreeze({ promoters: 162, passives: 108, detractors: 54 }));
    expect(result.nps).toBeCloseTo(33.3, 1);
    expect(result.se).toBeCloseTo(4.14, 2);
    // NumPy 2.4: scores +1/0/−1, 100·mean and 100·sqrt(var(ddof=0)/n); CI with SciPy 1.17 norm.ppf(0.975)
    expectRelativelyClose(result.nps, 33.33333333333333);
    expectRelativelyClose(result.se, 4.14086662499961);
    expectRelativelyClose(result.ciLow, 25.217383883550166);
    expectRelativelyClose(result.ciHigh, 41.44928278311649);
    expect([result.promoters, result.passives, result.detractors]).toEqual([0.5, 108 / 324, 54 / 324]);
  });

  it("clips the interval to [−100, 100] and has SE 0 when everyone gives the same kind of answer", () => {
    // NumPy: scores [1, 1, 1, 1, 0, −1] → NPS 50, SE 100·sqrt(0.5833…/6) = 31.18…; 50 + 1.96·31.18 > 100
    const result = netPromoterScore({ promoters: 4, passives: 1, detractors: 1 });
    expectRelativelyClose(result.se, 31.180478223116175);
    expect(result.ciHigh).toBe(100);
    const all = netPromoterScore({ promoters: 5, passives: 0, detractors: 0 });
    expect([all.nps, all.se, all.ciLow, all.ciHigh]).toEqual([100, 0, 100, 100]);
  });

  it("a 90 % interval uses z = 1.6448536269514722 (SciPy norm.ppf(0.95))", () => {
    expectRelativelyClose(confidenceZ(0.9), 1.6448536269514722, 2.3e-16);
    const result = netPromoterScore({ promoters: 162, passives: 108, detractors: 54 }, 0.9);
    expectRelativelyClose(result.ciHigh - result.nps, 1.6448536269514722 * 4.14086662499961);
  });

  it("refuses no respondents, counts that are not whole numbers, and confidence outside (0, 1)", () => {
    expect(() => netPromoterScore({ promoters: 0, passives: 0, detractors: 0 })).toThrow(CoreInputError);
    expect(() => netPromoterScore({ promoters: 1.5, passives: 0, detractors: 0 })).toThrow(CoreInputError);
    expect(() => netPromoterScore({ promoters: 1, passives: 0, detractors: 0 }, 1)).toThrow(CoreInputError);
    expect(() => confidenceZ(0)).toThrow(CoreInputError);
  });
});

describe("compareNetPromoterScores", () => {
  it("difference, z and two-sided p (NumPy and SciPy 1.17 norm.sf)", () => {
    // group [+1]×60 [0]×25 [−1]×15 against [+1]×40 [0]×30 [−1]×30
    const store = netPromoterScore({ promoters: 60, passives: 25, detractors: 15 });
    const rest = netPromoterScore({ promoters: 40, passives: 30, detractors: 30 });
    const result = compareNetPromoterScores(store, rest);
    expect(result.difference).toBe(35);
    expectRelativelyClose(result.z, 3.146266024828463);
    expectRelativelyClose(result.p, 0.0016536951637003397, 1e-13);
  });

  it("z and p are undefined when both SEs are 0", () => {
    const a = netPromoterScore({ promoters: 3, passives: 0, detractors: 0 });
    const b = netPromoterScore({ promoters: 0, passives: 0, detractors: 2 });
    expect(compareNetPromoterScores(a, b)).toEqual({ difference: 200, z: undefined, p: undefined });
  });
});

describe("wilsonScoreInterval against R 4.2.2 prop.test(x, n, correct = FALSE)$conf.int", () => {
  it("published check: 18 of 20 → [0.6989663547715128, 0.972133518786232]", () => {
    const { low, high } = wilsonScoreInterval(18, 20);
    expect(Number(low.toPrecision(15))).toBe(0.698966354771513);
    expect(Number(high.toPrecision(15))).toBe(0.972133518786232);
  });

  it.each([
    [18, 20, 0.95, 0.69896635477151281, 0.97213351878623178],
    [0, 7, 0.95, 0, 0.35433043506668732],
    [7, 7, 0.95, 0.64566956493331262, 1],
    [1, 1, 0.95, 0.2065493143772375, 1],
    [5, 9, 0.95, 0.2666512934954931, 0.81122147890233531],
    [3, 4, 0.95, 0.30064184258240201, 0.95441273919029945],
    [8, 13, 0.95, 0.35522891512665694, 0.82290292202237425],
    [2, 3, 0.9, 0.25353386828122421, 0.92173427366627148],
    [13, 25, 0.95, 0.33498516950356783, 0.69968714045887026],
    [10, 12, 0.99, 0.46258668649028684, 0.96671540041056536],
    [523, 1000, 0.95, 0.49201420125459355, 0.55380976785507097],
  ])("%p of %p at %p", (x, n, confidence, low, high) => {
    const interval = wilsonScoreInterval(x, n, confidence);
    expectRelativelyClose(interval.low, low, 1e-14, 1);
    expectRelativelyClose(interval.high, high, 1e-14, 1);
  });

  it("refuses n = 0, x outside 0…n and confidence outside (0, 1)", () => {
    expect(() => wilsonScoreInterval(0, 0)).toThrow(CoreInputError);
    expect(() => wilsonScoreInterval(3, 2)).toThrow(CoreInputError);
    expect(() => wilsonScoreInterval(1, 2, 1.2)).toThrow(CoreInputError);
  });
});

describe("compareProportions", () => {
  it("equals R's prop.test(c(x1, x2), c(n1, n2), correct = FALSE): z² is its chi-square", () => {
    // R 4.x: prop.test(c(45, 30), c(50, 50), correct = FALSE): X-squared = 12, p-value = 0.00053200550513924966
    const result = compareProportions(45, 50, 30, 50);
    expect(result.difference).toBeCloseTo(0.3, 15);
    expectRelativelyClose(result.z, 3.4641016151377544);
    expectRelativelyClose(result.p, 0.00053200550513924966, 1e-12);
    // prop.test(c(7, 20), c(12, 40), correct = FALSE)$p.value
    expectRelativelyClose(compareProportions(7, 12, 20, 40).p, 0.6123340090049999, 1e-12);
  });

  it("has no z when nobody or everybody is satisfied, and refuses impossible counts", () => {
    expect(compareProportions(5, 5, 3, 3)).toEqual({ difference: 0, z: undefined, p: undefined });
    expect(() => compareProportions(6, 5, 1, 3)).toThrow(CoreInputError);
    expect(() => compareProportions(0, 0, 1, 3)).toThrow(CoreInputError);
  });
});
