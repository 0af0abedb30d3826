import { itemName } from "../../core/domainNames";
import { cxFormula } from "../cxFormulas";
import type { PlannedCell } from "../types";
import type { ResultBlockPlan } from "./context";
import { columnsOf, type ColumnKey } from "./layout";

/** The columns CX.KEYEXP spills, in its order. */
const SPILL_COLUMNS: readonly ColumnKey[] = [
  "item",
  "importance",
  "performance",
  "shortfall",
  "score",
  "rank",
];

export const declaration = { key: "keyExperiences", live: true, charts: [] } as const;

/**
 * The key experiences ranked by importance × shortfall, titled with where importance came from. With the
 * formulas option one =CX.KEYEXP spills it.
 */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan(context) {
    const { analysis, labels, layout, live } = context;
    if (analysis.keyExperiences.length === 0) return;
    const note =
      analysis.importanceSource === "derivedFromOverall"
        ? labels.importanceDerived
        : analysis.importanceSource === "derivedRelativeWeights"
          ? labels.importanceRelativeWeights(analysis.derivedImportance?.outcome ?? "overall")
          : labels.importanceStated;
    const title = `${labels.keyExperiences} · ${note}`;
    const name = (k: (typeof analysis.keyExperiences)[number]): string =>
      itemName(k.item, labels.language, k.name);
    if (context.isLive("keyExperiences") && live?.importance) {
      layout.spill(title, {
        block: "keyExperiences",
        formula: cxFormula("KEYEXP", {
          importance: live.importance,
          performance: live.perception,
          labels: context.itemColumns!.names,
          reference: live.expectation,
        }),
        rowCount: analysis.keyExperiences.length + 1,
        columns: SPILL_COLUMNS,
        widthHint: [...analysis.keyExperiences.map((k) => [{ text: name(k) }])],
      });
      return;
    }
    const columns = columnsOf(labels, ["rank", "item", "importance", "performance", "shortfall", "score"]);
    const rows: PlannedCell[][] = analysis.keyExperiences.map((k) => [
      k.rank,
      { text: name(k) },
      k.importance,
      k.performance,
      k.shortfall,
      k.score,
    ]);
    layout.table(title, "CXGapKeyExperiences", columns, rows);
  },
};
