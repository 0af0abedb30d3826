import type { ColumnAssignment, ColumnRole, ItemPair, SurveyProblem } from "./types";

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
  const { byKey: byItem, problems } = columnsByKey(columns, itemSideOf, ({ column, header, role }) =>
    // an importance column without a key is not an item's: nothing to pair
    role === "importance" ? undefined : { code: "unpairedColumn", severity: "warning", column, header },
  );
  const pairs: ItemPair[] = [];
  for (const [item, sides] of byItem) {
    const slots = {
      expectation: sides.expectation?.column,
      perception: sides.perception?.column,
      importance: sides.importance?.column,
    };
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

/**
 * The columns whose role `sideOf` names a side (expectation, perception…; functional, dysfunctional), grouped
 * by their item key, one column a side, in order of each key's first column. A second column of the same side
 * and key is a duplicateHeader warning; a column without a key goes to `unkeyed`, which gives its problem,
 * if it is one.
 *
 * @example
 * columnsByKey([{ column: 0, header: "E1", role: "expectation", item: "1" }],
 *              (role) => (role === "expectation" ? role : undefined), () => undefined).byKey
 * // => Map { "1" => { expectation: { column: 0, header: "E1", role: "expectation", item: "1" } } }
 */
export function columnsByKey<Side extends string>(
  columns: readonly ColumnAssignment[],
  sideOf: (role: ColumnRole) => Side | undefined,
  unkeyed: (assignment: ColumnAssignment) => SurveyProblem | undefined,
): { byKey: Map<string, Partial<Record<Side, ColumnAssignment>>>; problems: SurveyProblem[] } {
  type Slots = Partial<Record<Side, ColumnAssignment>>;
  const byKey = new Map<string, Slots>();
  const problems: SurveyProblem[] = [];
  for (const assignment of columns) {
    const side = sideOf(assignment.role);
    if (side === undefined) continue;
    const { column, header, item } = assignment;
    if (item === undefined || item === "") {
      const problem = unkeyed(assignment);
      if (problem) problems.push(problem);
      continue;
    }
    const slots: Slots = byKey.get(item) ?? {};
    if (slots[side] !== undefined) {
      problems.push({ code: "duplicateHeader", severity: "warning", column, header, item });
      continue;
    }
    slots[side] = assignment;
    byKey.set(item, slots);
  }
  return { byKey, problems };
}

/** The side of an item a role fills: its expectation, perception or importance column. */
function itemSideOf(role: ColumnRole): "expectation" | "perception" | "importance" | undefined {
  return role === "expectation" || role === "perception" || role === "importance" ? role : undefined;
}
