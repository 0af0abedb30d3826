import { boxAddress, parseAddress } from "../a1";
import { API, isExcelApiSupported } from "../officeHost";
import type { PlannedChart } from "../types";

/** One series as the chart must show it, whatever its cells hold when the chart is created. */
export interface ExplicitSeries {
  name?: string;
  /** A1 ranges on the results sheet */
  values: string;
  /** x values of a scatter series, categories of a bar or radar series */
  xValues?: string;
}

/**
 * The series a planned chart means, spelled out: by columns, column 1… of `source` under its header row are
 * the series (named by plan.seriesNames) and column 0 their categories or x values; plan.firstSeries overrides
 * the first one; plan.extraSeries follow.
 */
export function explicitSeries(plan: PlannedChart): ExplicitSeries[] {
  const box = parseAddress(plan.source);
  const byRows = plan.seriesBy === "Rows";
  const lines = byRows ? box.rowCount : box.columnCount;
  const line = (index: number): string =>
    boxAddress(
      byRows
        ? { row: box.row + index, column: box.column + 1, rowCount: 1, columnCount: box.columnCount - 1 }
        : { row: box.row + 1, column: box.column + index, rowCount: box.rowCount - 1, columnCount: 1 },
    );
  const series: ExplicitSeries[] = [];
  for (let index = 1; index < lines; index++) {
    const one: ExplicitSeries = { values: line(index), xValues: line(0) };
    const name = plan.seriesNames?.[index - 1];
    if (name !== undefined) one.name = name;
    series.push(one);
  }
  // a one-column source (one series whose categories stand elsewhere) is the first series itself
  if (plan.firstSeries && series.length === 0) {
    const name = plan.seriesNames?.[0];
    series.push(name === undefined ? { ...plan.firstSeries } : { name, ...plan.firstSeries });
  } else if (plan.firstSeries && series[0]) Object.assign(series[0], plan.firstSeries);
  return [...series, ...plan.extraSeries.map(({ name, values, xValues }) => ({ name, values, xValues }))];
}

/**
 * Queues one native chart on the results sheet, titled, placed, with axis titles, and returns what queues its
 * per-point labels (ExcelApi 1.8), for the caller to run once every chart is complete: Excel stops a batch
 * at a refused call, and a refused label must not cost the series queued after it. The caller has checked
 * chart.requires.
 *
 * Excel decides a new chart's series, their names and categories from what the source cells hold when the
 * chart is created (learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)),
 * and live formulas fill their cells later (#BUSY! first, nothing under manual calculation:
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-overview). So, where ExcelApi 1.7 allows, the
 * chart is created from its first series' values alone and every series gets its values, x values or
 * categories, and name explicitly (ChartSeries.setValues / setXAxisValues / name, ChartSeriesCollection.add:
 * learn.microsoft.com/javascript/api/excel/excel.chartseries); it is then right before any formula has run.
 * Older hosts get the chart Excel infers from the source range, right for values (formulas there go the same way).
 */
export function drawChart(sheet: Excel.Worksheet, plan: PlannedChart): (() => void) | undefined {
  const explicit = isExcelApiSupported(API.surroundingRegion);
  const series = explicitSeries(plan);
  const [first] = series;
  const chart =
    explicit && first
      ? sheet.charts.add(plan.chartType, sheet.getRange(first.values), plan.seriesBy)
      : sheet.charts.add(plan.chartType, sheet.getRange(plan.source), plan.seriesBy);
  chart.title.text = plan.title;
  const [start, end] = plan.position.split(":");
  chart.setPosition(start ?? plan.position, end);
  if (plan.axisTitles) {
    chart.axes.categoryAxis.title.text = plan.axisTitles.category;
    chart.axes.valueAxis.title.text = plan.axisTitles.value;
  }
  if (explicit) {
    series.forEach((one, index) => {
      const drawn = index === 0 ? chart.series.getItemAt(0) : chart.series.add(one.name);
      drawn.setValues(sheet.getRange(one.values));
      if (one.xValues !== undefined) drawn.setXAxisValues(sheet.getRange(one.xValues));
      if (one.name !== undefined) drawn.name = one.name;
    });
  } else {
    plan.seriesNames?.forEach((name, index) => {
      chart.series.getItemAt(index).name = name;
    });
  }
  // ChartAxis.reversePlotOrder (ExcelApi 1.7); minimum and maximum (ExcelApi 1.1, a number or "" for automatic)
  // bound the matrix's axes to its data. The category axis of an XY scatter chart is a value axis, so it takes
  // bounds; a bar chart's text categories would not.
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-minimum-member
  if (plan.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
  if (plan.axisBounds?.x) {
    chart.axes.categoryAxis.minimum = plan.axisBounds.x[0];
    chart.axes.categoryAxis.maximum = plan.axisBounds.x[1];
  }
  if (plan.axisBounds?.y) {
    chart.axes.valueAxis.minimum = plan.axisBounds.y[0];
    chart.axes.valueAxis.maximum = plan.axisBounds.y[1];
  }
  // ChartSeries.hasDataLabels (ExcelApi 1.7) shows each bar's value, in its source cell's number format
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartseries#excel-excel-chartseries-hasdatalabels-member
  if (plan.valueLabels) chart.series.getItemAt(0).hasDataLabels = true;
  // Chart.plotVisibleOnly (ExcelApi 1.8): "True if only visible cells are plotted. False if both visible and hidden
  // cells are plotted". A new chart plots visible cells only, so the matrix, drawn from helper rows kept out of
  // sight, sets it false or shows nothing.
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-plotvisibleonly-member
  if (plan.plotHiddenCells && isExcelApiSupported(API.plotVisibleOnly)) chart.plotVisibleOnly = false;

  const sourceSeries = series.length - plan.extraSeries.length;
  plan.extraSeries.forEach((extra, index) => {
    const drawn = chart.series.getItemAt(sourceSeries + index);
    if (extra.line) {
      drawn.chartType = "XYScatterLinesNoMarkers";
    } else {
      drawn.markerStyle = "None";
    }
  });

  const labelled: Array<[number, readonly string[], PointLabelPositions | undefined]> = [];
  if (plan.pointLabels) labelled.push([0, plan.pointLabels, plan.pointLabelPositions]);
  plan.extraSeries.forEach((extra, index) => {
    if (extra.pointLabels) labelled.push([sourceSeries + index, extra.pointLabels, undefined]);
  });
  if (labelled.length === 0) return undefined;
  return () => {
    for (const [index, labels, positions] of labelled)
      labelPoints(chart.series.getItemAt(index), labels, positions);
  };
}

type PointLabelPositions = ReadonlyArray<"Left" | "Right" | "Top" | "Bottom">;

/**
 * Data label text per point (ChartDataLabel.text, ExcelApi 1.8): the item name instead of the value. Only the
 * text is set, as Microsoft's own sample does (turn the point's label on, set its text:
 * learn.microsoft.com/office/vba/api/excel.datalabel(object)); turning showValue off first may remove the
 * label before its text is set. A point whose label is "" has none (ChartPoint.hasDataLabel, ExcelApi 1.7:
 * "represents whether a data point has a data label"), and a label goes to the side planned for it
 * (ChartDataLabel.position, ExcelApi 1.7, one of Excel.ChartDataLabelPosition; Left, Right, Top and Bottom
 * place it beside a scatter point), so that labels do not pile on each other.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartpoint#excel-excel-chartpoint-hasdatalabel-member
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartdatalabel#excel-excel-chartdatalabel-position-member
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartdatalabelposition
 */
function labelPoints(
  series: Excel.ChartSeries,
  labels: readonly string[],
  positions?: PointLabelPositions,
): void {
  series.hasDataLabels = true;
  labels.forEach((label, index) => {
    const point = series.points.getItemAt(index);
    if (label === "") {
      point.hasDataLabel = false;
      return;
    }
    point.dataLabel.text = label;
    const position = positions?.[index];
    if (position) point.dataLabel.position = position;
  });
}
