import { errorCellError, excelErrorCodeOf, isOmitted, rangeOf, sizeOf, type CellRange } from "./coercion";
import { ExcelFunctionError } from "./excelError";
import type { MeasureMessageCatalogue } from "./measureMessages";

/** The scores of one question, read and checked, with the group of each respondent. */
export interface GroupedScores {
  /** The scores range as given: numbers are the answers, anything else is missing. */
  range: CellRange;
  /** The group of each cell (row × width + column, an index into `names`), −1 without one; undefined without groups. */
  groupOf: Int32Array | undefined;
  /** Group labels as first written, in order of first appearance among respondents with a score. */
  names: string[];
  /** How many numbers `range` holds, and the smallest and largest of them. */
  count: number;
  smallest: number;
  largest: number;
}

/** A label cell as Excel displays it: text as written, numbers and TRUE/FALSE as shown; blank is undefined. */
function labelText(cell: unknown): string | undefined {
  if (typeof cell === "string") return cell.trim() === "" ? undefined : cell;
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return undefined;
}

/**
 * Policy "scores by group": `scores` any rectangle of answers, one per respondent, read row by row;
 * numbers are answers (with `recommendation`, a number that is not a whole number from 0 to 10 is a
 * #VALUE! naming its cell; otherwise an infinite one is #NUM!); blanks, text and TRUE/FALSE are missing;
 * an error cell is that error. `groups`, when given, is a range of the same size holding each
 * respondent's group label. Labels compare as Excel compares text, without regard to case ("North" and
 * "NORTH" are one group, shown as first written), and are kept in Maps, so any label works, "constructor"
 * and "__proto__" included. A blank label puts the respondent in no group (but still in All); an error
 * cell in groups is that error.
 */
export function groupedScores(
  scoresValue: unknown,
  groupsValue: unknown,
  recommendation: boolean,
  m: MeasureMessageCatalogue,
): GroupedScores {
  const scoreRange = rangeOf(scoresValue, "scores", m);
  const grouped = !isOmitted(groupsValue);
  const groupRange = grouped ? rangeOf(groupsValue, "groups", m) : undefined;
  const size = sizeOf(scoreRange);
  if (groupRange !== undefined) {
    const groupSize = sizeOf(groupRange);
    if (groupSize.rows !== size.rows || groupSize.columns !== size.columns)
      throw new ExcelFunctionError("#VALUE!", m.sameSize("scores", size, "groups", groupSize));
  }
  const { rows, columns } = size;
  const groupOf = groupRange === undefined ? undefined : new Int32Array(rows * columns);
  const names: string[] = [];
  // by the label exactly as written (cheap), then by its lower case (Excel's comparison)
  const groupOfText = new Map<string, number>();
  const groupOfKey = new Map<string, number>();
  let count = 0;
  let smallest = Infinity;
  let largest = -Infinity;
  for (let r = 0; r < rows; r++) {
    const scoreRow = scoreRange[r]!;
    for (let c = 0; c < columns; c++) {
      const cell = scoreRow[c];
      let present = false;
      if (typeof cell === "number") {
        // checked inline, not through a callback: this loop runs once per respondent
        if (recommendation ? !(cell >= 0 && cell <= 10 && Math.floor(cell) === cell) : cell - cell !== 0) {
          throw recommendation
            ? new ExcelFunctionError("#VALUE!", m.npsScoreInvalid(cell, r + 1, c + 1))
            : new ExcelFunctionError("#NUM!", m.notFinite("scores", r + 1, c + 1));
        }
        present = true;
        count++;
        if (cell < smallest) smallest = cell;
        if (cell > largest) largest = cell;
      } else if (typeof cell === "string" ? cell !== "" : typeof cell === "object" && cell !== null) {
        const code = excelErrorCodeOf(cell);
        if (code !== undefined) throw errorCellError(code, "scores", r, c, m);
      }
      if (groupOf !== undefined) {
        const label = groupRange![r]![c];
        if (typeof label !== "number") {
          const code = excelErrorCodeOf(label);
          if (code !== undefined) throw errorCellError(code, "groups", r, c, m);
        }
        const name = present ? labelText(label) : undefined;
        let group = -1;
        if (name !== undefined) {
          let index = groupOfText.get(name);
          if (index === undefined) {
            const key = name.toLowerCase();
            index = groupOfKey.get(key);
            if (index === undefined) {
              index = names.length;
              names.push(name);
              groupOfKey.set(key, index);
            }
            groupOfText.set(name, index);
          }
          group = index;
        }
        groupOf[r * columns + c] = group;
      }
    }
  }
  return { range: scoreRange, groupOf, names, count, smallest, largest };
}
