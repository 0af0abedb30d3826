import type { PlannedChart } from "./types";

/**
 * Queues one native chart drawn from ranges on the results sheet: created from its source range with an
 * explicit series orientation, titled, placed, with axis titles, per-point item labels (ExcelApi 1.8) and the
 * extra series (IPA crosshair lines, quadrant names). The caller has checked chart.requires.
 */
export function drawChart(sheet: Excel.Worksheet, plan: PlannedChart): void {
  const chart = sheet.charts.add(plan.chartType, sheet.getRange(plan.source), plan.seriesBy);
  chart.title.text = plan.title;
  const [start, end] = plan.position.split(":");
  chart.setPosition(start ?? plan.position, end);
  if (plan.axisTitles) {
    chart.axes.categoryAxis.title.text = plan.axisTitles.category;
    chart.axes.valueAxis.title.text = plan.axisTitles.value;
  }
  if (plan.firstSeries) {
    const first = chart.series.getItemAt(0);
    first.setXAxisValues(sheet.getRange(plan.firstSeries.xValues));
    first.setValues(sheet.getRange(plan.firstSeries.values));
  }
  plan.seriesNames?.forEach((name, index) => {
    chart.series.getItemAt(index).name = name;
  });
  if (plan.pointLabels) labelPoints(chart.series.getItemAt(0), plan.pointLabels, plan.pointLabelPositions);
  // ChartAxis.reversePlotOrder, minimum, maximum: ExcelApi 1.7
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartaxis
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
  if (plan.valueLabels) chart.series.getItemAt(0).hasDataLabels = true;
  // Chart.plotVisibleOnly = false (ExcelApi 1.8) plots the hidden helper rows; Excel plots visible cells only by default
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-plotvisibleonly-member
  if (plan.plotHiddenCells) chart.plotVisibleOnly = false;

  for (const extra of plan.extraSeries) {
    const series = chart.series.add(extra.name);
    series.setXAxisValues(sheet.getRange(extra.xValues));
    series.setValues(sheet.getRange(extra.values));
    if (extra.line) {
      series.chartType = "XYScatterLinesNoMarkers";
    } else {
      series.markerStyle = "None";
    }
    if (extra.pointLabels) labelPoints(series, extra.pointLabels);
  }
}

/**
 * Data label text per point (ExcelApi 1.8): the item name instead of the value; a point whose label is ""
 * has none (ChartPoint.hasDataLabel, ExcelApi 1.7), and a label goes to the side planned for it
 * (ChartDataLabel.position, ExcelApi 1.8), so that labels do not pile on each other.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartpoint
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartdatalabel
 */
function labelPoints(
  series: Excel.ChartSeries,
  labels: readonly string[],
  positions?: ReadonlyArray<"Left" | "Right" | "Top" | "Bottom">,
): void {
  series.hasDataLabels = true;
  labels.forEach((label, index) => {
    if (label === "") {
      series.points.getItemAt(index).hasDataLabel = false;
      return;
    }
    const dataLabel = series.points.getItemAt(index).dataLabel;
    dataLabel.showValue = false;
    dataLabel.text = label;
    const position = positions?.[index];
    if (position) dataLabel.position = position;
  });
}
