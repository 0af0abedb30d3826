/**
 * Change over time and the journey framework over JOURNEY_SURVEY (two quarters, six touchpoints in three
 * stages). Expected numbers: NumPy means and SciPy 1.17 scipy.stats.ttest_ind(last, previous,
 * equal_var=False) over the same answers (test/fixtures/journey_waves_reference.py), Holm's adjustment from
 * R 4.x: p.adjust(c(…), "holm"). R's t.test(var.equal = FALSE) gives the same t, df and p.
 */
import {
  analyzeSurvey,
  assignWaves,
  countWaves,
  countWavesInColumn,
  dayOfSerial,
  defaultSettings,
  detectColumnRoles,
  parseSettings,
  readHeader,
} from "../../src/survey";
import type { AnalysisSettings, RawSurvey } from "../../src/survey";
import { JOURNEY_SURVEY } from "./journeyFixture";
import { STORE_SURVEY } from "./fixtures";
import sample from "../e2e/sample-survey.json";
import journeySample from "../e2e/sample-journey-survey.json";

const settingsOf = (survey: RawSurvey, change: Partial<AnalysisSettings> = {}): AnalysisSettings => ({
  ...defaultSettings(survey, detectColumnRoles(survey)),
  ...change,
});

describe("the wave column is found by its header, in English and Chinese", () => {
  it.each([
    "Wave",
    "wave 波次",
    "波次",
    "Quarter",
    "季度",
    "期",
    "期数",
    "调查期",
    "Survey date",
    "调查日期",
    "日期",
    "Date",
    "Interview date",
    "Round",
    "轮次",
  ])("%s", (header) => {
    expect(readHeader(header).role).toBe("wave");
  });

  it.each(["期望1", "E1 期望", "Expected speed", "Update", "Overall satisfaction 总体满意度", "门店 Store"])(
    "but not in %s",
    (header) => {
      expect(readHeader(header).role).not.toBe("wave");
    },
  );

  it("in the journey survey, beside the items", () => {
    const layout = detectColumnRoles(JOURNEY_SURVEY);
    expect(layout.columns[1]).toMatchObject({ header: "季度 Quarter", role: "wave" });
    expect(layout.pairs).toHaveLength(6);
  });
});

describe("waves in their natural order", () => {
  const order = (cells: Array<string | number | null>, header = "Wave"): string[] =>
    assignWaves(cells, header).order;

  it("quarters in time, however written", () => {
    expect(order(["2026Q2", "2025Q4", "2026Q1"])).toEqual(["2025Q4", "2026Q1", "2026Q2"]);
    expect(order(["Q1 2027", "2026 Q4"])).toEqual(["2026 Q4", "Q1 2027"]);
    expect(order(["2026年第二季度", "2026年第1季度", "2025年四季度"])).toEqual([
      "2025年四季度",
      "2026年第1季度",
      "2026年第二季度",
    ]);
    expect(order(["2026H2", "2026-03", "2026Q2"])).toEqual(["2026-03", "2026Q2", "2026H2"]);
  });

  it("counted rounds by their number, Arabic or Chinese", () => {
    expect(order(["第10期", "第2期", "第1期"])).toEqual(["第1期", "第2期", "第10期"]);
    expect(order(["第三期", "第一期", "第二期"])).toEqual(["第一期", "第二期", "第三期"]);
    expect(order(["Wave 10", "Wave 2"])).toEqual(["Wave 2", "Wave 10"]);
    expect(order([3, 1, 2], "Wave")).toEqual(["1", "2", "3"]);
  });

  it("dates chronologically, as Excel serials or as text", () => {
    // =DATE(2026,3,15) is 46096 and =DATE(2026,6,14) is 46187 in the 1900 date system (checked with Python:
    // date(1899, 12, 30) + timedelta(46096) is 2026-03-15)
    // (https://support.microsoft.com/en-us/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487)
    expect(dayOfSerial(46096)).toEqual({ year: 2026, month: 3, day: 15 });
    expect(dayOfSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(dayOfSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(order([46187, 46096, 46187.5], "Survey date")).toEqual(["2026-03-15", "2026-06-14"]);
    expect(order(["2026/6/14", "2026年3月15日"], "调查日期")).toEqual(["2026-03-15", "2026-06-14"]);
  });

  it("many survey days make quarters (or months within one quarter)", () => {
    const days = [46023, 46030, 46041, 46060, 46100, 46120, 46150, 46190];
    const quarters = assignWaves(days, "Survey date");
    expect(quarters.period).toBe("quarter");
    expect(quarters.order).toEqual(["2026-Q1", "2026-Q2"]);
    expect(assignWaves(days.slice(0, 5), "Date").order).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(assignWaves(days, "Date", "year").order).toEqual(["2026"]);
  });

  it("other labels as text with their numbers as numbers, blanks in no wave", () => {
    const waves = assignWaves(["Spring 2", "", null, "Spring 10"], "Wave");
    expect(waves.order).toEqual(["Spring 2", "Spring 10"]);
    expect(waves.waveOfRow).toEqual(["Spring 2", undefined, undefined, "Spring 10"]);
  });
});

describe("waves counted from a column's distinct cells (what the pane shows in step 1)", () => {
  // the reference: assignWaves over every cell, its rows counted one by one
  const countedRowByRow = (cells: Array<string | number | null>, header: string, period?: "month") => {
    const { order, period: chosen, waveOfRow } = assignWaves(cells, header, period);
    const counts = new Map<string, number>(order.map((wave) => [wave, 0]));
    for (const wave of waveOfRow) if (wave !== undefined) counts.set(wave, counts.get(wave)! + 1);
    return { order, period: chosen, counts };
  };

  it.each<[string, Array<string | number | null>, string]>([
    [
      "labels that tie as text keep their first appearance",
      ["Wave 2", "wave 2", "Wave 1", "", null, "Wave 2"],
      "Wave",
    ],
    [
      "many survey days make quarters",
      [46023, 46190, 46030, 46041, 46060, 46023, 46100, 46120, 46150, 46190],
      "Survey date",
    ],
    ["a number and the same digits as text are read apart", [1, "1", 2, 1, "第1期", null], "Wave"],
  ])("gives assignWaves' waves, order and counts: %s", (_name, cells, header) => {
    expect(countWaves(cells, header)).toEqual(countedRowByRow(cells, header));
  });

  it("of 200,000 respondents, the sample's wave column repeated: 2026Q1 and 2026Q2 in order", () => {
    const column = sample.headers.indexOf("Wave 波次");
    const cells = Array.from(
      { length: 200_000 },
      (_, r) => sample.rows[r % sample.rows.length]![column] ?? null,
    );
    const counted = countWaves(cells, "Wave 波次");
    expect(counted).toEqual(countedRowByRow(cells, "Wave 波次"));
    expect(counted.order).toEqual(["2026Q1", "2026Q2"]);
    expect([...counted.counts.values()].reduce((a, b) => a + b, 0)).toBe(200_000);
    // read in place from the rows, as the pane does
    const rows = Array.from({ length: 200_000 }, (_, r) => sample.rows[r % sample.rows.length]!);
    expect(countWavesInColumn(rows, column, "Wave 波次")).toEqual(counted);
  });

  it("with a period chosen, as assignWaves", () => {
    const days = [46023, 46030, 46041, 46060, 46100];
    expect(countWaves(days, "Date", "month")).toEqual(countedRowByRow(days, "Date", "month"));
  });
});

describe("the journey survey in two quarters", () => {
  const settings = settingsOf(JOURNEY_SURVEY);
  const analysis = analyzeSurvey(JOURNEY_SURVEY, settings);

  it("is recognised as a journey, each touchpoint placed in its stage by its header", () => {
    expect(settings.framework).toBe("journey");
    expect(settings.dimensionOfItem).toEqual({
      "1": "beforePurchase",
      "2": "beforePurchase",
      "3": "duringPurchase",
      "4": "duringPurchase",
      "5": "afterPurchase",
      "6": "afterPurchase",
    });
  });

  it("has each wave's gaps, the quarters in order and the respondent without one left out", () => {
    const waves = analysis.waves!;
    expect(waves.header).toBe("季度 Quarter");
    expect(waves.period).toBe("labels");
    expect(waves.waves.map((w) => [w.wave, w.respondents])).toEqual([
      ["2026Q1", 7],
      ["2026Q2", 8],
    ]);
    expect(waves.withoutWave).toBe(1);
    expect(analysis.problems).toContainEqual({ code: "rowsWithoutWave", severity: "warning", count: 1 });
    const [q1, q2] = waves.waves;
    // NumPy nanmean of P − E per wave
    const q1Items = [
      -0.14285714285714285, -0.7142857142857143, 0.16666666666666666, -0.2857142857142857, -1.0,
      -1.2857142857142858,
    ];
    const q2Items = [0.75, -0.125, -0.25, 0.125, 0.375, -0.75];
    ["1", "2", "3", "4", "5", "6"].forEach((item, i) => {
      expect(q1!.itemGaps[item]).toBeCloseTo(q1Items[i]!, 14);
      expect(q2!.itemGaps[item]).toBeCloseTo(q2Items[i]!, 14);
    });
    expect(q1!.itemN["3"]).toBe(6);
    expect(q1!.dimensionGaps.beforePurchase).toBeCloseTo(-0.42857142857142855, 14);
    expect(q1!.dimensionGaps.duringPurchase).toBeCloseTo(-0.07142857142857142, 14);
    expect(q1!.dimensionGaps.afterPurchase).toBeCloseTo(-1.1428571428571428, 14);
    expect(q2!.dimensionGaps.afterPurchase).toBeCloseTo(-0.1875, 14);
    expect(q1!.overallGap).toBeCloseTo(-0.5476190476190476, 14);
    expect(q2!.overallGap).toBeCloseTo(0.020833333333333332, 14);
  });

  it("tests the change of each item with Welch's t, Holm-adjusted over the items", () => {
    const change = analysis.waves!.latestChange!;
    expect(change).toMatchObject({ previous: "2026Q1", last: "2026Q2" });
    // SciPy ttest_ind(Q2, Q1, equal_var=False): t, df, p; R p.adjust(…, "holm")
    const expected = [
      [1.5474611514754322, 12.956507956634757, 0.1458228929757051, 0.82919369549533695],
      [0.841738140363198, 12.99935802079646, 0.4151517702641707, 1],
      [-0.4577999981688, 6.930419965209983, 0.6611031248391934, 1],
      [0.5796682193703194, 12.669716263140868, 0.5723024172486926, 1],
      [1.629469979408367, 8.856740839594996, 0.13819894924922282, 0.82919369549533695],
      [0.9798830016960202, 12.95583596214511, 0.3450881339255193, 1],
    ];
    change.items.forEach((item, i) => {
      const [t, df, p, adjusted] = expected[i]!;
      expect(item.test?.t).toBeCloseTo(t!, 10);
      expect(item.test?.df).toBeCloseTo(df!, 9);
      expect(item.test?.p).toBeCloseTo(p!, 10);
      expect(item.test?.adjustedP).toBeCloseTo(adjusted!, 10);
      expect(item.significant).toBe(false);
    });
    expect(change.items[0]).toMatchObject({ key: "1", previousN: 7, lastN: 8, direction: "improved" });
    expect(change.items[0]!.change).toBeCloseTo(0.75 + 0.14285714285714285, 14);
    expect(change.items[2]).toMatchObject({ key: "3", direction: "worse", previousN: 6 });
  });

  it("tests the change of each stage on the respondents' own stage gaps, and overall", () => {
    const change = analysis.waves!.latestChange!;
    const expected = [
      [1.5630728055155458, 11.587769438500393, 0.1449185607103496, 0.289837121420699173],
      [0.01864793421080088, 12.148911856049612, 0.9854247283217888, 0.985424728321788845],
      [2.484791055595911, 10.549914848110094, 0.03114782432166016, 0.093443472964980484],
    ];
    expect(change.dimensions.map((d) => d.key)).toEqual([
      "beforePurchase",
      "duringPurchase",
      "afterPurchase",
    ]);
    change.dimensions.forEach((dimension, i) => {
      const [t, df, p, adjusted] = expected[i]!;
      expect(dimension.test?.t).toBeCloseTo(t!, 10);
      expect(dimension.test?.df).toBeCloseTo(df!, 9);
      expect(dimension.test?.p).toBeCloseTo(p!, 10);
      expect(dimension.test?.adjustedP).toBeCloseTo(adjusted!, 10);
    });
    // after-sales improved with p = 0.031, but not after Holm's adjustment over three stages
    expect(change.dimensions[2]).toMatchObject({ direction: "improved", significant: false });
    expect(change.overall?.test?.t).toBeCloseTo(2.3034349935847596, 10);
    expect(change.overall?.test?.df).toBeCloseTo(12.285324099088394, 9);
    expect(change.overall?.test?.p).toBeCloseTo(0.03948352342097278, 10);
    expect(change.overall).toMatchObject({ direction: "improved", significant: true });
  });

  it("names the stage where expectations are missed most, over all respondents", () => {
    const journey = analysis.journey!;
    expect(journey.stages.map((s) => s.stage)).toEqual(["beforePurchase", "duringPurchase", "afterPurchase"]);
    expect(journey.missedMost?.stage).toBe(
      analysis.dimensions.reduce((worst, d) => (d.gap < worst.gap ? d : worst)).key,
    );
    const afterSales = analysis.dimensions.find((d) => d.key === "afterPurchase")!;
    expect(journey.missedMost).toMatchObject({ stage: "afterPurchase", gap: afterSales.gap, worstItem: "6" });
  });

  it("with touchpoints assigned by hand, the stages follow the hand", () => {
    const byHand = analyzeSurvey(JOURNEY_SURVEY, {
      ...settings,
      dimensionOfItem: { ...settings.dimensionOfItem, "6": "duringPurchase" },
    });
    expect(byHand.journey?.stages.find((s) => s.stage === "afterPurchase")?.items).toEqual(["5"]);
  });
});

describe("settings", () => {
  it("saved before waves existed still load, and read the wave period as chosen anew", () => {
    const old = { ...settingsOf(STORE_SURVEY) } as Partial<AnalysisSettings>;
    delete old.wavePeriod;
    const parsed = parseSettings(JSON.stringify(old));
    expect(parsed).not.toBeNull();
    expect(parsed?.wavePeriod).toBeUndefined();
    expect(analyzeSurvey(STORE_SURVEY, parsed!).waves).toBeUndefined();
  });

  it("keep the wave period and the journey, so next quarter's rows are one Refresh away", () => {
    const saved = parseSettings(JSON.stringify({ ...settingsOf(JOURNEY_SURVEY), wavePeriod: "quarter" }));
    expect(saved).toMatchObject({ framework: "journey", wavePeriod: "quarter" });
    expect(parseSettings(JSON.stringify({ ...saved, wavePeriod: "fortnight" }))?.wavePeriod).toBeUndefined();
    const nextQuarter: RawSurvey = {
      ...JOURNEY_SURVEY,
      rows: [
        ...JOURNEY_SURVEY.rows,
        ...JOURNEY_SURVEY.rows.slice(0, 4).map((row) => [row[0] ?? null, "2026Q3", ...row.slice(2)]),
      ],
    };
    const refreshed = analyzeSurvey(nextQuarter, saved!);
    expect(refreshed.waves?.waves.map((w) => w.wave)).toEqual(["2026Q1", "2026Q2", "2026Q3"]);
    expect(refreshed.waves?.latestChange).toMatchObject({ previous: "2026Q2", last: "2026Q3" });
  });

  it("a single wave says there is nothing to compare yet", () => {
    const one: RawSurvey = {
      ...JOURNEY_SURVEY,
      rows: JOURNEY_SURVEY.rows.map((row) => [row[0] ?? null, "第1期", ...row.slice(2)]),
    };
    const analysis = analyzeSurvey(one, settingsOf(one));
    expect(analysis.waves?.waves).toHaveLength(1);
    expect(analysis.waves?.latestChange).toBeUndefined();
    expect(analysis.problems).toContainEqual({ code: "oneWaveOnly", severity: "info", count: 16 });
  });
});

describe("the sample workbooks (scripts/make-sample-workbook.ts)", () => {
  const asSurvey = (cells: { sheetName: string; headers: string[]; rows: unknown[][] }): RawSurvey => ({
    sheetName: cells.sheetName,
    address: "A1",
    headers: cells.headers,
    rows: cells.rows.map((row) => row.map((cell) => (cell ?? "") as string | number)),
  });

  it("the SERVQUAL sample keeps its 22 items and gains two waves from its last column", () => {
    const survey = asSurvey(sample);
    const layout = detectColumnRoles(survey);
    expect(layout.suggestedFramework).toBe("servqual22");
    expect(layout.columns.at(-1)).toMatchObject({ header: "Wave 波次", role: "wave" });
    const analysis = analyzeSurvey(survey, defaultSettings(survey, layout));
    expect(analysis.waves?.waves.map((w) => [w.wave, w.respondents])).toEqual([
      ["2026Q1", 30],
      ["2026Q2", 30],
    ]);
  });

  it("the journey sample is a journey over two quarters of survey dates", () => {
    const survey = asSurvey(journeySample);
    const settings = defaultSettings(survey, detectColumnRoles(survey), "zh-CN");
    expect(settings.framework).toBe("journey");
    expect(Object.values(settings.dimensionOfItem)).toEqual([
      ...Array<string>(3).fill("beforePurchase"),
      ...Array<string>(3).fill("duringPurchase"),
      ...Array<string>(3).fill("afterPurchase"),
    ]);
    expect(settings.itemNames?.["1"]).toBe("售前·官网信息");
    expect(defaultSettings(survey, detectColumnRoles(survey), "en").itemNames?.["1"]).toBe(
      "Website information",
    );
    const analysis = analyzeSurvey(survey, settings);
    expect(analysis.waves?.period).toBe("quarter");
    expect(analysis.waves?.waves.map((w) => w.wave)).toEqual(["2026-Q1", "2026-Q2"]);
    expect(analysis.journey?.missedMost?.stage).toBe("afterPurchase");
  });
});
