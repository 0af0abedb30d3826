import { errorCellError, excelErrorCodeOf, isOmitted, rangeOf, READ_CAREFULLY, sizeOf } from "./coercion";
import type { MeasureMessageCatalogue } from "./measureMessages";
import { refusal } from "./errorPolicy";

/** Whole-number scores from 0 to this are counted per value; any other number is kept on its own. */
const LARGEST_COUNTED = 100;
const VALUES = LARGEST_COUNTED + 1;

/**
 * The scores of one question, read and checked, counted by group: how often each whole number from 0 to 100
 * (every recognised scale) was answered in each group, and any other number with its group. Counts, not a
 * copy of the cells, so a million answers cost no memory and the tallies need no second pass over them.
 */
export interface GroupedScores {
  /** Whether groups were given. */
  grouped: boolean;
  /** Group labels as first written, in order of first appearance among respondents with a score. */
  names: string[];
  /** (names.length + 1) × 101: row 0 the answers without a group, row g + 1 group g; column v the answer v. */
  counts: Float64Array;
  /** Answers that are not whole numbers from 0 to 100, in reading order, and the group of each (−1: none). */
  otherScores: number[];
  otherGroups: number[];
  /** How many answers, and the smallest and largest of them (Infinity and −Infinity without answers). */
  count: number;
  smallest: number;
  largest: number;
}

/**
 * How many answers of each group fall in each of `bins` bins (`binOf` gives an answer's bin): (groups + 1)
 * rows of `bins`, group g in row g and everyone last, in the layout the CX.NPS and CX.CSAT tallies use.
 */
export function countsByGroup(
  scores: GroupedScores,
  bins: number,
  binOf: (score: number) => number,
): Float64Array {
  const groups = scores.names.length;
  const tallies = new Float64Array(bins * (groups + 1));
  const add = (group: number, bin: number, count: number) => {
    if (group >= 0) tallies[group * bins + bin]! += count;
    tallies[groups * bins + bin]! += count;
  };
  for (let value = 0; value < VALUES; value++) {
    const bin = binOf(value);
    for (let row = 0; row <= groups; row++) {
      const count = scores.counts[row * VALUES + value]!;
      if (count > 0) add(row - 1, bin, count);
    }
  }
  scores.otherScores.forEach((score, i) => add(scores.otherGroups[i]!, binOf(score), 1));
  return tallies;
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
 *
 * The cells are first read as they came, in one pass that also checks the ranges' shape; anything that
 * pass cannot simply read (a ragged range, an error cell, a number out of place) sends the call down the
 * careful reading, which checks each range whole first and so reports errors in their usual order.
 */
export function groupedScores(
  scoresValue: unknown,
  groupsValue: unknown,
  recommendation: boolean,
  m: MeasureMessageCatalogue,
): GroupedScores {
  const grouped = !isOmitted(groupsValue);
  try {
    return readScores(scoresValue, grouped ? groupsValue : undefined, recommendation, m, false);
  } catch (error) {
    if (error !== READ_CAREFULLY) throw error;
  }
  const scoreRange = rangeOf(scoresValue, "scores", m);
  const groupRange = grouped ? rangeOf(groupsValue, "groups", m) : undefined;
  if (groupRange !== undefined) {
    const size = sizeOf(scoreRange);
    const groupSize = sizeOf(groupRange);
    if (groupSize.rows !== size.rows || groupSize.columns !== size.columns)
      throw refusal("fixable", m.sameSize("scores", size, "groups", groupSize));
  }
  return readScores(scoreRange, groupRange, recommendation, m, true);
}

/**
 * One pass over the scores and their labels. `careful`: the ranges have been checked, and a cell in
 * error is reported; otherwise anything unusual (a row that is not an array of the first row's width, a
 * cell needing a message) throws READ_CAREFULLY.
 */
function readScores(
  scoresValue: unknown,
  groupsValue: unknown,
  recommendation: boolean,
  m: MeasureMessageCatalogue,
  careful: boolean,
): GroupedScores {
  const scoreRows = scoresValue as ReadonlyArray<ReadonlyArray<unknown>>;
  const groupRows = groupsValue as ReadonlyArray<ReadonlyArray<unknown>> | undefined;
  if (!careful) {
    const isRows = (value: unknown) =>
      Array.isArray(value) &&
      value.length > 0 &&
      Array.isArray(value[0]) &&
      (value[0] as unknown[]).length > 0;
    if (!isRows(scoresValue)) throw READ_CAREFULLY;
    if (groupRows !== undefined && (!isRows(groupRows) || groupRows.length !== scoreRows.length))
      throw READ_CAREFULLY;
  }
  const rows = scoreRows.length;
  const columns = scoreRows[0]!.length;
  if (!careful && groupRows === undefined) return ungroupedAsTheyCame(scoreRows, columns, recommendation);
  // grows as groups appear
  let counts = new Float64Array(VALUES * 9);
  const otherScores: number[] = [];
  const otherGroups: number[] = [];
  const names: string[] = [];
  // by the label exactly as written (cheap), then by its lower case (Excel's comparison)
  const groupOfText = new Map<string, number>();
  const groupOfKey = new Map<string, number>();
  let count = 0;
  let smallest = Infinity;
  let largest = -Infinity;
  for (let r = 0; r < rows; r++) {
    const scoreRow = scoreRows[r]!;
    const groupRow = groupRows === undefined ? undefined : groupRows[r]!;
    if (
      !careful &&
      (!Array.isArray(scoreRow) ||
        scoreRow.length !== columns ||
        (groupRow !== undefined && (!Array.isArray(groupRow) || groupRow.length !== columns)))
    )
      throw READ_CAREFULLY;
    for (let c = 0; c < columns; c++) {
      const cell = scoreRow[c];
      let present = false;
      if (typeof cell === "number") {
        // checked inline, not through a callback: this loop runs once per respondent
        if (recommendation ? !(cell >= 0 && cell <= 10 && Math.floor(cell) === cell) : cell - cell !== 0) {
          if (!careful) throw READ_CAREFULLY;
          throw recommendation
            ? refusal("fixable", m.npsScoreInvalid(cell, r + 1, c + 1))
            : refusal("beyondExcel", m.notFinite("scores", r + 1, c + 1));
        }
        present = true;
        if (cell < smallest) smallest = cell;
        if (cell > largest) largest = cell;
      } else if (
        typeof cell === "string"
          ? cell.charCodeAt(0) === 35 /* # */
          : typeof cell === "object" && cell !== null
      ) {
        const code = excelErrorCodeOf(cell);
        if (code !== undefined) {
          if (!careful) throw READ_CAREFULLY;
          throw errorCellError(code, "scores", r, c, m);
        }
      }
      let group = -1;
      if (groupRow !== undefined) {
        const label = groupRow[c];
        if (
          typeof label === "string" ? label.charCodeAt(0) === 35 : typeof label === "object" && label !== null
        ) {
          const code = excelErrorCodeOf(label);
          if (code !== undefined) {
            if (!careful) throw READ_CAREFULLY;
            throw errorCellError(code, "groups", r, c, m);
          }
        }
        if (present) {
          const name = labelText(label);
          if (name !== undefined) {
            let index = groupOfText.get(name);
            if (index === undefined) {
              const key = name.toLowerCase();
              index = groupOfKey.get(key);
              if (index === undefined) {
                index = names.length;
                names.push(name);
                groupOfKey.set(key, index);
                if ((index + 2) * VALUES > counts.length) {
                  const larger = new Float64Array(counts.length * 2);
                  larger.set(counts);
                  counts = larger;
                }
              }
              groupOfText.set(name, index);
            }
            group = index;
          }
        }
      }
      if (present) {
        count++;
        const score = cell as number;
        if (score >= 0 && score <= LARGEST_COUNTED && Math.floor(score) === score) {
          counts[(group + 1) * VALUES + score]!++;
        } else {
          otherScores.push(score);
          otherGroups.push(group);
        }
      }
    }
  }
  return {
    grouped: groupRows !== undefined,
    names,
    counts: counts.subarray(0, (names.length + 1) * VALUES),
    otherScores,
    otherGroups,
    count,
    smallest,
    largest,
  };
}

/**
 * readScores without groups, for cells as they came: the same reading in a loop small enough to stay fast
 * (the whole-sheet survey without groups is the common call); anything unusual throws READ_CAREFULLY.
 */
function ungroupedAsTheyCame(
  scoreRows: ReadonlyArray<ReadonlyArray<unknown>>,
  columns: number,
  recommendation: boolean,
): GroupedScores {
  const counts = new Float64Array(VALUES);
  const otherScores: number[] = [];
  let count = 0;
  let smallest = Infinity;
  let largest = -Infinity;
  for (let r = 0; r < scoreRows.length; r++) {
    const row = scoreRows[r]!;
    if (!Array.isArray(row) || row.length !== columns) throw READ_CAREFULLY;
    for (let c = 0; c < columns; c++) {
      const cell: unknown = row[c];
      if (typeof cell === "number") {
        if (recommendation ? !(cell >= 0 && cell <= 10 && Math.floor(cell) === cell) : cell - cell !== 0)
          throw READ_CAREFULLY;
        count++;
        if (cell < smallest) smallest = cell;
        if (cell > largest) largest = cell;
        if (cell >= 0 && cell <= LARGEST_COUNTED && Math.floor(cell) === cell) counts[cell]!++;
        else otherScores.push(cell);
      } else if (
        typeof cell === "string" ? cell.charCodeAt(0) === 35 : typeof cell === "object" && cell !== null
      ) {
        throw READ_CAREFULLY;
      }
    }
  }
  return {
    grouped: false,
    names: [],
    counts,
    otherScores,
    otherGroups: otherScores.map(() => -1),
    count,
    smallest,
    largest,
  };
}
