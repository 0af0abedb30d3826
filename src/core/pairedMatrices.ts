import type { AnswerMatrix } from "./answer";
import { CoreInputError } from "./coreInputError";

// The two answer matrices of one paired analysis (experience or perception, and expectation) hold the same
// respondents' answers to the same items. `sides` names the two in the messages ("perception and
// expectation").

/**
 * Refuses the two matrices unless they have the same number of respondent rows, at least one; returns it.
 *
 * @throws CoreInputError `shape` for different numbers of rows, `empty` for none.
 * @example
 * pairedRows("itemGaps", [[4]], [[3], [5]], "experience and expectation")
 * // throws: experience and expectation with the same number of respondent rows (got 1 and 2)
 */
export function pairedRows(
  functionName: string,
  first: AnswerMatrix,
  second: AnswerMatrix,
  sides: string,
): number {
  const rows = first.length;
  if (rows !== second.length) {
    throw new CoreInputError(
      functionName,
      "shape",
      `${sides} with the same number of respondent rows (got ${rows} and ${second.length})`,
    );
  }
  if (rows === 0) throw new CoreInputError(functionName, "empty", "at least one respondent row");
  return rows;
}

/**
 * Refuses the two matrices unless every row of both has `items` answers; `itemsAre` says, where it helps,
 * what sets that number (", one per dimensionOfItem label").
 *
 * @throws CoreInputError `shape` for the first row of another width.
 * @example
 * checkPairedWidths("itemGaps", [[4, 5]], [[3]], 2, "experience and expectation")
 * // throws: every experience and expectation row to have 2 items (row 1 has 2 and 1)
 */
export function checkPairedWidths(
  functionName: string,
  first: AnswerMatrix,
  second: AnswerMatrix,
  items: number,
  sides: string,
  itemsAre = "",
): void {
  for (let r = 0; r < first.length; r++) {
    const firstWidth = first[r]!.length;
    const secondWidth = second[r]!.length;
    if (firstWidth !== items || secondWidth !== items) {
      throw new CoreInputError(
        functionName,
        "shape",
        `every ${sides} row to have ${items} items${itemsAre} (row ${r + 1} has ${firstWidth} and ${secondWidth})`,
      );
    }
  }
}
