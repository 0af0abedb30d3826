import { itemValues, labelList } from "./coercion";
import { ExcelFunctionError } from "./excelError";
import type { SpillLabels } from "./labels";
import type { MessageCatalogue } from "./messages";

/** The factors of CX.KEYEXP and CX.IPA: importance, performance and a name for each. */
export interface FactorArguments {
  importance: number[];
  performance: number[];
  names: string[];
}

/**
 * Policy "factors": importance and performance by the "per-item values" policy, as many of one as of
 * the other (else a #VALUE! naming both), and labels by the "labels as text" policy (Item 1, Item 2, …
 * where none is given).
 */
export function factorArguments(
  importance: unknown,
  performance: unknown,
  labels: unknown,
  text: SpillLabels,
  m: MessageCatalogue,
): FactorArguments {
  const importanceValues = itemValues(importance, "importance", m);
  const performanceValues = itemValues(performance, "performance", m);
  const count = performanceValues.length;
  if (importanceValues.length !== count) {
    throw new ExcelFunctionError(
      "#VALUE!",
      m.itemCount("importance", importanceValues.length, "performance", count),
    );
  }
  return {
    importance: importanceValues,
    performance: performanceValues,
    names: labelList(labels, "labels", count, text.item, m),
  };
}
