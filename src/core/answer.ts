/**
 * One survey answer as core sees it: a number, or `null` when the respondent gave none.
 *
 * Deciding what counts as missing (blank cells, text, "N/A") is the caller's job; core only skips
 * `null` (and, defensively, anything else that is not a number, such as a hole in a ragged row).
 */
export type Answer = number | null;

/** Survey answers laid out as on the sheet: one row per respondent, one column per item. */
export type AnswerMatrix = ReadonlyArray<ReadonlyArray<Answer>>;
