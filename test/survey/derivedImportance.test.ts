import { describe, expect, it } from "@jest/globals";
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { AnalysisSettings, Cell, RawSurvey } from "../../src/survey";
import { STORE_SURVEY } from "./fixtures";

const DIMENSIONS = { speed: "service", staff: "service", price: "price" };

function settingsFor(survey: RawSurvey): AnalysisSettings {
  return { ...defaultSettings(survey, detectColumnRoles(survey)), dimensionOfItem: DIMENSIONS };
}

// Reference: NumPy 2.x, Johnson's (2000) relative weights written out independently of the add-in:
//   R = corrcoef([X, y]); D, V = eigh(Rxx); Λ = V·diag(√D)·Vᵀ; β* = solve(Λ, rxy); w = (Λ²)·β*²;
//   R² = rxyᵀ·solve(Rxx, rxy); β = solve(Rxx, rxy); over the 7 respondents with every perception and the outcome.
describe("derived importance beside stated importance (reference: NumPy)", () => {
  const analysis = analyzeSurvey(STORE_SURVEY, settingsFor(STORE_SURVEY));
  const derived = analysis.derivedImportance!;

  it("derives relative weights on overall satisfaction with R² and n, even when importance was asked", () => {
    expect(analysis.importanceSource).toBe("stated");
    expect(derived.outcome).toBe("overall");
    expect(derived.outcomeHeader).toBe("Overall satisfaction");
    expect(derived.n).toBe(7);
    expect(derived.rSquared).toBeCloseTo(0.926315789473684, 13);
    expect(derived.drivers.map((d) => [d.item, d.rank])).toEqual([
      ["speed", 1],
      ["staff", 2],
      ["price", 3],
    ]);
    const [speed, staff, price] = derived.drivers;
    expect(speed!.weight).toBeCloseTo(0.8761272826535509, 13);
    expect(staff!.weight).toBeCloseTo(0.037646398599855524, 13);
    expect(price!.weight).toBeCloseTo(0.012542108220276883, 13);
    expect(speed!.weightPercent).toBeCloseTo(94.58192255919018, 10);
    expect(speed!.r).toBeCloseTo(0.9233805168766385, 13);
    expect(staff!.beta).toBeCloseTo(-0.2901905000440036, 12);
  });

  it("puts the mean stated importance and its rank beside each derived weight", () => {
    // stated means: speed 37/8, staff 26/8, price 35/8
    expect(derived.drivers.map((d) => [d.item, d.statedImportance, d.statedRank])).toEqual([
      ["speed", 4.625, 1],
      ["staff", 3.25, 3],
      ["price", 4.375, 2],
    ]);
  });

  it("warns about a negative direction, but not about a coefficient that is 0 up to rounding", () => {
    // NumPy: β = (1.026, −0.290, 1.0e−15): price's coefficient is 0, not negative
    expect(derived.negative).toEqual(["staff"]);
  });

  it("asks for max(30, 10 × items) complete respondents", () => {
    expect(derived.recommendedN).toBe(30);
    expect(derived.n < derived.recommendedN).toBe(true);
  });

  it("derives from the recommend question (推荐) when there is no overall satisfaction", () => {
    const recommend = [10, 6, 9, 7, 3, 10, 8, 5];
    const survey: RawSurvey = {
      ...STORE_SURVEY,
      headers: [...STORE_SURVEY.headers.slice(0, 11), "向朋友推荐的可能性"],
      rows: STORE_SURVEY.rows.map((row, r) => [...row.slice(0, 11), recommend[r] ?? null] as Cell[]),
    };
    const settings = settingsFor(survey);
    settings.roles = settings.roles.map((r) => (r.role === "importance" ? { ...r, role: "ignore" } : r));
    const result = analyzeSurvey(survey, settings);
    expect(result.importanceSource).toBe("derivedRelativeWeights");
    const fromRecommend = result.derivedImportance!;
    expect(fromRecommend).toMatchObject({ outcome: "recommend", outcomeHeader: "向朋友推荐的可能性", n: 7 });
    expect(fromRecommend.rSquared).toBeCloseTo(0.9270833333333333, 13);
    const byItem = Object.fromEntries(fromRecommend.drivers.map((d) => [d.item, d]));
    expect(byItem.speed!.weightPercent).toBeCloseTo(96.11479638147394, 10);
    expect(byItem.staff!.weightPercent).toBeCloseTo(3.640037101637203, 10);
    expect(byItem.price!.weightPercent).toBeCloseTo(0.24516651688879332, 10);
    expect(byItem.price!.statedImportance).toBeUndefined();
    expect(fromRecommend.negative).toEqual(["staff", "price"]);
  });

  it("says why no weights exist when an item never varies", () => {
    const rows = STORE_SURVEY.rows.map((row) => [...row]);
    for (const row of rows) row[3] = 4;
    const result = analyzeSurvey({ ...STORE_SURVEY, rows }, settingsFor(STORE_SURVEY));
    expect(result.derivedImportance).toMatchObject({ unavailable: "noVariance", drivers: [] });
    expect(result.derivedImportance?.rSquared).toBeUndefined();
  });
});
