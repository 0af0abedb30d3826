import { itemName } from "../../core/domainNames";
import type { SurveyAnalysis } from "../../survey";
import { boxAddress, type CellBox } from "../a1";
import { FORMAT } from "../sheets/sheetCells";
import type { ResultLabels } from "../resultLabels";
import type { PlannedBlock, PlannedCell, PlannedChart } from "../types";
import { placeLabels, spanning } from "./matrixLabels";

/** The priority matrix as the analysis gives it. */
export type PriorityMatrixResult = NonNullable<SurveyAnalysis["quadrants"]>;

/** the matrix chart starts at column F (right of the 4-column quadrant table), larger: it carries labels */
const MATRIX_CHART_COLUMN = 5;
const MATRIX_CHART_WIDTH = 10;
export const MATRIX_CHART_HEIGHT = 22;

/**
 * The importance–performance scatter over the x, y columns at `top` (B and C): x is the gap in the gap matrix,
 * performance in the classic one. Only the items that matter carry a label (the fix-first list and outliers),
 * placed so that labels do not overlap; the axes span the data and the crosshair.
 */
export function matrixChart(
  top: number,
  quadrants: PriorityMatrixResult,
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
export function itemsThatMatter(quadrants: PriorityMatrixResult, analysis: SurveyAnalysis): Set<string> {
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

/**
 * Crosshair lines and quadrant-name anchor points for the IPA chart, as a small block of x/y pairs in rows
 * hidden from the reader (the chart plots hidden cells). In the gap matrix the vertical line is gap 0.
 */
export function matrixHelper(
  row: number,
  quadrants: PriorityMatrixResult,
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
    columnFormats: [FORMAT.text],
    style: "heading",
  };
  const top = row + 1;
  const box: CellBox = { row: top, column: 0, rowCount: rows.length, columnCount: 3 };
  const range = (offset: number, count: number, column: number): string =>
    boxAddress({ row: top + offset, column, rowCount: count, columnCount: 1 });
  return {
    heading,
    block: {
      address: boxAddress(box),
      cells: rows,
      columnFormats: [FORMAT.text, FORMAT.number, FORMAT.number],
    },
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
