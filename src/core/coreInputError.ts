/**
 * Why core refused its input:
 * - `empty`: nothing to work on (no values, no rows, no items);
 * - `shape`: arguments that should line up do not (lengths, row widths, weights per dimension);
 * - `insufficient`: too few usable (paired, non-missing) values for the statistic;
 * - `range`: a number outside what makes sense (not finite, negative weights, probability outside (0, 1)).
 */
export type CoreInputReason = "empty" | "shape" | "insufficient" | "range";

/**
 * Thrown by every core function for input it cannot compute from, instead of returning `NaN`,
 * `Infinity` or a silently wrong number. The message names the function and what it needs, e.g.
 * "servqualScores needs at least one respondent with a paired answer in dimension reliability", so
 * that worksheet functions and the taskpane can pass it on to the user unchanged.
 *
 * @example
 * new CoreInputError("mean", "insufficient", "at least one number").message // => "mean needs at least one number"
 */
export class CoreInputError extends Error {
  override readonly name = "CoreInputError";

  constructor(
    readonly functionName: string,
    readonly reason: CoreInputReason,
    need: string,
    /** The item or dimension concerned, when the refusal is about one (as given by the caller). */
    readonly subject?: string,
  ) {
    super(`${functionName} needs ${need}`);
  }
}
