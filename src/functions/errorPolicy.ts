/*
 * The error policy of the CX functions, in one place: which Excel error a refusal becomes, and which
 * message it carries.
 *
 * The rule: whatever the user can fix (an argument, a cell, a setting, too few usable answers, answers
 * that do not vary) is #VALUE! (or #N/A), because Excel shows a function's own message only on those two
 * codes: "Custom messages are only available with certain error codes"
 * (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error), and the
 * ErrorCode reference says of #DIV/0!, #NUM!, #REF!… "A custom error message can't be used"
 * (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode;
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors). A message on any other
 * code would be lost, so the fix would be too. The other codes keep Excel's own meaning and need no
 * message: #DIV/0! and #NUM! for one result cell whose value does not exist (a correlation of a constant
 * item, a number beyond what Excel holds), and an error cell's own code passed on (./coercionCells).
 *
 * Core refuses with a problem code and its parameters (CoreInputError.problem), never text meant for
 * users; the table below gives each code its Excel error and its message (./messages, English and
 * Chinese), in the worksheet function's name, never in the name of the code behind it.
 */
import type { CoreProblem, CoreProblemCode } from "../core";
import { ExcelFunctionError, type ExcelErrorCode } from "./excelError";
import type { MessageCatalogue } from "./messages";

/** The message keys of core's problems: each takes the worksheet function's name (and tooFew its counts). */
type CoreProblemMessage =
  | "coreNoData"
  | "coreMismatch"
  | "coreTooFew"
  | "coreNoVariation"
  | "coreCollinear"
  | "coreTooLarge"
  | "coreNotFinite"
  | "coreOutOfRange";

/** Each core problem: the Excel error it becomes and the message it carries. */
export const CORE_PROBLEM_ERRORS: {
  readonly [Code in CoreProblemCode]: { readonly code: ExcelErrorCode; readonly message: CoreProblemMessage };
} = {
  noData: { code: "#VALUE!", message: "coreNoData" },
  mismatch: { code: "#VALUE!", message: "coreMismatch" },
  tooFew: { code: "#VALUE!", message: "coreTooFew" },
  noVariation: { code: "#VALUE!", message: "coreNoVariation" },
  collinear: { code: "#VALUE!", message: "coreCollinear" },
  outOfRange: { code: "#VALUE!", message: "coreOutOfRange" },
  // a number beyond what doubles can square or add: #NUM!, Excel's error for a number it cannot hold
  tooLarge: { code: "#NUM!", message: "coreTooLarge" },
  notFinite: { code: "#NUM!", message: "coreNotFinite" },
};

/**
 * The Excel error for a problem core refused with, in the name of the worksheet function.
 *
 * @example
 * coreProblemError("CX.DRIVERS", { code: "tooFew", needed: 6, got: 4 }, m).code // => "#VALUE!"
 */
export function coreProblemError(
  functionName: string,
  problem: CoreProblem,
  m: MessageCatalogue,
): ExcelFunctionError {
  const { code, message } = CORE_PROBLEM_ERRORS[problem.code];
  const text =
    problem.code === "tooFew"
      ? m.coreTooFew(functionName, problem.needed, problem.got)
      : m[message](functionName);
  return new ExcelFunctionError(code, text);
}
