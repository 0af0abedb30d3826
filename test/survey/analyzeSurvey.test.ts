import { analyzeSurvey, defaultSettings, detectColumnRoles, parseSettings } from "../../src/survey";
import type { AnalysisSettings, RawSurvey } from "../../src/survey";
import { servqualSurvey, STORE_SURVEY } from "./fixtures";

function settingsFor(survey: RawSurvey, change: Partial<AnalysisSettings> = {}): AnalysisSettings {
  return { ...defaultSettings(survey, detectColumnRoles(survey)), ...change };
}

const STORE_DIMENSIONS = { speed: "service", staff: "service", price: "price" };

describe("analyzeSurvey on the store survey (reference: NumPy/SciPy over the same answers)", () => {
  const analysis = analyzeSurvey(
    Object.freeze(STORE_SURVEY),
    settingsFor(STORE_SURVEY, { dimensionOfItem: STORE_DIMENSIONS }),
  );

  it("computes paired item gaps with n, missing and the paired t-test", () => {
    const [speed, staff, price] = analysis.items;
    // scipy.stats.ttest_rel(P, E) on the 8 complete speed pairs
    expect(speed).toMatchObject({
      item: "speed",
      dimension: "service",
      n: 8,
      missing: 0,
      expectationMean: 4.375,
      perceptionMean: 3.5,
      gap: -0.875,
    });
    expect(speed?.sd).toBeCloseTo(0.8345229603962802, 14);
    expect(speed?.t).toBeCloseTo(-2.965614910077132, 12);
    expect(speed?.p).toBeCloseTo(0.020937570206924636, 12);
    // mean ± t.ppf(0.975, 7)·sd/√8
    expect(speed?.ciLow).toBeCloseTo(-1.5726786544716531, 12);
    expect(speed?.ciHigh).toBeCloseTo(-0.17732134552834689, 12);
    expect(staff).toMatchObject({ n: 7, missing: 1, gap: 0, t: 0, p: 1 });
    expect(staff?.expectationMean).toBeCloseTo(4.142857142857143, 14);
    expect(price).toMatchObject({ n: 6, missing: 2, perceptionMean: 3.5 });
    expect(price?.gap).toBeCloseTo(-0.3333333333333333, 14);
    expect(price?.p).toBeCloseTo(0.46502263826075746, 12);
  });

  it("scores dimensions per respondent, then over respondents", () => {
    expect(analysis.dimensions.map((d) => d.key)).toEqual(["service", "price"]);
    const [service, price] = analysis.dimensions;
    expect(service).toMatchObject({ expectation: 4.25, perception: 3.6875, gap: -0.5625, respondents: 8 });
    expect(price?.expectation).toBeCloseTo(3.8333333333333335, 14);
    expect(price?.gap).toBeCloseTo(-0.3333333333333335, 14);
    expect(price?.respondents).toBe(6);
    expect(analysis.overall?.expectation).toBeCloseTo((4.25 + 3.8333333333333335) / 2, 14);
  });

  it("ranks key experiences by stated importance × shortfall below expectation", () => {
    expect(analysis.importanceSource).toBe("stated");
    // importance = nanmean of the importance column: 4.625, 3.25, 4.375
    expect(analysis.keyExperiences.map((k) => [k.item, k.rank])).toEqual([
      ["speed", 1],
      ["price", 2],
      ["staff", 3],
    ]);
    expect(analysis.keyExperiences[0]).toMatchObject({
      importance: 4.625,
      shortfall: 0.875,
      score: 4.046875,
    });
    expect(analysis.keyExperiences[1]?.score).toBeCloseTo(4.375 * (3.8333333333333335 - 3.5), 13);
  });

  it("places items in quadrants around the mean crosshair", () => {
    expect(analysis.priorityMatrix?.rule).toBe("mean");
    expect(analysis.priorityMatrix?.crosshair.importance).toBeCloseTo((4.625 + 3.25 + 4.375) / 3, 14);
    expect(analysis.priorityMatrix?.items.map((q) => [q.item, q.quadrant])).toEqual([
      ["speed", "concentrateHere"],
      ["staff", "possibleOverkill"],
      ["price", "concentrateHere"],
    ]);
  });

  it("counts missing answers and reports text as not numeric", () => {
    // "n/a" (price E), blank staff E, blank price P: 3 of 8 × 10 answer cells
    expect(analysis.missingAnswers).toBe(3);
    expect(analysis.problems).toContainEqual({
      code: "nonNumericAnswers",
      severity: "warning",
      column: 8,
      header: "Price expectation",
      count: 1,
    });
    expect(analysis.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("analyzeSurvey importance derived from overall satisfaction", () => {
  const withoutImportance = (survey: RawSurvey): [RawSurvey, AnalysisSettings] => {
    const unasked: RawSurvey = {
      ...survey,
      headers: survey.headers.map((h) => (/imp/i.test(h) ? `note ${h}` : h)),
    };
    const settings = settingsFor(unasked, { dimensionOfItem: STORE_DIMENSIONS });
    settings.roles = settings.roles.map((r) => (r.header.startsWith("note") ? { ...r, role: "ignore" } : r));
    return [unasked, settings];
  };

  it("uses Johnson's relative weights on overall satisfaction, in points summing to 100, and says so", () => {
    const analysis = analyzeSurvey(...withoutImportance(STORE_SURVEY));
    expect(analysis.importanceSource).toBe("derivedRelativeWeights");
    expect(analysis.derivedImportance?.outcome).toBe("overall");
    // NumPy: Johnson's weights by eigh of the 7 complete rows' correlation matrix (Λ = V·√D·Vᵀ, β* = Λ⁻¹·r)
    const importance = Object.fromEntries(analysis.keyExperiences.map((k) => [k.item, k.importance]));
    expect(importance.speed).toBeCloseTo(94.58192255919018, 10);
    expect(importance.staff).toBeCloseTo(4.06409984884804, 10);
    expect(importance.price).toBeCloseTo(1.3539775919617094, 10);
    expect(analysis.problems).not.toContainEqual({ code: "importanceDerived", severity: "info" });
  });

  it("falls back on each item's correlation when too few respondents answered every item", () => {
    const [survey, settings] = withoutImportance({ ...STORE_SURVEY, rows: STORE_SURVEY.rows.slice(0, 4) });
    const analysis = analyzeSurvey(survey, settings);
    expect(analysis.derivedImportance).toMatchObject({ n: 4, unavailable: "fewRespondents", drivers: [] });
    expect(analysis.importanceSource).toBe("derivedFromOverall");
    expect(analysis.problems).toContainEqual({ code: "importanceDerived", severity: "info" });
    // numpy.corrcoef(P[:, i], overall) over the first four respondents
    const importance = Object.fromEntries(analysis.keyExperiences.map((k) => [k.item, k.importance]));
    expect(importance.speed).toBeCloseTo(0.5773502691896257, 13);
    expect(importance.staff).toBeCloseTo(-0.816496580927726, 13);
    expect(importance.price).toBeCloseTo(0.7745966692414834, 13);
  });
});

describe("analyzeSurvey on SERVQUAL-22 (reference: NumPy, answers from the fixture formula)", () => {
  const survey = servqualSurvey(10);
  it("scores the five dimensions, weighted by 100 points", () => {
    const weights = { tangibles: 20, reliability: 30, responsiveness: 15, assurance: 15, empathy: 20 };
    const analysis = analyzeSurvey(survey, settingsFor(survey, { weights, crosshair: "scale" }));
    expect(analysis.dimensions.map((d) => [d.key, d.expectation, d.perception, d.gap])).toEqual([
      ["tangibles", 3, 2.5, -0.5],
      ["reliability", 3, 3, 0],
      ["responsiveness", 3, 3, 0],
      ["assurance", 3, 3.5, 0.5],
      ["empathy", 3, 3, 0],
    ]);
    expect(analysis.overall?.weightedScore).toBeCloseTo(-0.025, 14);
    expect(analysis.items[0]?.gap).toBe(-1);
    expect(analysis.items[21]?.gap).toBe(1);
    expect(analysis.problems).toContainEqual({ code: "importanceUnavailable", severity: "warning" });
    expect(analysis.keyExperiences).toEqual([]);
  });
});

describe("analyzeSurvey never throws at the UI", () => {
  it("reports an empty survey", () => {
    const survey: RawSurvey = { ...STORE_SURVEY, rows: [] };
    const analysis = analyzeSurvey(survey, settingsFor(STORE_SURVEY));
    expect(analysis.problems).toContainEqual({ code: "noRows", severity: "error" });
  });

  it("reports items without a dimension and a column that disappeared", () => {
    const settings = settingsFor(STORE_SURVEY, { dimensionOfItem: { speed: "service" } });
    const survey: RawSurvey = {
      ...STORE_SURVEY,
      headers: STORE_SURVEY.headers.map((h) => (h === "Staff (P)" ? "Renamed" : h)),
    };
    const analysis = analyzeSurvey(survey, settings);
    expect(analysis.problems).toContainEqual({
      code: "columnMissing",
      severity: "warning",
      header: "Staff (P)",
    });
    expect(analysis.problems).toContainEqual({
      code: "itemWithoutDimension",
      severity: "warning",
      item: "price",
    });
    expect(analysis.items.map((i) => i.item)).toEqual(["speed", "price"]);
  });

  it("treats answers outside the scale as missing", () => {
    const survey: RawSurvey = {
      ...STORE_SURVEY,
      rows: STORE_SURVEY.rows.map((r, i) => (i === 0 ? [r[0]!, r[1]!, 9, ...r.slice(3)] : r)),
    };
    const analysis = analyzeSurvey(survey, settingsFor(STORE_SURVEY, { dimensionOfItem: STORE_DIMENSIONS }));
    expect(analysis.items[0]?.n).toBe(7);
    expect(analysis.problems).toContainEqual({
      code: "outOfScale",
      severity: "warning",
      column: 2,
      header: "Exp_Speed",
      count: 1,
    });
  });

  it("flags invalid weights and falls back to unweighted", () => {
    const analysis = analyzeSurvey(
      STORE_SURVEY,
      settingsFor(STORE_SURVEY, { dimensionOfItem: STORE_DIMENSIONS, weights: { service: -1, price: 5 } }),
    );
    expect(analysis.problems).toContainEqual({ code: "invalidWeights", severity: "warning" });
    expect(analysis.overall?.weightedScore).toBeUndefined();
  });
});

describe("settings round trip", () => {
  it("parses what it serialises and refuses other versions", () => {
    const settings = settingsFor(STORE_SURVEY);
    expect(parseSettings(JSON.stringify(settings))).toEqual(settings);
    expect(parseSettings(JSON.stringify({ ...settings, version: 2 }))).toBeNull();
    expect(parseSettings("not json")).toBeNull();
  });
});
