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
  if (plan.pointLabels) labelPoints(chart.series.getItemAt(0), plan.pointLabels);

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

/** Data label text per point (ExcelApi 1.8): the item name instead of the value. */
function labelPoints(series: Excel.ChartSeries, labels: readonly string[]): void {
  series.hasDataLabels = true;
  labels.forEach((label, index) => {
    const dataLabel = series.points.getItemAt(index).dataLabel;
    dataLabel.showValue = false;
    dataLabel.text = label;
  });
}
