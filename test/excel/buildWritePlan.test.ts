import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import type { AnalysisSettings } from "../../src/survey";
import { parseAddress } from "../../src/excel/a1";
import { buildWritePlan } from "../../src/excel/buildWritePlan";
import { resultLabels } from "../../src/excel/resultLabels";
import { servqualSurvey, STORE_SURVEY } from "../survey/fixtures";

const settingsFor = (change: Partial<AnalysisSettings> = {}): AnalysisSettings => ({
  ...defaultSettings(STORE_SURVEY, detectColumnRoles(STORE_SURVEY)),
  dimensionOfItem: { speed: "service", staff: "service", price: "price" },
  ...change,
});

describe("buildWritePlan", () => {
  const settings = settingsFor();
  const plan = buildWritePlan(
    analyzeSurvey(STORE_SURVEY, settings),
    settings,
    resultLabels("en-US"),
    STORE_SURVEY,
  );

  it("lays out four tables whose cells fit their blocks", () => {
    expect(plan.sheetBaseName).toBe("CX Gap results");
    expect(plan.tables.map((t) => [t.name, t.address])).toEqual([
      ["CXGapItems", "A5:L8"],
      ["CXGapDimensions", "A11:G14"],
      // each chart beside its table: the next table starts under the dimension charts (15 rows)
      ["CXGapKeyExperiences", "A28:F31"],
      ["CXGapQuadrants", "A34:D37"],
      // the further measures under them: CSAT of overall satisfaction, derived importance, alpha per dimension
      ["CXGapCSAT", "A69:I73"],
      ["CXGapDerivedImportance", "A76:I79"],
      ["CXGapReliability", "A85:G87"],
    ]);
    expect(plan.tables[0]?.negativeHighlight).toBe("E6:E8");
    for (const block of plan.blocks) {
      const box = parseAddress(block.address);
      expect(block.cells).toHaveLength(box.rowCount);
      for (const row of block.cells) expect(row).toHaveLength(box.columnCount);
      expect(block.columnFormats).toHaveLength(box.columnCount);
    }
  });

  it("plans every text cell in a text-formatted column", () => {
    for (const block of plan.blocks) {
      block.cells.slice(1).forEach((row) =>
        row.forEach((cell, c) => {
          if (typeof cell === "object" && cell !== null && "text" in cell)
            expect(block.columnFormats[c]).toBe("@");
        }),
      );
    }
    const items = plan.blocks.find((b) => b.address === "A5:L8");
    expect(items?.cells[1]?.slice(0, 5)).toEqual([
      { text: "Speed" },
      { text: "Service" },
      4.375,
      3.5,
      -0.875,
    ]);
  });

  it("draws bars with explicit orientation and a labelled scatter with crosshairs", () => {
    const [bars, , matrix] = plan.charts;
    expect(bars).toMatchObject({
      kind: "dimensionBars",
      chartType: "BarClustered",
      source: "A11:C13",
      seriesBy: "Columns",
    });
    expect(matrix).toMatchObject({
      kind: "priorityMatrix",
      chartType: "XYScatter",
      source: "B34:C37",
      seriesBy: "Columns",
    });
    // labels only on the items that matter: speed and price fall below expectation, staff meets it
    expect(matrix?.pointLabels).toEqual(["Speed", "", "Price"]);
    // the gap matrix: gap on x, the vertical line at gap 0, axes spanning the data
    expect(matrix?.axisTitles?.category).toBe("Gap (experience − expectation)");
    expect(matrix?.axisBounds?.x?.[0]).toBeLessThan(-0.875);
    expect(matrix?.axisBounds?.x?.[1]).toBeGreaterThan(0);
    expect(matrix?.requires).toEqual(["ExcelApi 1.8"]);
    expect(matrix?.extraSeries.map((s) => s.line ?? false)).toEqual([true, true, false]);
    expect(plan.charts.some((c) => c.kind === "servqualRadar")).toBe(false);
  });

  it("writes live CX.GAP formulas over the survey columns when asked", () => {
    const formulas = settingsFor({ output: "formulas" });
    const formulaPlan = buildWritePlan(
      analyzeSurvey(STORE_SURVEY, formulas),
      formulas,
      resultLabels("en-US"),
      STORE_SURVEY,
    );
    const items = formulaPlan.blocks.find((b) => b.address === "A5:L8");
    expect(items?.cells[1]?.[4]).toEqual({ formula: "=CX.GAP('Survey'!$D$2:$D$9,'Survey'!$C$2:$C$9)" });
    expect(items?.cells[3]?.[4]).toEqual({ formula: "=CX.GAP('Survey'!$J$2:$J$9,'Survey'!$I$2:$I$9)" });
    expect(items?.columnFormats[4]).toBe("0.00");
  });

  it("adds the radar for SERVQUAL-22 and writes Chinese labels", () => {
    const survey = servqualSurvey(10);
    const s = defaultSettings(survey, detectColumnRoles(survey));
    const zh = buildWritePlan(analyzeSurvey(survey, s), s, resultLabels("zh-CN"), survey);
    expect(zh.sheetBaseName).toBe("CX Gap 结果");
    expect(zh.charts.map((c) => c.kind)).toEqual(["dimensionBars", "dimensionGaps", "servqualRadar"]);
    expect(zh.tables[1]).toEqual({
      name: "CXGapDimensions",
      address: "A30:G36",
      negativeHighlight: "D31:D36",
    });
    const dims = zh.blocks.find((b) => b.address === "A30:G36");
    expect(dims?.cells[1]?.[0]).toEqual({ text: "有形性" });
  });
});
