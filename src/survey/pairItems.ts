import type { ColumnAssignment, ItemPair, SurveyProblem } from "./types";

/**
 * Pairs each item's expectation and perception column (and importance column, when there is one) by the item
 * key of their assignments, in order of the item's first column. Columns left without a partner, or without
 * an item key, are reported as unpairedColumn; a second column of the same role and item as duplicateHeader.
 *
 * @example
 * pairItems([{ column: 0, header: "E1", role: "expectation", item: "1" },
 *            { column: 1, header: "P1", role: "perception", item: "1" }])
 * // => { pairs: [{ item: "1", expectationColumn: 0, perceptionColumn: 1 }], problems: [] }
 */
export function pairItems(columns: readonly ColumnAssignment[]): {
  pairs: ItemPair[];
  problems: SurveyProblem[];
} {
  const problems: SurveyProblem[] = [];
  const byItem = new Map<string, { expectation?: number; perception?: number; importance?: number }>();
  for (const { column, header, role, item } of columns) {
    if (role !== "expectation" && role !== "perception" && role !== "importance") continue;
    if (item === undefined || item === "") {
      if (role !== "importance")
        problems.push({ code: "unpairedColumn", severity: "warning", column, header });
      continue;
    }
    const slots = byItem.get(item) ?? {};
    if (slots[role] !== undefined) {
      problems.push({ code: "duplicateHeader", severity: "warning", column, header, item });
      continue;
    }
    slots[role] = column;
    byItem.set(item, slots);
  }
  const pairs: ItemPair[] = [];
  for (const [item, slots] of byItem) {
    if (slots.expectation === undefined || slots.perception === undefined) {
      const lone = slots.expectation ?? slots.perception;
      if (lone !== undefined) {
        const header = columns.find((c) => c.column === lone)?.header ?? "";
        problems.push({ code: "unpairedColumn", severity: "warning", column: lone, header, item });
      }
      continue;
    }
    const pair: ItemPair = { item, expectationColumn: slots.expectation, perceptionColumn: slots.perception };
    if (slots.importance !== undefined) pair.importanceColumn = slots.importance;
    pairs.push(pair);
  }
  if (pairs.length === 0) problems.push({ code: "noPairs", severity: "error" });
  return { pairs, problems };
}
