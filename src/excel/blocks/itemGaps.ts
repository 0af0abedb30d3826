import { itemName } from "../../core/domainNames";
import type { CellBox } from "../a1";
import { bodyColumn, itemTableValueColumns } from "../liveFormulas";
import type { PlannedCell } from "../types";
import type { ResultBlockPlan } from "./context";
import { columnsOf, num } from "./layout";

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
    // only the gap is a formula: the pane lists the other numbers, and why they stay values
    if (gapFormulas.size > 0) layout.valueColumns.push(...itemTableValueColumns(labels));
    const columns = columnsOf(labels, [
      ...["item", "dimension", "expectation", "perception", "gap", "n", "missing"],
      ...["sd", "ciLow", "ciHigh", "t", "p"],
    ] as const);
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
    const box: CellBox = layout.table(labels.itemGaps, "CXGapItems", columns, rows, {
      highlightColumn: 4,
    });
    context.itemColumns = { names: bodyColumn(box, 0, true), dimensions: bodyColumn(box, 1, true) };
  },
};
