import { kanoAnswerCode, kanoAnswerCodeOfText, type KanoAnswerScale } from "../core";
import { errorCellError, excelErrorCodeOf, READ_CAREFULLY, type CellRange } from "./coercion";
import type { MessageCatalogue } from "./messages";

/**
 * Policy "Kano answers": a number is the answer it codes on the scale (1–5, or 1–3); a text is the
 * answer it reads as (KANO_ANSWER_TEXTS in core: "I like it", 理所当然, …); every other cell (blank,
 * other numbers or text, TRUE/FALSE) is no answer; the first error cell (row by row) makes the result
 * that error, naming the argument and the cell. Returns one column of 5-point codes per feature (0: no
 * answer). With `careful` false the range is read as it came, unchecked: a row of another width or an
 * error cell throws READ_CAREFULLY instead, for the caller to read the ranges carefully.
 *
 * @example
 * kanoAnswerColumns([[1, "I dislike it"], ["", 7]], "functional", 5, m) // => [[1, 0], [5, 0]] (as Uint8Arrays)
 */
export function kanoAnswerColumns(
  range: CellRange,
  argument: string,
  scale: KanoAnswerScale,
  m: MessageCatalogue,
  careful = true,
): Uint8Array[] {
  const rows = range.length;
  const features = range[0]!.length;
  const columns = Array.from({ length: features }, () => new Uint8Array(rows));
  const codeOf = kanoAnswerCode;
  // typed answers repeat: each distinct text is read once
  const codeOfText = new Map<string, number>();
  // row by row, as the cells lie: each respondent's row is visited once
  for (let r = 0; r < rows; r++) {
    const row = range[r]!;
    // read as it came (not careful): a row that is not the first row's width is left to the careful reading
    if (!careful && (!Array.isArray(row) || row.length !== features)) throw READ_CAREFULLY;
    for (let c = 0; c < features; c++) {
      const cell = row[c];
      if (typeof cell === "number") columns[c]![r] = codeOf(cell, scale);
      else if (typeof cell === "string" ? cell !== "" : typeof cell === "object" && cell !== null) {
        const code = excelErrorCodeOf(cell);
        if (code !== undefined) {
          if (!careful) throw READ_CAREFULLY;
          throw errorCellError(code, argument, r, c, m);
        }
        if (typeof cell === "string") {
          let answer = codeOfText.get(cell);
          if (answer === undefined) {
            answer = kanoAnswerCodeOfText(cell);
            codeOfText.set(cell, answer);
          }
          columns[c]![r] = answer;
        }
      }
    }
  }
  return columns;
}
