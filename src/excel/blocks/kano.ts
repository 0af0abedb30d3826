import { KANO_CATEGORIES } from "../../core/kano/kanoCategory";
import { itemName } from "../../core/domainNames";
import { EXPECTATION_KIND_NAMES, KANO_CATEGORY_NAMES } from "../../core/kano/kanoNames";
import { KANO_CHART_HEIGHT, featureName, kanoChart, kanoChartHelper } from "../charts/kanoChart";
import { kanoLabels } from "../kanoLabels";
import { FORMAT } from "../sheets/sheetCells";
import type { ActionPlanItem, PlannedCell } from "../types";
import type { ResultBlockPlan } from "./context";
import { num, type Column } from "./layout";

export const declaration = { key: "kano", live: false, charts: ["kanoBetterWorse"] } as const;

/** Key of a surprise moment's action-plan row: apart from the item keys, so a feature never takes an item's row. */
export const SURPRISE_KEY_PREFIX = "kano:";
/** the Kano table's Better and |Worse| columns, the chart's y and x */
const BETTER_COLUMN = 12;
const ABS_WORSE_COLUMN = 14;

/**
 * Kano: one row per feature with its kind of expectation as the course names it (empty for a feature that is
 * none) and Kano's category beside it, the six category counts, category and total strength, Better, Worse
 * (negative, as CX.KANO gives it) and |Worse|, whether the category is clear by Fong's test, and the gap item
 * that is the same feature; a line saying what the letters and coefficients mean; the Better–Worse chart
 * under them (charts/kanoChart.ts). Always values: CX.KANO takes each side's answers as one rectangular range,
 * and a survey's functional columns rarely stand side by side (the sample interleaves them with their
 * dysfunctional partners). Its action-plan rows are the attractive features with a high Better, as
 * candidates for a planned surprise moment (惊喜时刻), after every ranked item; its summary lines say why the
 * unmet basic expectations lead the fix-first list and name those candidates.
 */
export const block: ResultBlockPlan = {
  key: declaration.key,
  plan(context) {
    const { analysis, labels, layout } = context;
    const kano = analysis.kano;
    if (!kano || kano.features.length === 0) return;
    const language = labels.language;
    const text = kanoLabels(language);
    const itemNameOf = new Map(analysis.items.map((item) => [item.item, item.name]));
    const columns: Column[] = [
      { header: text.feature, format: FORMAT.text },
      { header: text.kind, format: FORMAT.text },
      { header: text.category, format: FORMAT.text },
      { header: text.n, format: FORMAT.count },
      ...text.counts.map((header) => ({ header, format: FORMAT.count })),
      { header: text.categoryStrength, format: "0.0%" },
      { header: text.totalStrength, format: "0.0%" },
      { header: text.better, format: FORMAT.number },
      { header: text.worse, format: FORMAT.number },
      { header: text.absWorse, format: FORMAT.number },
      { header: text.significant, format: FORMAT.text },
      { header: text.gapItem, format: FORMAT.text },
    ];
    const rows: PlannedCell[][] = kano.features.map((f) => [
      { text: featureName(f, language) },
      { text: f.kind === undefined ? "" : EXPECTATION_KIND_NAMES[language][f.kind] },
      { text: KANO_CATEGORY_NAMES[language][f.category] },
      f.n,
      ...KANO_CATEGORIES.map((category) => f.counts[category]),
      f.categoryStrength,
      f.totalStrength,
      num(f.better),
      num(f.worse),
      num(f.worse === undefined ? undefined : Math.abs(f.worse)),
      { text: f.significant ? text.yes : text.no },
      { text: f.item === undefined ? "" : itemName(f.item, language, itemNameOf.get(f.item)) },
    ]);
    // the legend under the table
    const table = layout.table(labels.kano, "CXGapKano", columns, rows, { notes: [text.legend] });
    if (!kano.features.some((f) => f.better !== undefined)) return;
    const top = layout.row;
    layout.reserve(top, KANO_CHART_HEIGHT);
    const helper = kanoChartHelper(layout.row, text);
    layout.add(helper.heading);
    layout.add(helper.block);
    layout.hiddenRows.push(helper.hiddenRows);
    layout.row = helper.nextRow;
    layout.charts.push(
      kanoChart(top, kano, table, { better: BETTER_COLUMN, absWorse: ABS_WORSE_COLUMN }, helper, language),
    );
  },
  summary({ analysis, labels }) {
    const kano = analysis.kano;
    if (!kano) return undefined;
    const text = kanoLabels(labels.language);
    const nameOf = new Map(analysis.items.map((item) => [item.item, item.name]));
    const unmet = analysis.priorities
      .filter((p) => p.reason === "unmetBasic" && p.fixFirst)
      .map((p) => itemName(p.item, labels.language, nameOf.get(p.item)));
    const lines: string[] = [];
    if (unmet.length > 0) lines.push(text.summaryUnmetBasic(unmet));
    if (kano.delightCandidates.length > 0)
      lines.push(
        text.summaryDelight(
          kano.delightCandidates.map((c) => ({ name: featureName(c, labels.language), better: c.better })),
        ),
      );
    return lines.length > 0 ? { heading: text.summaryHeading, lines } : undefined;
  },
  actionPlan({ analysis, labels }) {
    const text = kanoLabels(labels.language);
    return (analysis.kano?.delightCandidates ?? []).map((candidate): ActionPlanItem => ({
      key: `${SURPRISE_KEY_PREFIX}${candidate.feature}`,
      name: featureName(candidate, labels.language),
      dimension: "",
      rank: text.surpriseMoment,
      listed: true,
      why: text.delightReason(candidate.better),
    }));
  },
};
