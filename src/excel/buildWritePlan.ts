import {
  ownValue,
  sameText,
  valueForText,
  type AnalysisSettings,
  type RawSurvey,
  type SurveyAnalysis,
} from "../survey";
import { itemName } from "../core/domainNames";
import { boxAddress, quotedSheet, type CellBox } from "./a1";
import { columnWidths, measured, type MeasuredBlock } from "./columnWidths";
import { bodyColumn, fallback, fallbackReason, liveFormulaSources } from "./liveFormulas";
import type { ResultLabels } from "./resultLabels";
import { planActionPlan } from "./sheets/actionPlanSheet";
import { placeLabels, spanning } from "./sheets/matrixLabels";
import { planChangeOverTime } from "./sheets/changeOverTime";
import { buildSummarySheet } from "./sheets/summarySheet";
import type {
  FormulaBlock,
  FormulaFallback,
  PlannedBlock,
  PlannedCell,
  PlannedChart,
  PlannedSpill,
  PlannedTable,
  ValueColumn,
  WritePlan,
} from "./types";

const TEXT = "@";
const NUMBER = "0.00";
const COUNT = "0";
/** four decimals; below 0.0001 "<0.0001" rather than a p of 0.0000 */
const P_VALUE = '[<0.0001]"<0.0001";0.0000';
const PERCENT = "0.0%";
/** cells whose text a formula spills: left in the default format, never "@" */
const GENERAL = "General";
/** each chart sits beside the table it shows */
const CHART_WIDTH = 7;
const CHART_HEIGHT = 15;
/** the dimension charts start at column H (right of the widest dimension table, 7 columns) */
const DIMENSION_CHART_COLUMN = 7;
/** the matrix chart starts at column F (right of the 4-column quadrant table), larger: it carries labels */
const MATRIX_CHART_COLUMN = 5;
const MATRIX_CHART_WIDTH = 10;
const MATRIX_CHART_HEIGHT = 22;

type Column = { header: string; format: string };

/**
 * Lays out the results sheet (pure): a title dated `writtenAt` with the respondent count and the survey range
 * (last on its row, so that a long address runs on into the empty cells), then one Excel table per result (item gaps, dimension
 * scores, key experiences, quadrants) stacked in columns A–L, the IPA helper series under them, and the charts
 * to the right from column N. Columns are widened to their tables' contents. Text from the survey is planned as
 * text (number format "@").
 *
 * With settings.output "formulas" the results recompute when the survey changes: the gap column holds
 * =CX.GAP per item, and the dimension scores, key experiences and quadrants are each one =CX.SERVQUAL,
 * =CX.KEYEXP or =CX.IPA spilling from its anchor (a plain range with a styled header, since a spill cannot sit
 * in an Excel table). Their labels and dimension names come from the item table's Item and Dimension columns.
 * A block whose formula would not give the values' numbers (see liveFormulaSources) is written as values, and
 * plan.formulaFallbacks says why. Pass the survey with its rows so that this can be checked.
 */
export function buildWritePlan(
  analysis: SurveyAnalysis,
  settings: AnalysisSettings,
  labels: ResultLabels,
  survey: Pick<RawSurvey, "headers"> & Partial<Pick<RawSurvey, "rows">>,
  writtenAt: Date = new Date(),
): WritePlan {
  const blocks: PlannedBlock[] = [];
  /** the table-like blocks whose contents set the column widths */
  const grid: MeasuredBlock[] = [];
  const tables: PlannedTable[] = [];
  const charts: PlannedChart[] = [];
  const spills: PlannedSpill[] = [];
  const formulaFallbacks: FormulaFallback[] = [];
  const hiddenRows: string[] = [];
  const valueColumns: ValueColumn[] = [];
  let row = 0;
  const sourceText = `${quotedSheet(settings.source.sheetName)}!${settings.source.address}`;
  blocks.push({
    address: "A1",
    cells: [[{ text: `${labels.title} · ${localTimestamp(writtenAt)}` }]],
    columnFormats: [TEXT],
    style: "title",
  });
  blocks.push({
    address: "A2:D2",
    cells: [
      [{ text: labels.respondents }, analysis.respondents, { text: labels.source }, { text: sourceText }],
    ],
    columnFormats: [TEXT, COUNT, TEXT, TEXT],
  });
  row += 3;

  const dimensionName = (key: string): string => ownValue(labels.dimensionNames, key) ?? key;
  const live = settings.output === "formulas" ? liveFormulaSources(settings, survey) : undefined;
  /** whether `block` is written as a live formula; records the reason when it cannot be */
  const isLive = (block: FormulaBlock): boolean => {
    if (!live) return false;
    const reason = fallbackReason(block, live, analysis);
    if (reason !== undefined) formulaFallbacks.push(fallback(block, reason));
    return reason === undefined;
  };
  const gapFormulas = live && isLive("itemGaps") ? live.gapFormulas : new Map<string, string>();

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
      { text: itemName(item.item, labels.language, item.name) },
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
  const itemBox: CellBox = { row: row + 1, column: 0, rowCount: itemRows.length + 1, columnCount: 12 };
  row = addTable(blocks, grid, tables, row, labels.itemGaps, "CXGapItems", itemColumns, itemRows, 4);
  const itemNames = bodyColumn(itemBox, 0, true);
  const itemDimensions = bodyColumn(itemBox, 1, true);

  // Dimension scores
  const weighted = analysis.dimensions.some((d) => d.weight !== undefined);
  if (analysis.dimensions.length > 0 && isLive("dimensionScores") && live?.perception) {
    const weights = weighted
      ? `,{${analysis.dimensions.map((d) => valueForText(settings.weights, d.key) ?? 0).join(",")}}`
      : "";
    const top = row + 1;
    const names = analysis.dimensions.map((d) => [{ text: dimensionName(d.key) }]);
    // the respondents per dimension, which no CX function gives, beside the spill as values: the same
    // seven columns as the values option's table
    const respondents: PlannedCell[][] = [
      ...analysis.dimensions.map((d) => [d.respondents]),
      [analysis.respondents],
    ];
    blocks.push({
      address: boxAddress({ row: top, column: 6, rowCount: 1, columnCount: 1 }),
      cells: [[{ text: labels.respondents }]],
      columnFormats: [TEXT],
      style: "heading",
    });
    blocks.push({
      address: boxAddress({ row: top + 1, column: 6, rowCount: respondents.length, columnCount: 1 }),
      cells: respondents,
      columnFormats: [COUNT],
    });
    valueColumns.push({ block: "dimensionScores", column: labels.respondents, reason: "noFunction" });
    row = addSpill(blocks, grid, spills, row, labels.dimensionScores, {
      block: "dimensionScores",
      formula: `=CX.SERVQUAL(${live.perception},${live.expectation},${itemDimensions}${weights})`,
      rowCount: analysis.dimensions.length + 2,
      columnFormats: [GENERAL, NUMBER, NUMBER, NUMBER, PERCENT, NUMBER],
      highlightColumn: 3,
      widthHint: [
        [
          labels.dimension,
          labels.expectation,
          labels.perception,
          labels.gap,
          labels.weight,
          labels.weightedGap,
          labels.respondents,
        ].map((text) => ({ text })),
        ...names,
        [{ text: labels.overall }],
      ],
    });
    charts.push(...dimensionCharts(top, analysis.dimensions.length, settings, labels));
    row = Math.max(row, top + CHART_HEIGHT + 1);
  } else if (analysis.dimensions.length > 0) {
    // the columns of CX.SERVQUAL's spill, then the respondents: the same table in both output options
    const columns: Column[] = [
      { header: labels.dimension, format: TEXT },
      { header: labels.expectation, format: NUMBER },
      { header: labels.perception, format: NUMBER },
      { header: labels.gap, format: NUMBER },
      { header: labels.weight, format: PERCENT },
      { header: labels.weightedGap, format: NUMBER },
      { header: labels.respondents, format: COUNT },
    ];
    const rows: PlannedCell[][] = analysis.dimensions.map((d) => [
      { text: dimensionName(d.key) },
      d.expectation,
      d.perception,
      d.gap,
      weighted ? num(d.weight) : null,
      weighted ? num(d.weightedGap) : null,
      d.respondents,
    ]);
    if (analysis.overall) {
      const o = analysis.overall;
      // a dimension the user called "Overall" (in any case) keeps its name; the overall row says what it is
      const overallTaken = analysis.dimensions.some((d) => sameText(dimensionName(d.key), labels.overall));
      rows.push([
        { text: overallTaken ? labels.overallAllDimensions : labels.overall },
        o.expectation,
        o.perception,
        o.gap,
        weighted ? 1 : null,
        weighted ? num(o.weightedScore) : null,
        analysis.respondents,
      ]);
    }
    const top = row + 1;
    row = addTable(blocks, grid, tables, row, labels.dimensionScores, "CXGapDimensions", columns, rows, 3);
    charts.push(...dimensionCharts(top, analysis.dimensions.length, settings, labels));
    row = Math.max(row, top + CHART_HEIGHT + 1);
  }

  // Key experiences
  const note =
    analysis.importanceSource === "derivedFromOverall" ? labels.importanceDerived : labels.importanceStated;
  if (analysis.keyExperiences.length > 0 && isLive("keyExperiences") && live?.importance) {
    row = addSpill(blocks, grid, spills, row, `${labels.keyExperiences} · ${note}`, {
      block: "keyExperiences",
      formula: `=CX.KEYEXP(${live.importance},${live.perception},${itemNames},${live.expectation})`,
      rowCount: analysis.keyExperiences.length + 1,
      columnFormats: [GENERAL, NUMBER, NUMBER, NUMBER, NUMBER, COUNT],
      widthHint: [
        [labels.item, labels.importance, labels.performance, labels.shortfall, labels.score, labels.rank].map(
          (text) => ({ text }),
        ),
        ...analysis.keyExperiences.map((k) => [{ text: itemName(k.item, labels.language, k.name) }]),
      ],
    });
  } else if (analysis.keyExperiences.length > 0) {
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
      { text: itemName(k.item, labels.language, k.name) },
      k.importance,
      k.performance,
      k.shortfall,
      k.score,
    ]);
    row = addTable(
      blocks,
      grid,
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
  // CX.IPA places items by performance against a crosshair; the gap matrix places them by their gap
  const gapMatrix = quadrants?.matrix === "gap";
  if (live && gapMatrix && quadrants.items.length > 0)
    formulaFallbacks.push(fallback("quadrants", "gapMatrix"));
  if (quadrants && quadrants.items.length > 0 && !gapMatrix && isLive("quadrants") && live?.importance) {
    const top = row + 1;
    const { importance: ci, performance: cp } = quadrants.crosshair;
    const crosshair = quadrants.rule === "scale" ? `{${ci},${cp}}` : `"${quadrants.rule}"`;
    row = addSpill(blocks, grid, spills, row, labels.quadrants, {
      block: "quadrants",
      formula: `=CX.IPA(${live.importance},${live.perception},${itemNames},${crosshair})`,
      rowCount: quadrants.items.length + 1,
      columnFormats: [GENERAL, NUMBER, NUMBER, GENERAL],
      widthHint: [
        [labels.item, labels.importance, labels.performance, labels.quadrant].map((text) => ({ text })),
        ...quadrants.items.map((q) => [
          { text: itemName(q.item, labels.language, q.name) },
          null,
          null,
          { text: labels.quadrantNames[q.quadrant] },
        ]),
      ],
    });
    const spillBox: CellBox = { row: top, column: 0, rowCount: quadrants.items.length + 1, columnCount: 4 };
    row = addQuadrantMeanings(blocks, row, quadrants.matrix, labels);
    row = Math.max(row, top + MATRIX_CHART_HEIGHT + 1);
    const helper = matrixHelper(row, quadrants, labels);
    blocks.push(helper.heading, helper.block);
    hiddenRows.push(helper.hiddenRows);
    row = helper.nextRow;
    // the spill has importance before performance; the chart's x is performance
    charts.push({
      ...matrixChart(top, quadrants, helper, analysis, labels),
      firstSeries: { xValues: bodyColumn(spillBox, 2), values: bodyColumn(spillBox, 1) },
    });
  } else if (quadrants && quadrants.items.length > 0) {
    const columns: Column[] = [
      { header: labels.item, format: TEXT },
      { header: gapMatrix ? labels.gap : labels.performance, format: NUMBER },
      { header: labels.importance, format: NUMBER },
      { header: labels.quadrant, format: TEXT },
    ];
    const rows: PlannedCell[][] = quadrants.items.map((q) => [
      { text: itemName(q.item, labels.language, q.name) },
      gapMatrix ? q.gap : q.performance,
      q.importance,
      { text: labels.quadrantNames[q.quadrant] },
    ]);
    const top = row + 1;
    row = addTable(blocks, grid, tables, row, labels.quadrants, "CXGapQuadrants", columns, rows);
    row = addQuadrantMeanings(blocks, row, quadrants.matrix, labels);
    row = Math.max(row, top + MATRIX_CHART_HEIGHT + 1);
    const helper = matrixHelper(row, quadrants, labels);
    blocks.push(helper.heading, helper.block);
    hiddenRows.push(helper.hiddenRows);
    row = helper.nextRow;
    charts.push(matrixChart(top, quadrants, helper, analysis, labels));
  }

  // Change over time (with a wave column)
  const change = planChangeOverTime(analysis, labels, row);
  if (change) {
    blocks.push(...change.blocks);
    tables.push(...change.tables);
    charts.push(...change.charts);
    grid.push(...change.grid);
    row = change.nextRow;
  }

  const plan: WritePlan = {
    sheetBaseName: labels.sheetName,
    blocks,
    tables,
    charts,
    settings,
    columnWidths: columnWidths(grid),
  };
  if (hiddenRows.length > 0) plan.hiddenRows = hiddenRows;
  if (analysis.priorities.length > 0) {
    plan.summary = buildSummarySheet(analysis, labels, sourceText, localTimestamp(writtenAt));
    plan.actionPlan = planActionPlan(analysis, labels, localTimestamp(writtenAt));
  }
  if (live) {
    plan.spills = spills;
    plan.formulaFallbacks = formulaFallbacks;
    plan.valueColumns = valueColumns;
  }
  return plan;
}

/**
 * Beside the dimension table at `top`: bars of expectation and experience (the mean-score axis), the gaps on
 * their own chart and axis (a gap of −0.5 is not a score), and the SERVQUAL radar.
 */
function dimensionCharts(
  top: number,
  dimensionRows: number,
  settings: AnalysisSettings,
  labels: ResultLabels,
): PlannedChart[] {
  const table: CellBox = { row: top, column: 0, rowCount: dimensionRows + 1, columnCount: 4 };
  const beside = (n: number): string =>
    boxAddress({
      row: top,
      column: DIMENSION_CHART_COLUMN + n * (CHART_WIDTH + 1),
      rowCount: CHART_HEIGHT,
      columnCount: CHART_WIDTH,
    });
  const charts: PlannedChart[] = [
    {
      kind: "dimensionBars",
      chartType: "BarClustered",
      title: labels.chartExpectationPerception,
      source: boxAddress({ ...table, columnCount: 3 }),
      seriesBy: "Columns",
      seriesNames: [labels.expectation, labels.perception],
      extraSeries: [],
      axisTitles: { category: labels.dimension, value: labels.meanScore },
      reverseCategories: true,
      position: beside(0),
      requires: [],
    },
    {
      kind: "dimensionGaps",
      chartType: "BarClustered",
      title: labels.chartGaps,
      // the Gap column alone, its categories the dimension names
      source: boxAddress({ ...table, column: 3, columnCount: 1 }),
      seriesBy: "Columns",
      seriesNames: [labels.gap],
      firstSeries: { xValues: bodyColumn(table, 0), values: bodyColumn(table, 3) },
      extraSeries: [],
      axisTitles: { category: labels.dimension, value: labels.gapAxis },
      reverseCategories: true,
      valueLabels: true,
      position: beside(1),
      requires: ["ExcelApi 1.7"],
    },
  ];
  if (settings.framework === "servqual22" && dimensionRows === 5) {
    charts.push({
      kind: "servqualRadar",
      chartType: "Radar",
      title: labels.chartRadar,
      source: boxAddress({ ...table, columnCount: 3 }),
      seriesBy: "Columns",
      seriesNames: [labels.expectation, labels.perception],
      extraSeries: [],
      position: beside(2),
      requires: [],
    });
  }
  return charts;
}

/**
 * The importance–performance scatter over the x, y columns at `top` (B and C): x is the gap in the gap matrix,
 * performance in the classic one. Only the items that matter carry a label (the fix-first list and outliers),
 * placed so that labels do not overlap; the axes span the data and the crosshair.
 */
function matrixChart(
  top: number,
  quadrants: NonNullable<SurveyAnalysis["quadrants"]>,
  helper: { series: PlannedChart["extraSeries"]; bounds: { x: [number, number]; y: [number, number] } },
  analysis: SurveyAnalysis,
  labels: ResultLabels,
): PlannedChart {
  const gapMatrix = quadrants.matrix === "gap";
  const labelled = itemsThatMatter(quadrants, analysis);
  const points = quadrants.items.map((q) => ({
    x: gapMatrix ? q.gap : q.performance,
    y: q.importance,
    text: labelled.has(q.item) ? itemName(q.item, labels.language, q.name) : "",
  }));
  return {
    kind: "importancePerformance",
    chartType: "XYScatter",
    title: labels.chartMatrix,
    source: boxAddress({ row: top, column: 1, rowCount: quadrants.items.length + 1, columnCount: 2 }),
    seriesBy: "Columns",
    seriesNames: [labels.items],
    pointLabels: points.map((p) => p.text),
    pointLabelPositions: placeLabels(points, helper.bounds, {
      // the plot area: the chart's box (columns of about 64 px, rows of 20 px) less its title and axes
      width: MATRIX_CHART_WIDTH * 64 - 90,
      height: MATRIX_CHART_HEIGHT * 20 - 80,
    }),
    extraSeries: helper.series,
    axisTitles: { category: gapMatrix ? labels.gapAxis : labels.performance, value: labels.importance },
    axisBounds: helper.bounds,
    plotHiddenCells: true,
    position: boxAddress({
      row: top,
      column: MATRIX_CHART_COLUMN,
      rowCount: MATRIX_CHART_HEIGHT,
      columnCount: MATRIX_CHART_WIDTH,
    }),
    requires: ["ExcelApi 1.8"],
  };
}

/** The fix-first items and the outliers (more than 2 SD from the mean gap or importance) */
function itemsThatMatter(
  quadrants: NonNullable<SurveyAnalysis["quadrants"]>,
  analysis: SurveyAnalysis,
): Set<string> {
  const chosen = new Set(analysis.priorities.filter((p) => p.fixFirst).map((p) => p.item));
  const outliers = (values: number[]): boolean[] => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1));
    return values.map((v) => sd > 0 && Math.abs(v - mean) > 2 * sd);
  };
  const gapOut = outliers(quadrants.items.map((q) => (quadrants.matrix === "gap" ? q.gap : q.performance)));
  const importanceOut = outliers(quadrants.items.map((q) => q.importance));
  quadrants.items.forEach((q, i) => {
    if (gapOut[i] || importanceOut[i]) chosen.add(q.item);
  });
  return chosen;
}

/** One line per quadrant under the matrix table: its name and what it means. Returns the next free row. */
function addQuadrantMeanings(
  blocks: PlannedBlock[],
  row: number,
  matrix: NonNullable<SurveyAnalysis["quadrants"]>["matrix"],
  labels: ResultLabels,
): number {
  const meanings = labels.quadrantMeanings[matrix];
  const order = ["concentrateHere", "keepUpTheGoodWork", "lowPriority", "possibleOverkill"] as const;
  blocks.push({
    address: boxAddress({ row, column: 0, rowCount: 1, columnCount: 1 }),
    cells: [[{ text: labels.meaning }]],
    columnFormats: [TEXT],
    style: "heading",
  });
  order.forEach((quadrant, i) =>
    blocks.push({
      address: boxAddress({ row: row + 1 + i, column: 0, rowCount: 1, columnCount: 1 }),
      cells: [[{ text: `${labels.quadrantNames[quadrant]}: ${meanings[quadrant]}` }]],
      columnFormats: [TEXT],
    }),
  );
  return row + order.length + 2;
}

function num(value: number | undefined): PlannedCell {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

/** "2025-06-01 14:03" in the local time of the computer running the add-in (ISO order reads in both languages) */
function localTimestamp(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Writes a section title and a table; returns the first free row after a blank separator row. */
function addTable(
  blocks: PlannedBlock[],
  grid: MeasuredBlock[],
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
    style: "heading",
  });
  const box: CellBox = { row: row + 1, column: 0, rowCount: rows.length + 1, columnCount: columns.length };
  const block: PlannedBlock = {
    address: boxAddress(box),
    cells: [columns.map((c) => ({ text: c.header })), ...rows],
    columnFormats: columns.map((c) => c.format),
  };
  blocks.push(block);
  grid.push(measured(block, true));
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

/** Writes a section title and a live formula spilling under it; returns the first free row after a blank row. */
function addSpill(
  blocks: PlannedBlock[],
  grid: MeasuredBlock[],
  spills: PlannedSpill[],
  row: number,
  title: string,
  spill: {
    block: FormulaBlock;
    formula: string;
    rowCount: number;
    columnFormats: string[];
    highlightColumn?: number;
    /** the header and text the formula will spill (its values are short numbers), to size the columns */
    widthHint: PlannedCell[][];
  },
): number {
  blocks.push({
    address: boxAddress({ row, column: 0, rowCount: 1, columnCount: 1 }),
    cells: [[{ text: title }]],
    columnFormats: [TEXT],
    style: "heading",
  });
  const box: CellBox = {
    row: row + 1,
    column: 0,
    rowCount: spill.rowCount,
    columnCount: spill.columnFormats.length,
  };
  const planned: PlannedSpill = {
    block: spill.block,
    anchor: boxAddress({ ...box, rowCount: 1, columnCount: 1 }),
    formula: spill.formula,
    address: boxAddress(box),
    columnFormats: spill.columnFormats,
  };
  if (spill.highlightColumn !== undefined) planned.negativeHighlight = bodyColumn(box, spill.highlightColumn);
  spills.push(planned);
  const hintColumns = Math.max(...spill.widthHint.map((line) => line.length));
  grid.push({
    address: boxAddress({
      row: box.row,
      column: 0,
      rowCount: spill.widthHint.length,
      columnCount: hintColumns,
    }),
    cells: spill.widthHint.map((line) => Array.from({ length: hintColumns }, (_, c) => line[c] ?? null)),
    columnFormats: Array.from({ length: hintColumns }, () => TEXT),
  });
  return box.row + box.rowCount + 1;
}

/**
 * Crosshair lines and quadrant-name anchor points for the IPA chart, as a small block of x/y pairs in rows
 * hidden from the reader (the chart plots hidden cells). In the gap matrix the vertical line is gap 0.
 */
function matrixHelper(
  row: number,
  quadrants: NonNullable<SurveyAnalysis["quadrants"]>,
  labels: ResultLabels,
): {
  heading: PlannedBlock;
  block: PlannedBlock;
  series: PlannedChart["extraSeries"];
  bounds: { x: [number, number]; y: [number, number] };
  hiddenRows: string;
  nextRow: number;
} {
  const gapMatrix = quadrants.matrix === "gap";
  const { importance: ci, performance: cp } = quadrants.crosshair;
  const xs = quadrants.items.map((q) => (gapMatrix ? q.gap : q.performance));
  const ys = quadrants.items.map((q) => q.importance);
  const bounds = { x: spanning(xs, [cp]), y: spanning(ys, [ci]) };
  const [minX, maxX] = bounds.x;
  const [minY, maxY] = bounds.y;
  const q = labels.quadrantNames;
  const xTitle = gapMatrix ? labels.gap : labels.performance;
  const rows: PlannedCell[][] = [
    [{ text: labels.crosshair }, { text: xTitle }, { text: labels.importance }],
    [{ text: labels.importance }, minX, ci],
    [{ text: labels.importance }, maxX, ci],
    [{ text: xTitle }, cp, minY],
    [{ text: xTitle }, cp, maxY],
    [{ text: q.concentrateHere }, (minX + cp) / 2, (ci + maxY) / 2],
    [{ text: q.keepUpTheGoodWork }, (cp + maxX) / 2, (ci + maxY) / 2],
    [{ text: q.lowPriority }, (minX + cp) / 2, (minY + ci) / 2],
    [{ text: q.possibleOverkill }, (cp + maxX) / 2, (minY + ci) / 2],
  ];
  // a heading says what these numbers are to whoever unhides the rows
  const heading: PlannedBlock = {
    address: boxAddress({ row, column: 0, rowCount: 1, columnCount: 1 }),
    cells: [[{ text: labels.chartHelper }]],
    columnFormats: [TEXT],
    style: "heading",
  };
  const top = row + 1;
  const box: CellBox = { row: top, column: 0, rowCount: rows.length, columnCount: 3 };
  const range = (offset: number, count: number, column: number): string =>
    boxAddress({ row: top + offset, column, rowCount: count, columnCount: 1 });
  return {
    heading,
    block: { address: boxAddress(box), cells: rows, columnFormats: [TEXT, NUMBER, NUMBER] },
    series: [
      {
        name: `${labels.crosshair}: ${labels.importance}`,
        xValues: range(1, 2, 1),
        values: range(1, 2, 2),
        line: true,
      },
      {
        name: `${labels.crosshair}: ${xTitle}`,
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
    bounds,
    hiddenRows: boxAddress({ row, column: 0, rowCount: rows.length + 1, columnCount: 1 }),
    nextRow: top + rows.length + 1,
  };
}
