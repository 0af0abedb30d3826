/**
 * The change-over-time and journey blocks as planned (pure) over the journey survey in two quarters
 * (test/survey/journeyFixture.ts). Their numbers are the survey model's, checked against SciPy's
 * ttest_ind(equal_var=False) and R's p.adjust in test/survey/waves.test.ts; here: that each number lands in
 * its cell, the line chart's series are the table's rows with the waves as categories, and the summary lines
 * say what improved, what got worse and where the journey misses expectations, in English and Chinese.
 */
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import { explicitSeries } from "../../src/excel/charts/drawChart";
import { ResultsSheetLayout } from "../../src/excel/blocks";
import { resultLabels } from "../../src/excel/resultLabels";
import { changeSummaryLines, planChangeOverTime } from "../../src/excel/blocks/waves";
import { journeySummaryLines } from "../../src/excel/blocks/journey";
import type { PlannedCell } from "../../src/excel/types";
import { JOURNEY_SURVEY } from "../survey/journeyFixture";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";

const settings = defaultSettings(JOURNEY_SURVEY, detectColumnRoles(JOURNEY_SURVEY));
const analysis = analyzeSurvey(JOURNEY_SURVEY, settings);
// item names in the reader's language, as the pane sets them for a Chinese Excel
const analysisZh = analyzeSurvey(
  JOURNEY_SURVEY,
  defaultSettings(JOURNEY_SURVEY, detectColumnRoles(JOURNEY_SURVEY), "zh-CN"),
);
/** the change-over-time block laid out from `row` on an empty results sheet */
function laidOut(of: typeof analysis, language: string, row: number): ResultsSheetLayout {
  const labels = resultLabels(language);
  const layout = new ResultsSheetLayout(labels);
  layout.row = row;
  planChangeOverTime(of, labels, layout);
  return layout;
}
const textOf = (cell: PlannedCell | undefined): string =>
  cell !== null && typeof cell === "object" && "text" in cell ? cell.text : String(cell);

describe("the change-over-time block of the details sheet", () => {
  const section = laidOut(analysis, "en-US", 40);

  it("has a table of the stages' gaps by quarter with the change, Welch's t, df, p, Holm's p and a verdict", () => {
    const table = section.tables.find((t) => t.name === "CXGapWaveDimensions")!;
    const block = section.blocks.find((b) => b.address === table.address)!;
    expect(block.cells[0]!.map(textOf)).toEqual([
      "Dimension",
      "2026Q1",
      "2026Q2",
      "Change 2026Q1 → 2026Q2",
      "t",
      "df",
      "p",
      "p (Holm)",
      "Verdict",
    ]);
    const after = block.cells.find((row) => textOf(row[0]) === "After the purchase")!;
    const change = analysis.waves!.latestChange!.dimensions[2]!;
    expect(after.slice(1, 8)).toEqual([
      analysis.waves!.waves[0]!.dimensionGaps.afterPurchase,
      analysis.waves!.waves[1]!.dimensionGaps.afterPurchase,
      change.change,
      change.test!.t,
      change.test!.df,
      change.test!.p,
      change.test!.adjustedP,
    ]);
    expect(textOf(after[8])).toBe("Improved, not significant");
    expect(textOf(block.cells.at(-1)![0])).toBe("Overall");
    expect(textOf(block.cells.at(-1)![8])).toBe("Improved, significant");
    // the change column, highlighted where negative
    expect(table.negativeHighlight).toBe("D44:D47");
  });

  it("draws the gaps as lines over the quarters, one explicit series per row", () => {
    const [chart] = section.charts;
    expect(chart).toMatchObject({
      kind: "waveLines",
      chartType: "Line",
      seriesBy: "Rows",
      source: "A43:C47",
    });
    expect(explicitSeries(chart!)).toEqual([
      { name: "Before the purchase", values: "B44:C44", xValues: "B43:C43" },
      { name: "During the purchase", values: "B45:C45", xValues: "B43:C43" },
      { name: "After the purchase", values: "B46:C46", xValues: "B43:C43" },
      { name: "Overall", values: "B47:C47", xValues: "B43:C43" },
    ]);
    expect(chart!.position).toBe("A49:D63");
  });

  it("lists every item by wave below the chart", () => {
    const table = section.tables.find((t) => t.name === "CXGapWaveItems")!;
    expect(table.address).toBe("A66:J72");
    const block = section.blocks.find((b) => b.address === table.address)!;
    expect(textOf(block.cells[1]![0])).toBe("Website information");
    expect(block.cells[1]![2]).toBe(analysis.waves!.waves[0]!.itemGaps["1"]);
    expect(section.row).toBeGreaterThan(72);
  });

  it("with one wave, shows its gaps and says how to see a change", () => {
    const one = {
      ...JOURNEY_SURVEY,
      rows: JOURNEY_SURVEY.rows.map((r) => [r[0] ?? null, "第1期", ...r.slice(2)]),
    };
    const single = laidOut(analyzeSurvey(one, settings), "zh-CN", 0);
    expect(single.charts).toEqual([]);
    expect(single.blocks.map((b) => textOf(b.cells[0]![0]))).toContain(
      "所有回答都属于同一波次（第1期）：加入下一波次的数据并点“刷新”即可看到变化。",
    );
  });

  it("is left out without a wave column", () => {
    const noWave = { ...settings, roles: settings.roles.filter((r) => r.role !== "wave") };
    const none = laidOut(analyzeSurvey(JOURNEY_SURVEY, noWave), "en-US", 0);
    expect([none.blocks, none.tables, none.charts, none.row]).toEqual([[], [], [], 0]);
  });
});

describe("the summary's lines", () => {
  it("say what improved and what got worse, significant first, then by size", () => {
    expect(changeSummaryLines(analysis, resultLabels("en-US"))).toEqual({
      heading: "What changed from 2026Q1 to 2026Q2",
      lines: [
        "Overall gap +0.57 (p = 0.0395, significant).",
        "Improved: Delivery on time (+1.38); Website information (+0.89); Pre-sale advice (+0.59); After-sales: returns handling (+0.54); During: staff courtesy (+0.41).",
        "Got worse: Checkout speed (−0.42).",
      ],
    });
    expect(changeSummaryLines(analysisZh, resultLabels("zh-CN"))).toEqual({
      heading: "从 2026Q1 到 2026Q2 的变化",
      lines: [
        "总体差距 +0.57（p = 0.0395，显著）。",
        "改善：售后 送货准时（+1.38）；售前 官网信息（+0.89）；售前咨询（+0.59）；退换货（+0.54）；店员礼貌（+0.41）。",
        "变差：售中 结账速度（−0.42）。",
      ],
    });
  });

  it("name the stage where expectations are missed most and its weakest touchpoint", () => {
    const after = analysis.dimensions.find((d) => d.key === "afterPurchase")!.gap;
    const worst = analysis.items.find((i) => i.item === "6")!.gap!;
    const two = (x: number): string => (x < 0 ? `−${(-x).toFixed(2)}` : `+${x.toFixed(2)}`);
    expect(journeySummaryLines(analysis, resultLabels("en-US"))?.lines[0]).toBe(
      `Expectations are missed most after the purchase (gap ${two(after)}); its weakest touchpoint is After-sales: returns handling (${two(worst)}).`,
    );
    expect(journeySummaryLines(analysisZh, resultLabels("zh-CN"))?.lines[0]).toBe(
      `期望落空最多的阶段是售后（差距 ${two(after)}）；其中最弱的接触点是退换货（${two(worst)}）。`,
    );
  });
});

describe("written through the gateway to the strict test double of Excel", () => {
  let office: FakeOffice | undefined;
  afterEach(() => office?.uninstall());

  it("draws the line chart with every series given explicitly, within 5 syncs", async () => {
    const rows = [JOURNEY_SURVEY.headers, ...JOURNEY_SURVEY.rows.map((row) => row.map((cell) => cell ?? ""))];
    office = installFakeOffice(globalThis, {
      sheets: [{ name: "Journey", rows }],
      selection: `Journey!${JOURNEY_SURVEY.address}`,
    });
    const gateway = createExcelGateway();
    const survey = await gateway.readSurvey();
    const chosen = defaultSettings(survey, detectColumnRoles(survey));
    const plan = buildWritePlan(analyzeSurvey(survey, chosen), chosen, resultLabels("en-US"), survey);
    const before = office.state.syncCount;
    const report = await gateway.writeResults(plan, { replaceExisting: true });
    // the write's syncs stay within Excel on the web's budget (bench/syncs.bench.ts holds every write to 5)
    expect(report.syncs).toBeLessThanOrEqual(5);
    expect(office.state.syncCount - before).toBe(report.syncs);
    expect(report.chartsDrawn).toContain("waveLines");
    const line = office.state.charts.find((chart) => chart.type === "Line")!;
    expect(line.seriesBy).toBe("Rows");
    expect(line.series.map((s) => s.name)).toEqual([
      "Before the purchase",
      "During the purchase",
      "After the purchase",
      "Overall",
    ]);
    expect(line.series.every((s) => s.values !== undefined && s.xValues !== undefined)).toBe(true);
  });
});
