import type { ColumnAssignment, SurveyProblem } from "./types";

/**
 * Finds the saved role assignments in the survey as it is now: a column keeps its index while its header is
 * unchanged, otherwise it is found by header (columns inserted or moved since the settings were saved).
 * Assignments whose header is gone are dropped with a columnMissing problem.
 *
 * @example
 * resolveRoles([{ column: 0, header: "E1", role: "expectation" }], ["ID", "E1"]).roles
 * // => [{ column: 1, header: "E1", role: "expectation" }] (an ID column was inserted before it)
 * resolveRoles([{ column: 0, header: "E9", role: "expectation" }], ["ID"]).problems
 * // => [{ code: "columnMissing", severity: "warning", header: "E9" }]
 */
export function resolveRoles(
  roles: readonly ColumnAssignment[],
  headers: readonly string[],
): { roles: ColumnAssignment[]; problems: SurveyProblem[] } {
  const problems: SurveyProblem[] = [];
  const taken = new Set<number>();
  const resolved: ColumnAssignment[] = [];
  const text = (column: number): string => String(headers[column] ?? "");
  for (const role of roles) {
    if (role.role === "ignore") continue;
    let column = role.column;
    if (text(column) !== role.header || taken.has(column)) {
      column = headers.findIndex(
        (header, index) => String(header ?? "") === role.header && !taken.has(index),
      );
    }
    if (column < 0) {
      problems.push({ code: "columnMissing", severity: "warning", header: role.header });
      continue;
    }
    taken.add(column);
    resolved.push({ ...role, column });
  }
  return { roles: resolved, problems };
}
