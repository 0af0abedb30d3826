import type { WeightsProblem } from "./dimensionWeights";

/**
 * Why core refused its input:
 * - `empty`: nothing to work on (no values, no rows, no items);
 * - `shape`: arguments that should line up do not (lengths, row widths, weights per dimension);
 * - `insufficient`: too few usable (paired, non-missing) values for the statistic;
 * - `range`: a number outside what makes sense (not finite, negative weights, probability outside (0, 1)).
 */
export type CoreInputReason = "empty" | "shape" | "insufficient" | "range";

/**
 * What exactly core could not compute from, as a code with its parameters (never text): the worksheet
 * functions and the pane turn it into a message of their own, in the user's language
 * (src/functions/errorPolicy.ts maps every code to an Excel error and a message).
 * - `noData`: nothing to work on; `mismatch`: arguments that do not line up;
 * - `tooFew`: too few usable values (`needed`, `got` when known);
 * - `noVariation`: values that do not vary where the statistic needs them to;
 * - `collinear`: predictors that are sums or multiples of each other;
 * - `tooLarge`: numbers too large to add up or square as doubles (beyond about 1e150);
 * - `notFinite`: a value that is not a finite number (NaN, ±∞);
 * - `outOfRange`: a setting outside what makes sense (a probability outside (0, 1), a negative count…);
 * - the problems of SERVQUAL weights (WeightsProblem, ./dimensionWeights).
 */
export type CoreProblem =
  | { code: "noData" }
  | { code: "mismatch" }
  | { code: "tooFew"; needed?: number; got?: number }
  | { code: "noVariation" }
  | { code: "collinear" }
  | { code: "tooLarge" }
  | { code: "notFinite" }
  | { code: "outOfRange" }
  | WeightsProblem;

export type CoreProblemCode = CoreProblem["code"];

/** The problem a reason stands for when a refusal names none more precisely. */
const PROBLEM_OF_REASON: Readonly<Record<CoreInputReason, CoreProblem>> = {
  empty: { code: "noData" },
  shape: { code: "mismatch" },
  insufficient: { code: "tooFew" },
  range: { code: "outOfRange" },
};

/**
 * Thrown by every core function for input it cannot compute from, instead of returning `NaN`,
 * `Infinity` or a silently wrong number. It carries the reason and the problem as codes with their
 * parameters (`problem`), which is what callers act on; `message` ("servqualScores needs at least one
 * respondent …") names the core function and what it needs, for developers only: it is English and names
 * internal functions, so no user ever sees it (src/functions/errorPolicy.ts, the pane's problem codes).
 *
 * @example
 * new CoreInputError("mean", "insufficient", "at least one number").message // => "mean needs at least one number"
 * new CoreInputError("mean", "range", "numbers small enough to average", { problem: { code: "tooLarge" } }).problem // => { code: "tooLarge" }
 */
export class CoreInputError extends Error {
  override readonly name = "CoreInputError";
  /** What could not be computed from, as a code with parameters. */
  readonly problem: CoreProblem;
  /** The item or dimension concerned, when the refusal is about one (as given by the caller). */
  readonly subject: string | undefined;

  constructor(
    readonly functionName: string,
    readonly reason: CoreInputReason,
    need: string,
    details: { problem?: CoreProblem; subject?: string } = {},
  ) {
    super(`${functionName} needs ${need}`);
    this.problem = details.problem ?? PROBLEM_OF_REASON[reason];
    this.subject = details.subject;
  }
}
