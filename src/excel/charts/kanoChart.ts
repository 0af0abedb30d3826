import type { NameLanguage } from "../../core/domainNames";
import type { KanoAnalysis } from "../../survey";
import { boxAddress, type CellBox } from "../a1";
import { kanoLabels, type BetterWorseQuadrant, type KanoLabels } from "../kanoLabels";
import { bodyColumn } from "../liveFormulas";
import { FORMAT, textLine } from "../sheets/sheetCells";
import type { PlannedBlock, PlannedCell, PlannedChart } from "../types";
import { placeLabels } from "./matrixLabels";

/** The Better–Worse chart under the Kano table: 7 columns (wide ones, under the tables above) by 22 rows */
export const KANO_CHART_WIDTH = 7;
export const KANO_CHART_HEIGHT = 22;
/** where the diagram is split: a feature that satisfies (or dissatisfies) more than half is high on that axis */
const SPLIT = 0.5;
/** Better and |Worse| are shares: both axes span 0–1, the same for every survey */
const BOUNDS: { x: [number, number]; y: [number, number] } = { x: [0, 1], y: [0, 1] };

/** "Keeps promises", or "Feature 3" for a numbered feature without a name */
export function featureName(feature: { feature: string; name?: string }, language: NameLanguage): string {
  if (feature.name !== undefined) return feature.name;
  return /^\d+$/.test(feature.feature)
    ? `${kanoLabels(language).feature} ${feature.feature}`
    : feature.feature;
}

/**
 * The Better–Worse scatter at `top` (x = |Worse|, y = Better, both 0–1, split at 0.5 into excitement,
 * expected, basic and indifferent, every feature labelled), its x and y the |Worse| and Better columns of the
 * Kano table `table`, its dividing lines and quadrant names plotted from `helper`'s hidden rows.
 *
 * Drawn by drawChart (drawChart.ts) with calls the priority matrix already makes, on these pages: an XY
 * scatter created from its first series (learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)),
 * its x values (|Worse|) and values (Better) set explicitly, since the Better column does not stand right of
 * |Worse| (ChartSeries.setXAxisValues / setValues, ExcelApi 1.7: learn.microsoft.com/javascript/api/excel/excel.chartseries),
 * fixed 0–1 axes (ChartAxis.minimum / maximum, ExcelApi 1.7: learn.microsoft.com/javascript/api/excel/excel.chartaxis),
 * each point's label text and side (ChartDataLabel.text / position, ExcelApi 1.8:
 * learn.microsoft.com/javascript/api/excel/excel.chartdatalabel) and the hidden helper rows plotted
 * (Chart.plotVisibleOnly, ExcelApi 1.8: learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-plotvisibleonly-member);
 * so it asks for ExcelApi 1.8, and an older Excel gets the table without the chart, with a message.
 */
export function kanoChart(
  top: number,
  kano: KanoAnalysis,
  table: CellBox,
  columns: { better: number; absWorse: number },
  helper: { series: PlannedChart["extraSeries"] },
  language: NameLanguage,
): PlannedChart {
  const text = kanoLabels(language);
  const points = kano.features.map((f) => ({
    x: f.worse === undefined ? 0 : Math.abs(f.worse),
    y: f.better ?? 0,
    text: f.better === undefined ? "" : featureName(f, language),
  }));
  return {
    kind: "kanoBetterWorse",
    chartType: "XYScatter",
    title: text.chartTitle,
    source: boxAddress({ ...table, column: columns.better, columnCount: 1 }),
    seriesBy: "Columns",
    seriesNames: [text.features],
    firstSeries: { xValues: bodyColumn(table, columns.absWorse), values: bodyColumn(table, columns.better) },
    pointLabels: points.map((p) => p.text),
    pointLabelPositions: placeLabels(points, BOUNDS, {
      width: KANO_CHART_WIDTH * 64 - 90,
      height: KANO_CHART_HEIGHT * 20 - 80,
    }),
    extraSeries: helper.series,
    axisTitles: { category: text.axisX, value: text.axisY },
    axisBounds: BOUNDS,
    plotHiddenCells: true,
    position: boxAddress({ row: top, column: 0, rowCount: KANO_CHART_HEIGHT, columnCount: KANO_CHART_WIDTH }),
    requires: ["ExcelApi 1.8"],
  };
}

/** The dividing lines at 0.5 and the quadrant names' anchor points, as x/y rows hidden from the reader. */
export function kanoChartHelper(
  row: number,
  text: KanoLabels,
): {
  heading: PlannedBlock;
  block: PlannedBlock;
  series: PlannedChart["extraSeries"];
  hiddenRows: string;
  nextRow: number;
} {
  const order: BetterWorseQuadrant[] = ["excitement", "expected", "indifferent", "basic"];
  const anchor: Record<BetterWorseQuadrant, [number, number]> = {
    excitement: [0.25, 0.9],
    expected: [0.75, 0.9],
    indifferent: [0.25, 0.1],
    basic: [0.75, 0.1],
  };
  const q = text.quadrantNames;
  const cells: PlannedCell[][] = [
    [{ text: text.chartHelper }, { text: text.absWorse }, { text: text.better }],
    [{ text: text.better }, 0, SPLIT],
    [{ text: text.better }, 1, SPLIT],
    [{ text: text.absWorse }, SPLIT, 0],
    [{ text: text.absWorse }, SPLIT, 1],
    ...order.map((quadrant): PlannedCell[] => [{ text: q[quadrant] }, ...anchor[quadrant]]),
  ];
  const top = row + 1;
  const range = (offset: number, count: number, column: number): string =>
    boxAddress({ row: top + offset, column, rowCount: count, columnCount: 1 });
  const box: CellBox = { row: top, column: 0, rowCount: cells.length, columnCount: 3 };
  return {
    heading: textLine(row, text.chartHelper, "heading"),
    block: { address: boxAddress(box), cells, columnFormats: [FORMAT.text, FORMAT.number, FORMAT.number] },
    series: [
      { name: `${text.better} ${SPLIT}`, xValues: range(1, 2, 1), values: range(1, 2, 2), line: true },
      { name: `${text.absWorse} ${SPLIT}`, xValues: range(3, 2, 1), values: range(3, 2, 2), line: true },
      {
        name: text.kind,
        xValues: range(5, 4, 1),
        values: range(5, 4, 2),
        pointLabels: order.map((quadrant) => q[quadrant]),
      },
    ],
    hiddenRows: boxAddress({ row, column: 0, rowCount: cells.length + 1, columnCount: 1 }),
    nextRow: top + cells.length + 1,
  };
}
