import { csatSection, NPS_CHART_HEIGHT, npsChart, npsSection, placeSection } from "../measureBlocks";
import type { ResultBlockPlan } from "./context";

export const declaration = { key: "headline", live: false, charts: ["npsBySegment"] } as const;

/** The chart starts at column M, right of the NPS table's 11 columns. */
const CHART_COLUMN = 12;

/**
 * NPS (with its chart of segments and interval lines) and CSAT, overall and per segment against the rest
 * (optional: nothing without a recommend or overall-satisfaction column). The summary sheet's headline line
 * (src/excel/headlineLine.ts) gives the same two numbers.
 */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan({ analysis, labels, layout }) {
    if (!analysis.headline) return;
    const nps = npsSection(analysis, labels);
    const npsBox = nps && placeSection(layout, nps);
    const csat = csatSection(analysis, labels);
    if (csat) placeSection(layout, csat);
    if (!npsBox) return;
    layout.reserve(npsBox.row, NPS_CHART_HEIGHT);
    const chart = npsChart(analysis, labels, npsBox, layout.row, CHART_COLUMN);
    if (!chart) return;
    layout.charts.push(chart.chart);
    chart.blocks.forEach((helper) => layout.add(helper));
    layout.hiddenRows.push(chart.hiddenRows);
    layout.row = chart.nextRow;
  },
};
