import { itemName } from "../../core/domainNames";
import type { PlannedCell } from "../types";
import type { ResultBlockPlan } from "./context";
import { FORMAT } from "../sheets/sheetCells";
import type { Column } from "./layout";

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
      analysis.importanceSource === "derivedFromOverall" ? labels.importanceDerived : labels.importanceStated;
    const title = `${labels.keyExperiences} · ${note}`;
    const name = (k: (typeof analysis.keyExperiences)[number]): string =>
      itemName(k.item, labels.language, k.name);
    if (context.isLive("keyExperiences") && live?.importance) {
      layout.spill(title, {
        block: "keyExperiences",
        formula: `=CX.KEYEXP(${live.importance},${live.perception},${context.itemColumns!.names},${live.expectation})`,
        rowCount: analysis.keyExperiences.length + 1,
        columnFormats: [
          FORMAT.general,
          FORMAT.number,
          FORMAT.number,
          FORMAT.number,
          FORMAT.number,
          FORMAT.count,
        ],
        widthHint: [
          [
            labels.item,
            labels.importance,
            labels.performance,
            labels.shortfall,
            labels.score,
            labels.rank,
          ].map((text) => ({ text })),
          ...analysis.keyExperiences.map((k) => [{ text: name(k) }]),
        ],
      });
      return;
    }
    const columns: Column[] = [
      { header: labels.rank, format: FORMAT.count },
      { header: labels.item, format: FORMAT.text },
      { header: labels.importance, format: FORMAT.number },
      { header: labels.performance, format: FORMAT.number },
      { header: labels.shortfall, format: FORMAT.number },
      { header: labels.score, format: FORMAT.number },
    ];
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
