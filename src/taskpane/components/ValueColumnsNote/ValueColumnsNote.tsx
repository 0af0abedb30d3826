import * as React from "react";
import type { ValueColumn } from "../../../excel/types";
import { useMessages } from "../../i18n/I18nProvider";
import { PaneMessageBar } from "../PaneMessageBar/PaneMessageBar";

/**
 * With live formulas: the columns of live blocks that were written as numbers, grouped by block and reason, in
 * plain words ("Item gaps: SD, CI low, … stay numbers, not formulas, because … Refresh updates them.").
 */
export function ValueColumnsNote({ columns }: { columns: readonly ValueColumn[] }): React.JSX.Element | null {
  const messages = useMessages();
  const groups = new Map<
    string,
    { block: ValueColumn["block"]; reason: ValueColumn["reason"]; columns: string[] }
  >();
  for (const column of columns) {
    const key = `${column.block}\u0000${column.reason}`;
    const group = groups.get(key) ?? { block: column.block, reason: column.reason, columns: [] };
    group.columns.push(column.column);
    groups.set(key, group);
  }
  if (groups.size === 0) return null;
  return (
    <>
      {[...groups].map(([key, group]) => (
        <PaneMessageBar key={key} intent="info">
          {messages.valueColumns(
            messages.formulaBlocks[group.block],
            group.columns,
            messages.valueColumnReasons[group.reason],
          )}
        </PaneMessageBar>
      ))}
    </>
  );
}
