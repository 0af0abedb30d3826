import { itemName } from "../../core/domainNames";
import type { CellBox } from "../a1";
import { bodyColumn } from "../liveFormulas";
import type { PlannedCell } from "../types";
import type { ResultBlockPlan } from "./context";
import { FORMAT } from "../sheets/sheetCells";
import { num, type Column } from "./layout";

export const declaration = { key: "itemGaps", live: true, charts: [] } as const;

/**
 * One row per item: means, gap, n, missing, SD, 95% CI, t and p, in an Excel table. With the formulas option
 * the gap column holds =CX.GAP per item.
 */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan(context) {
    const { analysis, labels, layout, live } = context;
    const gapFormulas = live && context.isLive("itemGaps") ? live.gapFormulas : new Map<string, string>();
    const columns: Column[] = [
      { header: labels.item, format: FORMAT.text },
      { header: labels.dimension, format: FORMAT.text },
      { header: labels.expectation, format: FORMAT.number },
      { header: labels.perception, format: FORMAT.number },
      { header: labels.gap, format: FORMAT.number },
      { header: labels.n, format: FORMAT.count },
      { header: labels.missing, format: FORMAT.count },
      { header: labels.sd, format: FORMAT.number },
      { header: labels.ciLow, format: FORMAT.number },
      { header: labels.ciHigh, format: FORMAT.number },
      { header: labels.t, format: FORMAT.number },
      { header: labels.p, format: FORMAT.pValue },
    ];
    const rows: PlannedCell[][] = analysis.items.map((item) => {
      const formula = gapFormulas.get(item.item);
      return [
        { text: itemName(item.item, labels.language, item.name) },
        { text: item.dimension === undefined ? "" : context.dimensionName(item.dimension) },
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
    const box: CellBox = layout.table(labels.itemGaps, "CXGapItems", columns, rows, 4);
    context.itemColumns = { names: bodyColumn(box, 0, true), dimensions: bodyColumn(box, 1, true) };
  },
};
