import { pairItems } from "../core/survey/pairItems";
import { resolveRoles } from "../core/survey/resolveRoles";
import type { AnalysisSettings, RawSurvey, SurveyAnalysis } from "../core/survey/types";
import { boxAddress, parseAddress, quotedSheet, type CellBox } from "./a1";
import type { ResultLabels } from "./resultLabels";
import type { PlannedBlock, PlannedCell, PlannedChart, PlannedTable, WritePlan } from "./types";

const TEXT = "@";
const NUMBER = "0.00";
const COUNT = "0";
const P_VALUE = "0.0000";
/** charts sit to the right of the tables, from column N */
const CHART_COLUMN = 13;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 18;

type Column = { header: string; format: string };

/**
 * Lays out the results sheet (pure): a title block, then one Excel table per result (item gaps, dimension
 * scores, key experiences, quadrants) stacked in columns A–L, the IPA helper series under them, and the charts
 * to the right from column N. Text from the survey is planned as text (number format "@"); with
 * settings.output "formulas" the gap column holds live =CX.GAP formulas over the survey's columns.
 */
export function buildWritePlan(
  analysis: SurveyAnalysis,
  settings: AnalysisSettings,
  labels: ResultLabels,
  survey: Pick<RawSurvey, "headers">,
): WritePlan {
  const blocks: PlannedBlock[] = [];
  const tables: PlannedTable[] = [];
  const charts: PlannedChart[] = [];
  let row = 0;
  const sourceText = `${quotedSheet(settings.source.sheetName)}!${settings.source.address}`;
  blocks.push({
    address: boxAddress({ row, column: 0, rowCount: 2, columnCount: 4 }),
    cells: [
      [{ text: labels.title }, null, null, null],
      [{ text: labels.source }, { text: sourceText }, { text: labels.respondents }, analysis.respondents],
    ],
    columnFormats: [TEXT, TEXT, TEXT, COUNT],
  });
  row += 3;

  const dimensionName = (key: string): string => labels.dimensionNames[key] ?? key;
  const gapFormulas =
    settings.output === "formulas" ? gapFormulaOfItem(settings, survey) : new Map<string, string>();

  // Item gaps
  const itemColumns: Column[] = [
    { header: labels.item, format: TEXT },
    { header: labels.dimension, format: TEXT },
    { header: labels.expectation, format: NUMBER },
    { header: labels.perception, format: NUMBER },
    { header: labels.gap, format: NUMBER },
    { header: labels.n, format: COUNT },
    { header: labels.missing, format: COUNT },
    { header: labels.sd, format: NUMBER },
    { header: labels.ciLow, format: NUMBER },
    { header: labels.ciHigh, format: NUMBER },
    { header: labels.t, format: NUMBER },
    { header: labels.p, format: P_VALUE },
  ];
  const itemRows: PlannedCell[][] = analysis.items.map((item) => {
    const formula = gapFormulas.get(item.item);
    return [
      { text: item.item },
      { text: item.dimension === undefined ? "" : dimensionName(item.dimension) },
      num(item.expectationMean),
      num(item.perceptionMean),
      formula !== undefined ? { formula } : num(item.gap),
      item.n,
      item.missing,
      num(item.sd),
      num(item.ciLow),
      num(item.ciHigh),
      num(item.t),
      num(item.p),
    ];
  });
  row = addTable(blocks, tables, row, labels.itemGaps, "CXGapItems", itemColumns, itemRows, 4);

  // Dimension scores
  const weighted = analysis.dimensions.some((d) => d.weight !== undefined);
  if (analysis.dimensions.length > 0) {
    const columns: Column[] = [
      { header: labels.dimension, format: TEXT },
      { header: labels.expectation, format: NUMBER },
      { header: labels.perception, format: NUMBER },
      { header: labels.gap, format: NUMBER },
      { header: labels.respondents, format: COUNT },
      ...(weighted
        ? [
            { header: labels.weight, format: "0.0%" },
            { header: labels.weightedGap, format: NUMBER },
          ]
        : []),
    ];
    const rows: PlannedCell[][] = analysis.dimensions.map((d) => [
      { text: dimensionName(d.key) },
      d.expectation,
      d.perception,
      d.gap,
      d.respondents,
      ...(weighted ? [num(d.weight), num(d.weightedGap)] : []),
    ]);
    if (analysis.overall) {
      const o = analysis.overall;
      rows.push([
        { text: labels.overall },
        o.expectation,
        o.perception,
        o.gap,
        analysis.respondents,
        ...(weighted ? [1, num(o.weightedScore)] : []),
      ]);
    }
    const top = row + 1;
    row = addTable(blocks, tables, row, labels.dimensionScores, "CXGapDimensions", columns, rows, 3);
    const dimensionRows = analysis.dimensions.length;
    const chartTop = 2;
    charts.push({
      kind: "dimensionBars",
      chartType: "BarClustered",
      title: labels.chartDimensions,
      source: boxAddress({ row: top, column: 0, rowCount: dimensionRows + 1, columnCount: 4 }),
      seriesBy: "Columns",
      extraSeries: [],
      axisTitles: { category: labels.dimension, value: labels.gap },
      position: chartPosition(chartTop),
      requires: [],
    });
    if (settings.framework === "servqual22" && dimensionRows === 5) {
      charts.push({
        kind: "servqualRadar",
        chartType: "Radar",
        title: labels.chartRadar,
        source: boxAddress({ row: top, column: 0, rowCount: dimensionRows + 1, columnCount: 3 }),
        seriesBy: "Columns",
        extraSeries: [],
        position: chartPosition(chartTop + 2 * (CHART_HEIGHT + 2)),
        requires: [],
      });
    }
  }

  // Key experiences
  if (analysis.keyExperiences.length > 0) {
    const note =
      analysis.importanceSource === "derivedFromOverall" ? labels.importanceDerived : labels.importanceStated;
    const columns: Column[] = [
      { header: labels.rank, format: COUNT },
      { header: labels.item, format: TEXT },
      { header: labels.importance, format: NUMBER },
      { header: labels.performance, format: NUMBER },
      { header: labels.shortfall, format: NUMBER },
      { header: labels.score, format: NUMBER },
    ];
    const rows: PlannedCell[][] = analysis.keyExperiences.map((k) => [
      k.rank,
      { text: k.item },
      k.importance,
      k.performance,
      k.shortfall,
      k.score,
    ]);
    row = addTable(
      blocks,
      tables,
      row,
      `${labels.keyExperiences} · ${note}`,
      "CXGapKeyExperiences",
      columns,
      rows,
    );
  }

  // Quadrants (performance before importance: x then y of the scatter chart)
  const quadrants = analysis.quadrants;
  if (quadrants && quadrants.items.length > 0) {
    const columns: Column[] = [
      { header: labels.item, format: TEXT },
      { header: labels.performance, format: NUMBER },
      { header: labels.importance, format: NUMBER },
      { header: labels.quadrant, format: TEXT },
    ];
    const rows: PlannedCell[][] = quadrants.items.map((q) => [
      { text: q.item },
      q.performance,
      q.importance,
      { text: labels.quadrantNames[q.quadrant] },
    ]);
    const top = row + 1;
    row = addTable(blocks, tables, row, labels.quadrants, "CXGapQuadrants", columns, rows);
    const helper = matrixHelper(row, quadrants, analysis.scale, labels);
    blocks.push(helper.block);
    row = helper.nextRow;
    charts.push({
      kind: "importancePerformance",
      chartType: "XYScatter",
      title: labels.chartMatrix,
      source: boxAddress({ row: top, column: 1, rowCount: quadrants.items.length + 1, columnCount: 2 }),
      seriesBy: "Columns",
      seriesNames: [labels.items],
      pointLabels: quadrants.items.map((q) => q.item),
      extraSeries: helper.series,
      axisTitles: { category: labels.performance, value: labels.importance },
      position: chartPosition(2 + CHART_HEIGHT + 2),
      requires: ["ExcelApi 1.8"],
    });
  }

  return { sheetBaseName: labels.sheetName, blocks, tables, charts, settings };
}

function num(value: number | undefined): PlannedCell {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

function chartPosition(row: number): string {
  return boxAddress({ row, column: CHART_COLUMN, rowCount: CHART_HEIGHT, columnCount: CHART_WIDTH });
}

/** Writes a section title and a table; returns the first free row after a blank separator row. */
function addTable(
  blocks: PlannedBlock[],
  tables: PlannedTable[],
  row: number,
  title: string,
  name: string,
  columns: Column[],
  rows: PlannedCell[][],
  highlightColumn?: number,
): number {
  blocks.push({
    address: boxAddress({ row, column: 0, rowCount: 1, columnCount: 1 }),
    cells: [[{ text: title }]],
    columnFormats: [TEXT],
  });
  const box: CellBox = { row: row + 1, column: 0, rowCount: rows.length + 1, columnCount: columns.length };
  blocks.push({
    address: boxAddress(box),
    cells: [columns.map((c) => ({ text: c.header })), ...rows],
    columnFormats: columns.map((c) => c.format),
  });
  const table: PlannedTable = { name, address: boxAddress(box) };
  if (highlightColumn !== undefined && rows.length > 0) {
    table.negativeHighlight = boxAddress({
      row: row + 2,
      column: highlightColumn,
      rowCount: rows.length,
      columnCount: 1,
    });
  }
  tables.push(table);
  return box.row + box.rowCount + 1;
}

/** Crosshair lines and quadrant-name anchor points for the IPA chart, as a small block of x/y pairs. */
function matrixHelper(
  row: number,
  quadrants: NonNullable<SurveyAnalysis["quadrants"]>,
  scale: SurveyAnalysis["scale"],
  labels: ResultLabels,
): { block: PlannedBlock; series: PlannedChart["extraSeries"]; nextRow: number } {
  const { importance: ci, performance: cp } = quadrants.crosshair;
  const xs = [...quadrants.items.map((q) => q.performance), cp, scale.bottom, scale.top];
  const ys = [...quadrants.items.map((q) => q.importance), ci];
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const pad = (Math.max(...ys) - Math.min(...ys)) * 0.1 || 0.1;
  const [minY, maxY] = [Math.min(...ys) - pad, Math.max(...ys) + pad];
  const q = labels.quadrantNames;
  const rows: PlannedCell[][] = [
    [{ text: labels.crosshair }, { text: labels.performance }, { text: labels.importance }],
    [{ text: labels.importance }, minX, ci],
    [{ text: labels.importance }, maxX, ci],
    [{ text: labels.performance }, cp, minY],
    [{ text: labels.performance }, cp, maxY],
    [{ text: q.concentrateHere }, (minX + cp) / 2, (ci + maxY) / 2],
    [{ text: q.keepUpTheGoodWork }, (cp + maxX) / 2, (ci + maxY) / 2],
    [{ text: q.lowPriority }, (minX + cp) / 2, (minY + ci) / 2],
    [{ text: q.possibleOverkill }, (cp + maxX) / 2, (minY + ci) / 2],
  ];
  const box: CellBox = { row, column: 0, rowCount: rows.length, columnCount: 3 };
  const range = (offset: number, count: number, column: number): string =>
    boxAddress({ row: row + offset, column, rowCount: count, columnCount: 1 });
  return {
    block: { address: boxAddress(box), cells: rows, columnFormats: [TEXT, NUMBER, NUMBER] },
    series: [
      {
        name: `${labels.crosshair}: ${labels.importance}`,
        xValues: range(1, 2, 1),
        values: range(1, 2, 2),
        line: true,
      },
      {
        name: `${labels.crosshair}: ${labels.performance}`,
        xValues: range(3, 2, 1),
        values: range(3, 2, 2),
        line: true,
      },
      {
        name: labels.quadrant,
        xValues: range(5, 4, 1),
        values: range(5, 4, 2),
        pointLabels: [q.concentrateHere, q.keepUpTheGoodWork, q.lowPriority, q.possibleOverkill],
      },
    ],
    nextRow: row + rows.length + 1,
  };
}

/** =CX.GAP(perception column, expectation column) over the survey's data rows, per item. */
function gapFormulaOfItem(
  settings: AnalysisSettings,
  survey: Pick<RawSurvey, "headers">,
): Map<string, string> {
  const formulas = new Map<string, string>();
  const source = parseAddress(settings.source.address);
  if (source.rowCount < 2) return formulas;
  const { pairs } = pairItems(resolveRoles(settings.roles, survey.headers).roles);
  const sheet = quotedSheet(settings.source.sheetName);
  const columnRange = (column: number): string =>
    `${sheet}!${boxAddress({ row: source.row + 1, column: source.column + column, rowCount: source.rowCount - 1, columnCount: 1 }, true)}`;
  for (const pair of pairs) {
    formulas.set(
      pair.item,
      `=CX.GAP(${columnRange(pair.perceptionColumn)},${columnRange(pair.expectationColumn)})`,
    );
  }
  return formulas;
}
