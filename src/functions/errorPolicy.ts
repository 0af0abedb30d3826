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

/** What a message may name besides the problem: the function, and for weights the dimensions and respondents. */
export interface RefusalContext {
  /** The worksheet function, as the user typed it (CX.SERVQUAL). */
  functionName: string;
  dimensions?: readonly string[];
  respondents?: number;
}

type Entry<Code extends CoreProblemCode> = {
  readonly code: ExcelErrorCode;
  readonly message: (
    m: MessageCatalogue,
    context: RefusalContext,
    problem: Extract<CoreProblem, { code: Code }>,
  ) => string;
};

/** Each core problem: the Excel error it becomes and the catalogue message it carries. */
export const CORE_PROBLEM_ERRORS: { readonly [Code in CoreProblemCode]: Entry<Code> } = {
  noData: { code: "#VALUE!", message: (m, c) => m.coreNoData(c.functionName) },
  mismatch: { code: "#VALUE!", message: (m, c) => m.coreMismatch(c.functionName) },
  tooFew: { code: "#VALUE!", message: (m, c, p) => m.coreTooFew(c.functionName, p.needed, p.got) },
  noVariation: { code: "#VALUE!", message: (m, c) => m.coreNoVariation(c.functionName) },
  collinear: { code: "#VALUE!", message: (m, c) => m.coreCollinear(c.functionName) },
  outOfRange: { code: "#VALUE!", message: (m, c) => m.coreOutOfRange(c.functionName) },
  // a number beyond what doubles can square or add: #NUM!, Excel's error for a number it cannot hold
  tooLarge: { code: "#NUM!", message: (m, c) => m.coreTooLarge(c.functionName) },
  notFinite: { code: "#NUM!", message: (m, c) => m.coreNotFinite(c.functionName) },
  // importance points: all the user's to fix
  weightsShape: {
    code: "#VALUE!",
    message: (m, c) => m.weightsShape(c.dimensions?.length ?? 0, c.respondents ?? 0),
  },
  weightsRowCount: { code: "#VALUE!", message: (m, c, p) => m.weightsRowCount(p.rows, c.respondents ?? 0) },
  weightMissing: {
    code: "#VALUE!",
    message: (m, c, p) => m.weightMissing(c.dimensions?.[p.dimension] ?? String(p.dimension + 1)),
  },
  weightNegative: { code: "#VALUE!", message: (m) => m.weightsNegative() },
  weightsAllZero: {
    code: "#VALUE!",
    message: (m, _, p) =>
      p.respondent === undefined ? m.weightsAllZero() : m.respondentWeightsAllZero(p.respondent + 1),
  },
  weightsNotFinite: { code: "#NUM!", message: (m, c) => m.coreTooLarge(c.functionName) },
};

/**
 * The Excel error for a problem core refused with, in the name of the worksheet function.
 *
 * @example
 * coreProblemError({ functionName: "CX.DRIVERS" }, { code: "tooFew", needed: 6, got: 4 }, m).code // => "#VALUE!"
 */
export function coreProblemError(
  context: RefusalContext,
  problem: CoreProblem,
  m: MessageCatalogue,
): ExcelFunctionError {
  const entry = CORE_PROBLEM_ERRORS[problem.code] as Entry<CoreProblemCode>;
  return new ExcelFunctionError(entry.code, entry.message(m, context, problem as never));
}
