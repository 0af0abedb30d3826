import { parseAddress } from "../../src/excel/a1";
/**
 * The results sheet as a manager reads it in Excel without the add-in: a title that says when, the survey range
 * and respondent count readable, headings that stand out, columns wide enough for their headers, p-values that
 * do not read as zero, and charts whose axes and legends say what they show.
 */
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { createExcelGateway } from "../../src/excel/gateway";
import { resultLabels } from "../../src/excel/resultLabels";
import type { PlannedCell, WritePlan } from "../../src/excel/types";
import { installFakeOffice, type FakeOffice } from "../doubles/installFakeOffice";
import type { RawSurvey } from "../../src/survey";
import sample from "../e2e/sample-survey.json";
import { SAMPLE_ADDRESS } from "../taskpane/sampleSurvey";

/** the browser test's SERVQUAL survey: 40 respondents, 22 E/P pairs with importance, a segment column */
const survey: RawSurvey = {
  sheetName: sample.sheetName,
  address: SAMPLE_ADDRESS,
  headers: sample.headers,
  rows: sample.rows.map((row) => row.map((cell) => cell ?? "")),
};
const settings = defaultSettings(survey, detectColumnRoles(survey));
const analysis = analyzeSurvey(survey, settings);
/** 1 June 2025, 14:03 local time */
const WRITTEN_AT = new Date(2025, 5, 1, 14, 3);
const planIn = (language: string): WritePlan =>
  buildWritePlan(analysis, settings, resultLabels(language), survey, WRITTEN_AT);
const en = planIn("en-US");
const zh = planIn("zh-CN");

const textOf = (cell: PlannedCell | undefined): string | undefined =>
  typeof cell === "object" && cell !== null && "text" in cell ? cell.text : undefined;

describe("the results sheet reads well without the add-in", () => {
  it("dates the title and keeps the survey range last on its row, so the long address is not cut off", () => {
    const [title, summary] = en.blocks;
    expect(textOf(title?.cells[0]?.[0])).toBe("CX Gap results · 2025-06-01 14:03");
    expect(textOf(zh.blocks[0]?.cells[0]?.[0])).toBe("CX Gap 分析结果 · 2025-06-01 14:03");
    expect(summary?.address).toBe("A2:D2");
    const details = summary?.cells[0] ?? [];
    expect(details.map(textOf)).toEqual([
      "Respondents",
      undefined,
      "Survey",
      `'${survey.sheetName}'!${survey.address}`,
    ]);
    expect(details[1]).toBe(60);
    expect(summary?.columnFormats).toEqual(["@", "0", "@", "@"]);
  });

  it("makes the title and every section heading bold", () => {
    expect(en.blocks[0]?.style).toBe("title");
    const headings = en.blocks
      .filter((block) => block.style === "heading")
      .map((b) => textOf(b.cells[0]?.[0]));
    expect(headings).toEqual([
      "Item gaps (perception − expectation)",
      "Dimension scores",
      "Key experiences (importance × shortfall) · Importance: mean of the importance answers",
      "Importance–performance matrix",
      "What it means",
      "Priority-matrix chart: crosshair lines and quadrant labels",
      // the sample's Kano features: their table, then the Better–Worse chart's helper rows
      "Kano: which kind of expectation each feature is",
      "Better–Worse chart: dividing lines and quadrant labels",
      "Recommendation and satisfaction · Net Promoter Score (NPS) of “Likelihood to recommend 推荐意愿 (0-10)”: promoters 9–10 − detractors 0–6, 95% interval; each segment against the rest (z test, Holm)",
      "CSAT: share answering 6–7 on the 1–7 scale of “Overall satisfaction 总体满意度” (top two boxes), Wilson 95% interval; each segment against the rest (two-proportion z test, Holm)",
      "Chart helper: NPS interval lines (x = NPS, y = row)",
      "Derived importance · Johnson's relative weights of the perception items on “Overall satisfaction 总体满意度” (not raw correlations)",
      "Reliability · Cronbach's alpha of each dimension's perception items, Feldt 95% interval (below 0.7: the items do not measure one thing)",
      "Change over time (by Wave 波次)",
      "Gap by wave: dimensions",
      "Gap by wave: items",
    ]);
  });

  it("says in one sentence what each quadrant means, and hides the chart helper rows", () => {
    const lines = en.blocks.map((b) => textOf(b.cells[0]?.[0]) ?? "");
    expect(lines).toContain(
      "Concentrate here: Important to customers and below their expectation: fix these first.",
    );
    expect(
      lines.filter((l) =>
        /^(Concentrate here|Keep up the good work|Low priority|Possible overkill): /.test(l),
      ),
    ).toHaveLength(4);
    const helper = en.blocks.findIndex((b) => textOf(b.cells[0]?.[0])?.startsWith("Priority-matrix chart"));
    const helperRows = parseAddress(en.blocks[helper + 1]!.address);
    const kano = en.blocks.findIndex((b) => textOf(b.cells[0]?.[0])?.startsWith("Better–Worse chart"));
    const kanoRows = parseAddress(en.blocks[kano + 1]!.address);
    // and the NPS chart's interval lines, under everything else
    const npsHelper = en.blocks.findIndex((b) => textOf(b.cells[0]?.[0])?.startsWith("Chart helper: NPS"));
    const npsRows = parseAddress(en.blocks[npsHelper + 1]!.address);
    expect(en.hiddenRows).toEqual([
      `A${helperRows.row}:A${helperRows.row + helperRows.rowCount}`,
      `A${kanoRows.row}:A${kanoRows.row + kanoRows.rowCount}`,
      `A${npsRows.row}:A${npsRows.row + npsRows.rowCount}`,
    ]);
    expect(en.charts.find((c) => c.kind === "kanoBetterWorse")?.plotHiddenCells).toBe(true);
    expect(en.charts.find((c) => c.kind === "npsBySegment")?.plotHiddenCells).toBe(true);
    expect(en.charts.find((c) => c.kind === "priorityMatrix")?.plotHiddenCells).toBe(true);
  });

  it("shows p-values under 0.0001 as <0.0001 instead of 0.0000", () => {
    const items = en.blocks.find((block) => textOf(block.cells[0]?.[0]) === "Item");
    expect(items?.columnFormats[11]).toBe('[<0.0001]"<0.0001";0.0000');
  });

  it("widens each table column to its widest header or value, counting Chinese characters double", () => {
    // Excel's default column is 8.43 characters, 48 points; headers also hold the filter button
    const widths = en.columnWidths ?? [];
    // the item table's 12 columns, and the Kano table's 17
    expect(widths).toHaveLength(17);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(48);
    // "95% CI high" (column J) and "Expectation" (C) do not fit 48 points; "SD" and 1.24 (H) do, but the
    // derived-importance table's wrapped header "Stated importance (mean)" in H counts its longest word:
    // "importance" and the filter button, 13 characters of 5 points + 8 = 73
    expect(widths[9]).toBeGreaterThan(48);
    expect(widths[2]).toBeGreaterThan(48);
    expect(widths[7]).toBe(73);
    // "Keep up the good work" (21 characters, a quadrant in column D) is wider than "Expectation" (C)
    expect(widths[3]).toBeGreaterThan(widths[2]!);
    // "95% 置信上限" is 4 + 4 × 2 character widths, plus the filter button's 3, at 5 points each and 8 of padding
    // (column J also holds the change-over-time verdicts, which are wider in English)
    expect(zh.columnWidths?.[9]).toBeGreaterThanOrEqual((4 + 4 * 2 + 3) * 5 + 8);
  });

  it("titles the dimension bars' value axis as a mean score and names every series explicitly", () => {
    const bars = en.charts.find((chart) => chart.kind === "dimensionBars");
    expect(bars?.axisTitles).toEqual({ category: "Dimension", value: "Mean score" });
    expect(bars?.seriesNames).toEqual(["Expectation", "Perception"]);
    // the gaps on a chart and axis of their own
    const gaps = en.charts.find((chart) => chart.kind === "dimensionGaps");
    expect(gaps?.seriesNames).toEqual(["Gap"]);
    expect(gaps?.axisTitles?.value).toBe("Gap (experience − expectation)");
    const radar = zh.charts.find((chart) => chart.kind === "servqualRadar");
    expect(radar?.seriesNames).toEqual(["期望", "感知"]);
    expect(zh.charts.find((chart) => chart.kind === "dimensionBars")?.axisTitles?.value).toBe("平均分");
  });
});

describe("the gateway applies the readability formats on the results sheet", () => {
  let office: FakeOffice | undefined;
  afterEach(() => office?.uninstall());

  it("sets bold headings and column widths without an extra sync", async () => {
    office = installFakeOffice(globalThis, { sheets: [{ name: "Survey" }] });
    const report = await createExcelGateway().writeResults(en, { replaceExisting: false });
    expect(report.syncs).toBe(3);
    const formats = office.state.writes.filter((w) => w.kind === "format" && w.sheet === "CX Gap results");
    expect(formats).toContainEqual(expect.objectContaining({ address: "A1", data: { bold: true } }));
    expect(formats).toContainEqual(expect.objectContaining({ address: "A1", data: { fontSize: 14 } }));
    expect(formats).toContainEqual(expect.objectContaining({ address: "A4", data: { bold: true } }));
    const widths = formats.filter((w) => "columnWidth" in (w.data as object));
    expect(widths.map((w) => w.address)).toEqual([
      "A1",
      "B1",
      "C1",
      "D1",
      "E1",
      "F1",
      "G1",
      "H1",
      "I1",
      "J1",
      "K1",
      "L1",
      "M1",
      "N1",
      "O1",
      "P1",
      "Q1",
    ]);
    expect(widths.map((w) => (w.data as { columnWidth: number }).columnWidth)).toEqual(en.columnWidths);
  });
});

describe("item names", () => {
  const itemColumnOf = (plan: WritePlan): Array<string | undefined> => {
    const items = plan.blocks.find((block) => textOf(block.cells[0]?.[0]) === resultLabels("en-US").item);
    return (items?.cells ?? []).slice(1).map((row) => textOf(row[0]));
  };

  it("items are called by the statement their headers carry, in the sheet's language, in the tables and on the scatter's points", () => {
    // headers "E1 Modern equipment 设备现代化" / "P1 Modern equipment 设备现代化" (scripts/make-sample-workbook.ts)
    expect(itemColumnOf(en).slice(0, 3)).toEqual(["Modern equipment", "Appealing facilities", "Neat staff"]);
    const zhSettings = defaultSettings(survey, detectColumnRoles(survey), "zh-CN");
    const zhPlan = buildWritePlan(
      analyzeSurvey(survey, zhSettings),
      zhSettings,
      resultLabels("zh-CN"),
      survey,
      WRITTEN_AT,
    );
    const zhItems = zhPlan.blocks.find((block) => textOf(block.cells[0]?.[0]) === resultLabels("zh-CN").item);
    expect(textOf(zhItems?.cells[1]?.[0])).toBe("设备现代化");
    const scatter = en.charts.find((chart) => chart.kind === "priorityMatrix");
    // only the items that matter are labelled: the fix-first list (and outliers)
    const fixFirst = en.summary?.blocks.find((b) => textOf(b.cells[0]?.[1]) === "Item");
    const fixNames = (fixFirst?.cells ?? []).slice(1).map((row) => textOf(row[1]));
    expect(fixNames.length).toBeGreaterThan(0);
    for (const name of fixNames) expect(scatter?.pointLabels).toContain(name);
    // …by the statements their headers carry, not by number
    expect(scatter?.pointLabels?.filter((label) => label !== "").some((l) => /^Item \d+$/.test(l))).toBe(
      false,
    );
  });

  it("numbered items without wording read 'Item 1' / '题项 1' (as in the pane)", () => {
    const bare = { ...survey, headers: survey.headers.map((header) => header.split(" ")[0] ?? header) };
    const bareSettings = { ...defaultSettings(bare, detectColumnRoles(bare)), itemNames: {} };
    const plan = buildWritePlan(
      analyzeSurvey(bare, bareSettings),
      bareSettings,
      resultLabels("zh-CN"),
      bare,
      WRITTEN_AT,
    );
    const items = plan.blocks.find((block) => textOf(block.cells[0]?.[0]) === resultLabels("zh-CN").item);
    expect(textOf(items?.cells[1]?.[0])).toBe("题项 1");
  });
});
