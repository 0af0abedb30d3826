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
 *
 * The functions' own refusals (an argument's shape, an option, a label, a cell of a spill without a value)
 * name what happened, one of REFUSAL_CODES' kinds, and `refusal` gives the kind its code: no call site
 * chooses an Excel error itself.
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

/**
 * What the functions refuse on their own, by kind, and the Excel error each kind is (see the rule above).
 */
export const REFUSAL_CODES = {
  /** an argument, a cell or a setting the user can change, or too few usable answers: a message is shown */
  fixable: "#VALUE!",
  /** a result that exists only for respondent rows, asked of item summaries: Excel's "not available" */
  notAvailable: "#N/A",
  /** one cell of a result whose value does not exist: a spread of zero, a constant item, nobody to compare with */
  noValue: "#DIV/0!",
  /** a number beyond what Excel holds */
  beyondExcel: "#NUM!",
} as const satisfies Record<string, ExcelErrorCode>;

export type RefusalKind = keyof typeof REFUSAL_CODES;

/**
 * The Excel error for a refusal of `kind`, carrying `message` (Excel shows it on #VALUE! and #N/A).
 *
 * @example
 * refusal("fixable", "labels: give one label per item").code // => "#VALUE!"
 * refusal("noValue", "item 2 has a spread of zero").code // => "#DIV/0!"
 */
export function refusal(kind: RefusalKind, message: string): ExcelFunctionError {
  return new ExcelFunctionError(REFUSAL_CODES[kind], message);
}

/** Excel errors whose meaning carries over unchanged to a CX result; any other becomes #VALUE!. */
const PASSED_ON: ReadonlySet<string> = new Set<ExcelErrorCode>(["#N/A", "#DIV/0!", "#NUM!", "#VALUE!"]);

/**
 * The error a function returns for an error cell among its arguments: #N/A, #DIV/0!, #NUM! and #VALUE!
 * carry over (the cell's own meaning), any other (#REF!, #NAME?, #SPILL!…) becomes #VALUE!, with `message`
 * naming the cell.
 *
 * @example
 * passedOnError("#N/A", "scores: row 3 holds #N/A").code // => "#N/A"
 * passedOnError("#REF!", "scores: row 3 holds #REF!").code // => "#VALUE!"
 */
export function passedOnError(code: string, message: string): ExcelFunctionError {
  return new ExcelFunctionError(PASSED_ON.has(code) ? (code as ExcelErrorCode) : "#VALUE!", message);
}
