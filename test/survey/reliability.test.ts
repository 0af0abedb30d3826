import { describe, expect, it } from "@jest/globals";
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { RawSurvey } from "../../src/survey";
import { sampleRawSurvey } from "../taskpane/sampleSurvey";
import { STORE_SURVEY } from "./fixtures";

// Reference: NumPy 2.x and SciPy 1.17 over the same answers, complete rows only (listwise):
//   alpha = k/(k−1)·(1 − Σ var(item, ddof=1) / var(total, ddof=1));
//   Feldt: 1 − (1 − alpha)·scipy.stats.f.ppf(0.975 | 0.025, n − 1, (n − 1)(k − 1))
describe("reliability of each dimension's perception items (reference: NumPy/SciPy)", () => {
  it("scores the five SERVQUAL dimensions of the sample survey with Feldt's interval", () => {
    const survey = sampleRawSurvey();
    const analysis = analyzeSurvey(survey, defaultSettings(survey, detectColumnRoles(survey)));
    const expected: Array<[string, number, number, number, number]> = [
      ["tangibles", 59, 0.810883178579141, 0.7176169112872328, 0.8789501962021775],
      ["reliability", 59, 0.754725517796099, 0.639669837476051, 0.8413260547352895],
      ["responsiveness", 60, 0.8493381632606567, 0.7757715438074855, 0.9031733178131182],
      ["assurance", 60, 0.7183857305541693, 0.5808763901579881, 0.8190133881475392],
      ["empathy", 59, 0.7222011744648607, 0.5918886667108543, 0.8202852769619975],
    ];
    const reliability = analysis.reliability!;
    expect(reliability.map((d) => [d.dimension, d.n, d.items.length])).toEqual(
      expected.map(([dimension, n], i) => [dimension, n, [4, 5, 4, 4, 5][i]]),
    );
    reliability.forEach((dimension, i) => {
      const [, , alpha, low, high] = expected[i]!;
      expect(dimension.alpha).toBeCloseTo(alpha, 12);
      expect(dimension.ciLow).toBeCloseTo(low, 10);
      expect(dimension.ciHigh).toBeCloseTo(high, 10);
      expect(dimension.low).toBe(false);
    });
  });

  it("flags a dimension below 0.7 and gives a one-item dimension no alpha", () => {
    const survey: RawSurvey = STORE_SURVEY;
    const settings = {
      ...defaultSettings(survey, detectColumnRoles(survey)),
      dimensionOfItem: { speed: "服务", staff: "服务", price: "价格" },
    };
    const [service, price] = analyzeSurvey(survey, settings).reliability!;
    expect(service).toMatchObject({ dimension: "服务", items: ["speed", "staff"], n: 8, low: true });
    expect(service!.alpha).toBeCloseTo(0.5052631578947369, 13);
    expect(service!.ciLow).toBeCloseTo(-1.4711656136418116, 10);
    expect(service!.ciHigh).toBeCloseTo(0.9009517850260255, 11);
    expect(price).toEqual({ dimension: "价格", items: ["price"], n: 0, low: false, unavailable: "oneItem" });
  });
});
