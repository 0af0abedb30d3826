import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { AnalysisSettings, RawSurvey } from "../../src/survey";
import { parseAddress } from "../../src/excel/a1";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { resultLabels } from "../../src/excel/resultLabels";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";
import { SIDE_BY_SIDE_SURVEY, STORE_SURVEY } from "../survey/fixtures";
import { evaluateCxFormula } from "./evaluateCxFormula";

const labels = resultLabels("en-US");
const dimensionOfItem = { speed: "service", staff: "service", price: "price" };

function formulaSettings(survey: RawSurvey, change: Partial<AnalysisSettings> = {}): AnalysisSettings {
  return {
    ...defaultSettings(survey, detectColumnRoles(survey)),
    dimensionOfItem,
    output: "formulas",
    // CX.IPA spills the classic matrix; the default gap matrix stays values (tested below)
    priorityMatrix: "classic",
    ...change,
  };
}

function planFor(survey: RawSurvey, change: Partial<AnalysisSettings> = {}) {
  const settings = formulaSettings(survey, change);
  const analysis = analyzeSurvey(survey, settings);
  return { analysis, plan: buildWritePlan(analysis, settings, labels, survey) };
}

describe("buildWritePlan with live formulas", () => {
  const weights = { service: 60, price: 40 };
  const { plan } = planFor(SIDE_BY_SIDE_SURVEY, { weights });

  it("spills =CX.SERVQUAL, =CX.KEYEXP and =CX.IPA over side-by-side survey columns", () => {
    expect(plan.formulaFallbacks).toEqual([]);
    expect(plan.spills?.map((s) => [s.block, s.anchor, s.address, s.formula])).toEqual([
      [
        "dimensionScores",
        "A11",
        "A11:F14",
        "=CX.SERVQUAL('Survey'!$E$2:$G$9,'Survey'!$B$2:$D$9,$B$6:$B$8,{60,40})",
      ],
      [
        "keyExperiences",
        "A28",
        "A28:F31",
        "=CX.KEYEXP('Survey'!$H$2:$J$9,'Survey'!$E$2:$G$9,$A$6:$A$8,'Survey'!$B$2:$D$9)",
      ],
      ["quadrants", "A34", "A34:D37", `=CX.IPA('Survey'!$H$2:$J$9,'Survey'!$E$2:$G$9,$A$6:$A$8,"mean")`],
    ]);
  });

  it("over some rows of a table (a selection's rows, headers from the table), takes those rows only", () => {
    const { plan: partPlan } = planFor(SIDE_BY_SIDE_SURVEY, {
      weights,
      source: { sheetName: "Survey", address: "A1:J7", tableName: "Answers", tableRows: "A4:J7" },
    });
    expect(partPlan.spills?.[0]?.formula).toBe(
      "=CX.SERVQUAL('Survey'!$E$4:$G$7,'Survey'!$B$4:$D$7,$B$6:$B$8,{60,40})",
    );
  });

  it("keeps spills out of Excel tables and never formats their cells as text", () => {
    expect(plan.tables.map((t) => t.name)).toEqual(["CXGapItems"]);
    for (const spill of plan.spills ?? []) {
      expect(spill.columnFormats).not.toContain("@");
      const box = parseAddress(spill.address);
      expect(spill.columnFormats).toHaveLength(box.columnCount);
      for (const table of plan.tables) {
        const t = parseAddress(table.address);
        const overlaps = box.row < t.row + t.rowCount && t.row < box.row + box.rowCount;
        expect(overlaps).toBe(false);
      }
    }
  });

  it("draws the charts from the spills' fixed addresses, performance on x", () => {
    const [bars, gaps, matrix] = plan.charts;
    expect(bars).toMatchObject({ kind: "dimensionBars", source: "A11:C13", seriesBy: "Columns" });
    // the gaps on their own chart and axis, not on the mean-score axis
    expect(gaps).toMatchObject({
      kind: "dimensionGaps",
      source: "D11:D13",
      firstSeries: { xValues: "A12:A13", values: "D12:D13" },
      axisTitles: { value: labels.gapAxis },
    });
    expect(matrix).toMatchObject({
      kind: "importancePerformance",
      seriesBy: "Columns",
      firstSeries: { xValues: "C35:C37", values: "B35:B37" },
    });
  });

  it("gives the dimension table the same columns in both options, the respondents beside the spill as values", () => {
    const values = planFor(SIDE_BY_SIDE_SURVEY, { weights, output: "values" }).plan;
    const table = values.tables.find((t) => t.name === "CXGapDimensions")!;
    const header = values.blocks.find((b) => b.address === table.address)?.cells[0];
    const spill = plan.spills?.find((s) => s.block === "dimensionScores")!;
    const box = parseAddress(spill.address);
    const beside = plan.blocks.find(
      (b) => parseAddress(b.address).row === box.row && parseAddress(b.address).column === 6,
    );
    // CX.SERVQUAL spills Dimension … Weighted gap (src/functions/servqualSpill.ts); Respondents follows
    expect(header?.map((c) => (c && typeof c === "object" && "text" in c ? c.text : c))).toEqual([
      labels.dimension,
      labels.expectation,
      labels.perception,
      labels.gap,
      labels.weight,
      labels.weightedGap,
      labels.respondents,
    ]);
    expect(box.columnCount).toBe(6);
    expect(beside?.cells[0]).toEqual([{ text: labels.respondents }]);
    expect(plan.valueColumns).toEqual([
      { block: "dimensionScores", column: labels.respondents, reason: "noFunction" },
    ]);
  });

  it("keeps the quadrants as values, with a reason, under the default gap matrix", () => {
    const gap = planFor(SIDE_BY_SIDE_SURVEY, { priorityMatrix: "gap" }).plan;
    expect(gap.formulaFallbacks).toEqual([{ block: "quadrants", reason: "gapMatrix" }]);
    expect(gap.spills?.map((s) => s.block)).toEqual(["dimensionScores", "keyExperiences"]);
  });

  it("passes the scale crosshair as its two numbers", () => {
    // importance answers 2…5 and perception 2…5 lie on the 1–5 scale: midpoints 3 and 3
    const scale = planFor(SIDE_BY_SIDE_SURVEY, { crosshair: "scale" }).plan;
    expect(scale.spills?.[2]?.formula).toMatch(/,\{3,3\}\)$/);
  });

  it.each([
    ["interleaved columns", STORE_SURVEY, "nonContiguousColumns"],
    [
      "a number written as text",
      {
        ...SIDE_BY_SIDE_SURVEY,
        rows: SIDE_BY_SIDE_SURVEY.rows.map((r, i) => (i === 2 ? [3, "5", ...r.slice(2)] : r)),
      },
      "answersNotNumbers",
    ],
    [
      "an answer outside the scale",
      {
        ...SIDE_BY_SIDE_SURVEY,
        rows: SIDE_BY_SIDE_SURVEY.rows.map((r, i) => (i === 2 ? [3, 9, ...r.slice(2)] : r)),
      },
      "answersOutOfScale",
    ],
  ])("falls back to values with a reason for %s", (_, survey, reason) => {
    // a "don't know" code 9 on a 1–5 scale
    const { plan: fallbackPlan } = planFor(survey as RawSurvey, { scale: { bottom: 1, top: 5 } });
    expect(fallbackPlan.formulaFallbacks?.map((f) => f.reason)).toContain(reason);
    const blocks = fallbackPlan.formulaFallbacks?.map((f) => f.block);
    expect(fallbackPlan.spills?.filter((s) => blocks?.includes(s.block))).toEqual([]);
    expect(fallbackPlan.tables.length + (fallbackPlan.spills?.length ?? 0)).toBe(4);
  });

  it("writes values, with a reason, over a table whose filter hides rows (a formula over its columns would count them)", () => {
    const { plan: filtered } = planFor({
      ...SIDE_BY_SIDE_SURVEY,
      leftOut: { totalRow: false, hiddenRows: 2 },
    });
    expect(filtered.spills ?? []).toEqual([]);
    expect(new Set(filtered.formulaFallbacks?.map((f) => f.reason))).toEqual(new Set(["hiddenRowsLeftOut"]));
  });

  it("keeps SERVQUAL live but not KEYEXP and IPA when a respondent answered only the perception", () => {
    const rows = SIDE_BY_SIDE_SURVEY.rows.map((r, i) => (i === 4 ? [5, "", ...r.slice(2)] : r));
    const { plan: partial } = planFor({ ...SIDE_BY_SIDE_SURVEY, rows });
    expect(partial.spills?.map((s) => s.block)).toEqual(["dimensionScores"]);
    expect(partial.formulaFallbacks).toEqual([
      { block: "keyExperiences", reason: "unpairedAnswers" },
      { block: "quadrants", reason: "unpairedAnswers" },
    ]);
  });

  it("writes values when the survey's rows are not given, and says so", () => {
    const settings = formulaSettings(SIDE_BY_SIDE_SURVEY);
    const analysis = analyzeSurvey(SIDE_BY_SIDE_SURVEY, settings);
    const headersOnly = buildWritePlan(analysis, settings, labels, { headers: SIDE_BY_SIDE_SURVEY.headers });
    expect(headersOnly.spills).toEqual([]);
    expect(headersOnly.formulaFallbacks?.[0]).toEqual({ block: "itemGaps", reason: "surveyRowsUnavailable" });
  });
});

describe("live formulas written through the gateway", () => {
  let office: FakeOffice | undefined;
  afterEach(() => office?.uninstall());

  async function write(survey: RawSurvey, change: Partial<AnalysisSettings>) {
    office = installFakeOffice(globalThis, {
      sheets: [{ name: "Survey", rows: [survey.headers, ...(survey.rows as (string | number)[][])] }],
      selection: `Survey!${survey.address}`,
    });
    const gateway = createExcelGateway();
    const read = await gateway.readSurvey();
    const settings = formulaSettings(read, change);
    const analysis = analyzeSurvey(read, settings);
    const report = await gateway.writeResults(buildWritePlan(analysis, settings, labels, read), {
      replaceExisting: false,
    });
    return { analysis, report, state: office.state };
  }

  const formulaAt = (state: FakeOffice["state"], address: string): string => {
    const box = parseAddress(address);
    return state.sheet("CX Gap results")!.formulas.get(`${box.row},${box.column}`)!;
  };

  it("computes, through src/functions, the numbers the values option writes (NumPy 1.x for the survey)", async () => {
    const { analysis, report, state } = await write(SIDE_BY_SIDE_SURVEY, {
      weights: { service: 60, price: 40 },
    });
    expect(report.formulaFallbacks).toEqual([]);
    const evaluate = (address: string) =>
      evaluateCxFormula(formulaAt(state, address), state, "CX Gap results");

    // item gaps: NumPy mean(P − E) per item = -0.875, -0.25, -1
    const gaps = [5, 6, 7].map((row) => evaluate(`E${row + 1}`)[0]![0]);
    expect(gaps).toEqual([-0.875, -0.25, -1]);
    expect(gaps).toEqual(analysis.items.map((item) => item.gap));

    // dimension scores: NumPy service E 4.3125, P 3.75, gap -0.5625; price 4, 3, -1; weighted 0.6·(-0.5625) + 0.4·(-1) = -0.7375
    const servqual = evaluate("A11");
    expect(servqual.slice(1, 3).map((r) => r.slice(0, 4))).toEqual([
      ["Service", 4.3125, 3.75, -0.5625],
      ["Price", 4, 3, -1],
    ]);
    expect(servqual[3]?.[5]).toBeCloseTo(-0.7375, 12);
    analysis.dimensions.forEach((d, i) => {
      expect(servqual[i + 1]?.slice(1, 4)).toEqual([d.expectation, d.perception, d.gap]);
      expect(servqual[i + 1]?.[4]).toBe(d.weight);
      expect(servqual[i + 1]?.[5]).toBe(d.weightedGap);
    });
    expect(servqual[3]?.slice(1, 4)).toEqual([
      analysis.overall?.expectation,
      analysis.overall?.perception,
      analysis.overall?.gap,
    ]);
    expect(servqual[3]?.[5]).toBe(analysis.overall?.weightedScore);

    // items are named as their headers spell them ("Speed" of "Exp_Speed")
    // key experiences: NumPy importance 4.625, 3.5, 4.25; shortfall max(Ē − P̄, 0); score 4.046875, 0.875, 4.25
    const keyexp = evaluate("A28");
    expect(keyexp.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ["Price", 4.25, 1],
      ["Speed", 4.046875, 2],
      ["Staff", 0.875, 3],
    ]);
    expect(keyexp.slice(1).map((r) => r.slice(0, 6))).toEqual(
      analysis.keyExperiences.map((k) => [
        k.name ?? k.item,
        k.importance,
        k.performance,
        k.shortfall,
        k.score,
        k.rank,
      ]),
    );

    // quadrants: crosshair at the means (NumPy 4.125, 3.5); on the line counts as high
    const quadrants = evaluate("A34");
    expect(quadrants.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ["Speed", "Keep up the good work"],
      ["Staff", "Possible overkill"],
      ["Price", "Concentrate here"],
    ]);
    expect(quadrants.slice(1)).toEqual(
      analysis.quadrants?.items.map((q) => [
        q.name ?? q.item,
        q.importance,
        q.performance,
        labels.quadrantNames[q.quadrant],
      ]),
    );
  });

  it("styles the spill headers, formats their cells before the formula, and charts from the spills", async () => {
    const { report, state } = await write(SIDE_BY_SIDE_SURVEY, {});
    expect(report.tables.map((t) => t.name)).toEqual(["CXGapItems"]);
    const writes = state.writes.filter((w) => w.sheet === "CX Gap results");
    const anchorWrite = writes.findIndex((w) => w.kind === "formulas" && w.address === "A11");
    const formatWrite = writes.findIndex((w) => w.kind === "numberFormat" && w.address === "A12:F14");
    expect(formatWrite).toBeGreaterThanOrEqual(0);
    expect(formatWrite).toBeLessThan(anchorWrite);
    expect(writes.some((w) => w.kind === "format" && w.address === "A11:F11")).toBe(true);
    const scatter = state.charts.find((c) => c.type === "XYScatter")!;
    expect(scatter.series[0]).toMatchObject({ xValues: "C35:C37", values: "B35:B37" });
  });

  it("never sends survey text through Range.formulas", async () => {
    const tricky = {
      ...STORE_SURVEY,
      headers: STORE_SURVEY.headers.map((h) => h.replace("Speed", "=Speed")),
    };
    const { state } = await write(tricky, {});
    const formulaWrites = state.writes.filter((w) => w.kind === "formulas");
    expect(formulaWrites.length).toBeGreaterThan(0);
    for (const w of formulaWrites) {
      for (const cell of (w.data as unknown[][]).flat()) expect(String(cell)).toMatch(/^=CX\./);
    }
    expect(state.sheet("CX Gap results")!.cellAt(5, 0)).toBe("=Speed");
  });
});
