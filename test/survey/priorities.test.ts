import {
  analyzeSurvey,
  defaultSettings,
  detectColumnRoles,
  parseSettings,
  type AnalysisSettings,
  type Cell,
  type RawSurvey,
} from "../../src/survey";
import sample from "../fixtures/store-survey-40.json";

/** The sample survey of the README walkthrough (a copy in test/fixtures; see its README). */
export const STORE_SURVEY_40: RawSurvey = {
  sheetName: sample.sheetName,
  address: "A1:BR41",
  headers: sample.headers,
  rows: sample.rows as Cell[][],
};

function analysisWith(change: Partial<AnalysisSettings> = {}): ReturnType<typeof analyzeSurvey> {
  const survey = STORE_SURVEY_40;
  return analyzeSurvey(survey, { ...defaultSettings(survey, detectColumnRoles(survey)), ...change });
}

// Every expected figure below: test/fixtures/store_survey_reference.py (NumPy 2.4, SciPy 1.17 ttest_rel).
describe("one priority ranking (reference: store_survey_reference.py)", () => {
  const analysis = analysisWith();

  it("ranks by importance × shortfall below expectation, the key-experience order", () => {
    expect(analysis.priorities.slice(0, 6).map((p) => p.item)).toEqual(["6", "8", "7", "9", "5", "10"]);
    expect(analysis.priorities.map((p) => p.item)).toEqual(analysis.keyExperiences.map((k) => k.item));
    const [first] = analysis.priorities;
    expect(first?.priority).toBeCloseTo(12.62625, 12);
    expect(first?.gap).toBeCloseTo(-1.95, 12);
    expect(first?.importance).toBeCloseTo(6.475, 12);
    expect(first?.shareBelow).toBeCloseTo(0.85, 14);
    expect(analysis.priorities[2]?.shareBelow).toBeCloseTo(0.897435897435897, 14);
  });

  it("lists the first five items below expectation as fix first", () => {
    expect(analysis.priorities.filter((p) => p.fixFirst).map((p) => p.item)).toEqual([
      "6",
      "8",
      "7",
      "9",
      "5",
    ]);
  });

  it("names the store where each item is worst", () => {
    expect(analysis.priorities[0]?.worstSegment?.segment).toBe("Online 线上");
    expect(analysis.priorities[0]?.worstSegment?.gap).toBeCloseTo(-2.84615384615385, 12);
    expect(analysis.priorities[2]?.worstSegment?.gap).toBeCloseTo(-2.23076923076923, 12);
  });

  it("flags items significantly below expectation by the paired t-test (p < 0.05)", () => {
    const flagged = analysis.priorities.filter((p) => p.significantlyBelow).map((p) => Number(p.item));
    // p: item 17 0.0462711 (in), item 16 0.184808 (out), items 1–4 above expectation
    expect(flagged.sort((a, b) => a - b)).toEqual([
      5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22,
    ]);
  });
});

describe("the default priority matrix: importance against the gap, performance line at gap 0", () => {
  it("never calls an item below expectation 'keep up the good work' or 'possible overkill'", () => {
    const analysis = analysisWith();
    expect(analysis.priorityMatrix?.matrix).toBe("gap");
    expect(analysis.priorityMatrix?.crosshair.performance).toBe(0);
    const aboveLine = new Set(["keepUpTheGoodWork", "possibleOverkill"]);
    const significant = analysis.priorities.filter((p) => p.significantlyBelow);
    expect(significant.length).toBe(17);
    for (const p of significant) expect(aboveLine.has(p.quadrant ?? "")).toBe(false);
    for (const q of analysis.priorityMatrix?.items ?? []) expect(aboveLine.has(q.quadrant)).toBe(q.gap >= 0);
  });

  it("keeps the importance line of the crosshair rule (mean importance 5.434498834498834)", () => {
    expect(analysisWith().priorityMatrix?.crosshair.importance).toBeCloseTo(5.434498834498834, 12);
  });

  it("still offers the classic Martilla–James matrix, where item 19 falls in possible overkill", () => {
    const classic = analysisWith({ priorityMatrix: "classic" });
    expect(classic.priorityMatrix?.matrix).toBe("classic");
    // item 19: 0.575 below expectation (p 0.0031) yet above mean performance with low importance
    expect(classic.priorityMatrix?.items.find((q) => q.item === "19")?.quadrant).toBe("possibleOverkill");
    expect(analysisWith().priorityMatrix?.items.find((q) => q.item === "19")?.quadrant).toBe("lowPriority");
  });

  it("reads settings saved before the choice existed as the gap matrix", () => {
    const saved = { ...defaultSettings(STORE_SURVEY_40, detectColumnRoles(STORE_SURVEY_40)) };
    delete saved.priorityMatrix;
    expect(parseSettings(JSON.stringify(saved))?.priorityMatrix).toBe("gap");
    expect(parseSettings(JSON.stringify({ ...saved, priorityMatrix: "classic" }))?.priorityMatrix).toBe(
      "classic",
    );
  });
});

describe("segments (reference: store_survey_reference.py by store)", () => {
  it("repeats the gaps per store and lists each store's top fixes", () => {
    const segments = analysisWith().segments;
    expect(segments?.header).toBe("门店 Store");
    const online = segments?.segments.find((s) => s.segment === "Online 线上");
    expect(online?.itemGaps["6"]).toBeCloseTo(-2.84615384615385, 12);
    expect(online?.topFixes[0]).toBe("6");
    expect(segments?.segments.every((s) => s.overallGap !== undefined)).toBe(true);
  });

  it("tests each store against the rest: Welch's t (SciPy ttest_ind) with Holm's adjustment (R p.adjust)", () => {
    const byName = new Map(analysisWith().segments?.segments.map((s) => [s.segment, s.versusRest]));
    const online = byName.get("Online 线上");
    expect(online?.difference).toBeCloseTo(-0.582651915985249, 12);
    expect(online?.t).toBeCloseTo(-3.15196800594907, 10);
    expect(online?.df).toBeCloseTo(25.0965182778379, 8);
    expect(online?.p).toBeCloseTo(0.00416680545569701, 12);
    // R: p.adjust(c(0.00416680545569701, 0.00215087660476749, 0.774796935993759), "holm")
    expect(online?.adjustedP).toBeCloseTo(0.00833361091139402, 12);
    expect(online?.significant).toBe(true);
    expect(byName.get("上海 Shanghai")?.adjustedP).toBeCloseTo(0.00645262981430247, 12);
    expect(byName.get("北京 Beijing")?.adjustedP).toBeCloseTo(0.774796935993759, 12);
    expect(byName.get("北京 Beijing")?.significant).toBe(false);
  });
});
