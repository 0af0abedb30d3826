import { CoreInputError, type CoreInputReason } from "../core";
import { coreProblemError, refusal } from "./errorPolicy";
import { ExcelFunctionError } from "./excelError";
import type { MessageCatalogue } from "./messages";

/** One cell of a spilled result: a number, a text, TRUE/FALSE, or an error value that explains itself. */
export type SpillCell = number | string | boolean | ExcelFunctionError;

/** A spilled result: rectangular rows of cells. */
export type Spill = SpillCell[][];

/**
 * A number for a result cell, or the given error when there is none. Non-finite numbers never
 * reach a cell: Excel has no NaN or infinity, so they become #NUM!.
 */
export function numberCell(value: number | undefined, missing: () => ExcelFunctionError): SpillCell {
  if (value === undefined) return missing();
  return Number.isFinite(value) ? value : refusal("beyondExcel", missing().message);
}

/**
 * Runs a core computation; input core refuses (CoreInputError) becomes the Excel error the error policy
 * gives its problem (./errorPolicy), in the worksheet function's name. The functions check arguments
 * before calling core, so this is the last line of defence, reached only by unusual input such as
 * numbers too large to subtract. `explain` gives the catalogue message (a #VALUE! the user can act on)
 * for a refusal only core can detect.
 */
export function fromCore<T>(
  functionName: string,
  m: MessageCatalogue,
  compute: () => T,
  explain: Partial<Record<CoreInputReason, () => string>> = {},
): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CoreInputError) {
      const explanation = explain[error.reason];
      if (explanation !== undefined) throw refusal("fixable", explanation());
      throw coreProblemError({ functionName }, error.problem, m);
    }
    throw error;
  }
}

/**
 * The arguments of a worksheet function as its spill builder takes them: by name, as Excel passed them, so
 * that the JSDoc declaration's order is written only in the declaration.
 */
export type SpillArguments<Name extends string> = Readonly<Record<Name, unknown>>;
