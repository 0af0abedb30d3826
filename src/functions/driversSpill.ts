import {
  covarianceOfBlocks,
  keyDrivers,
  NARROW_LOWEST,
  SMALL_WHOLE,
  type BlockFiller,
  type BlockNote,
} from "../core";
import {
  answerCells,
  labelList,
  READ_CAREFULLY,
  refuseUnexpectedCell,
  rowsAsTheyCame,
  sizeOf,
  type CellRange,
} from "./coercion";
import { coreProblemError, refusal } from "./errorPolicy";
import { measureLabelsFor } from "./measureLabels";
import type { Locale } from "./locale";
import { measureMessagesFor } from "./measureMessages";
import { fromCore, numberCell, type Spill, type SpillArguments } from "./spill";

/** The arguments of CX.DRIVERS, by the names of its declaration. */
export type DriversArguments = SpillArguments<"outcome" | "drivers" | "labels">;

/**
 * CX.DRIVERS: derived importance of each driver for the outcome, over the respondents with the outcome
 * and every driver answered (listwise): the header Driver, r, Beta, Weight, Weight %, Shapley, Rank,
 * one row per driver, largest relative weight first, and a last row `R² (n = …)` with R² under Weight
 * and Shapley and 100 under Weight %. Shapley is blank above 15 drivers.
 *
 * Policies: "survey answers, read in place" (outcome, drivers), "labels as text" (labels).
 */
export function driversSpill(args: DriversArguments, locale: Locale): Spill {
  const { outcome, drivers, labels } = args;
  const m = measureMessagesFor(locale);
  // First the cells as they came, read once (see alphaSpill); the careful path reports anything else.
  const y = rowsAsTheyCame(outcome);
  const x = rowsAsTheyCame(drivers);
  if (y !== undefined && x !== undefined) {
    try {
      return driversOf(y, x, labels, locale, true);
    } catch {
      // READ_CAREFULLY, or a refusal: read carefully below.
    }
  }
  const carefulOutcome = answerCells(outcome, "outcome", m);
  return driversOf(carefulOutcome, answerCells(drivers, "drivers", m), labels, locale, false);
}

function driversOf(y: CellRange, x: CellRange, labels: unknown, locale: Locale, asTheyCame: boolean): Spill {
  const m = measureMessagesFor(locale);
  const text = measureLabelsFor(locale);
  const rows = x.length;
  const p = sizeOf(x).columns;
  const shape = sizeOf(y);
  if (shape.columns !== 1 || shape.rows !== rows) {
    throw refusal("fixable", m.outcomeShape(shape.rows, shape.columns, rows));
  }
  const names = labelList(labels, "labels", p, text.item, m);
  // The rows are read a block at a time by module-level functions, bound rather than wrapped in an arrow
  // function made per call, and the cursor (where the next block starts) is a typed array: V8 then keeps
  // the compiled reader from one call to the next (see README, Tests and benchmarks).
  const cursor = new Int32Array(1);
  const fill: BlockFiller = asTheyCame
    ? fillAsTheyCame.bind(undefined, y, x, p, cursor)
    : fillAnswers.bind(undefined, y, x, p, cursor);
  const summary = fromCore("CX.DRIVERS", m, () => covarianceOfBlocks(p + 1, fill, "CX.DRIVERS"));
  if (summary.n < p + 2) throw refusal("fixable", m.driversTooFewRespondents(summary.n, p));
  for (let j = 0; j <= p; j++) {
    if (!(summary.covariance[j * (p + 2)]! > 0)) {
      throw refusal("fixable", m.driverConstant(j === 0 ? "outcome" : names[j - 1]!));
    }
  }
  const result = fromCore("CX.DRIVERS", m, () => keyDrivers(summary), {
    insufficient: () => m.driversCollinear(),
  });
  const overflow = () => coreProblemError({ functionName: "CX.DRIVERS" }, { code: "tooLarge" }, m);
  const rSquared = numberCell(result.rSquared, overflow);
  const withShapley = result.drivers[0]?.shapley !== undefined;
  return [
    [...text.drivers.header],
    ...result.drivers.map((driver) => [
      names[driver.index]!,
      numberCell(driver.r, overflow),
      numberCell(driver.beta, overflow),
      numberCell(driver.weight, overflow),
      numberCell(driver.weightPercent, overflow),
      driver.shapley === undefined ? "" : numberCell(driver.shapley, overflow),
      driver.rank,
    ]),
    [text.drivers.rSquared(result.n), "", "", rSquared, 100, withShapley ? rSquared : "", ""],
  ];
}

/**
 * The largest whole answer (in magnitude) a block may hold to be multiplied as it came (see BlockNote),
 * read once: in the CommonJS build the benches and tests run, an imported binding is a property read.
 */
const SMALL = SMALL_WHOLE;
/** The lowest and highest answers of a narrow block (BlockNote.narrow: 1–7), read once as SMALL is. */
const LOWEST = NARROW_LOWEST;
const HIGHEST = NARROW_LOWEST + 6;

/** Where the next block's reading starts, over calls of one filler: its one element. */
type RowCursor = Int32Array;

/**
 * Up to `capacity` complete respondents of cells as they came into the block (outcome first, driver j at
 * `into[t + (1 + j) * capacity]`), saying in `note` whether every value is a whole number within ±11,
 * and whether from 1 to 7 (see BlockNote). Every cell of a row is looked at, so that one needing the
 * careful reading is not skipped; rows of another shape are left to the careful reading too.
 */
function fillAsTheyCame(
  y: CellRange,
  x: CellRange,
  p: number,
  cursor: RowCursor,
  into: Float64Array,
  capacity: number,
  note: BlockNote,
): number {
  const rows = x.length;
  let filled = 0;
  let blockSmall = true;
  let blockNarrow = true;
  // Nothing but `return` after the loop, the cursor and note kept up to date inside it: V8 compiles
  // this loop while it runs (on-stack replacement) and reuses that code on later calls; a statement after
  // the loop, not yet run when it was compiled, would send every later call back to the interpreter.
  note.smallWhole = true;
  note.narrow = true;
  const twoRows = 2 * capacity;
  while (filled < capacity && cursor[0]! < rows) {
    const r = cursor[0]!++;
    const row = x[r]!;
    const outcomeRow = y[r]!;
    if (row.length !== p || outcomeRow.length !== 1) throw READ_CAREFULLY;
    const outcomeValue = outcomeRow[0];
    let complete = true;
    let small = true;
    let narrow = true;
    let j = 0;
    if (typeof outcomeValue === "number" && outcomeValue - outcomeValue === 0) {
      into[filled] = outcomeValue;
      narrow = outcomeValue >= LOWEST && outcomeValue <= HIGHEST && (outcomeValue | 0) === outcomeValue;
      small =
        narrow || (outcomeValue >= -SMALL && outcomeValue <= SMALL && (outcomeValue | 0) === outcomeValue);
      let place = filled + capacity;
      // two cells a step while both are the usual answer (a whole number from 1 to 7), which halves the
      // loop's own work per cell; any other cell is left to the loop below, a cell at a time
      for (; j + 1 < p; j += 2, place += twoRows) {
        const value0 = row[j];
        const value1 = row[j + 1];
        if (typeof value0 !== "number") break;
        if (typeof value1 !== "number") break;
        if (!(value0 >= LOWEST && value0 <= HIGHEST && (value0 | 0) === value0)) break;
        if (!(value1 >= LOWEST && value1 <= HIGHEST && (value1 | 0) === value1)) break;
        into[place] = value0;
        into[place + capacity] = value1;
      }
      // Then two cells a step while both are whole numbers within ±11 (answers from 0 to 10 come here),
      // keeping `outside` negative once a value lies outside 1–7 (HIGHEST − v and v − LOWEST are both ≥ 0
      // only inside): no test per value that a processor could not predict on such answers.
      let outside = 0;
      for (; j + 1 < p; j += 2, place += twoRows) {
        const value0 = row[j];
        const value1 = row[j + 1];
        if (typeof value0 !== "number") break;
        if (typeof value1 !== "number") break;
        if (!(value0 >= -SMALL && value0 <= SMALL && (value0 | 0) === value0)) break;
        if (!(value1 >= -SMALL && value1 <= SMALL && (value1 | 0) === value1)) break;
        into[place] = value0;
        into[place + capacity] = value1;
        outside |= (HIGHEST - value0) | (value0 - LOWEST) | (HIGHEST - value1) | (value1 - LOWEST);
      }
      if (outside < 0) narrow = false;
      for (; j < p; j++, place += capacity) {
        const value = row[j];
        if (typeof value !== "number") break;
        into[place] = value;
        // a whole number from 1 to 7, or within ±11, is finite: the usual answer costs three comparisons
        if (value >= LOWEST && value <= HIGHEST && (value | 0) === value) continue;
        narrow = false;
        if (value >= -SMALL && value <= SMALL && (value | 0) === value) continue;
        small = false;
        if (value - value !== 0) break;
      }
    } else {
      complete = false;
      if (outcomeValue !== null) refuseUnexpectedCell(outcomeValue);
    }
    if (j < p) {
      // the respondent is left out: the rest of the row is only looked at for a cell needing the careful reading
      complete = false;
      for (; j < p; j++) {
        const value = row[j];
        if (typeof value === "number" ? value - value !== 0 : value !== null && value !== "") {
          refuseUnexpectedCell(value);
        }
      }
    }
    if (complete) {
      filled++;
      if (!narrow && blockNarrow) {
        blockNarrow = false;
        note.narrow = false;
      }
      if (!small && blockSmall) {
        blockSmall = false;
        note.smallWhole = false;
      }
    }
  }
  return filled;
}

/**
 * fillAsTheyCame for cells read carefully: numbers are answers, anything else leaves the respondent out.
 * It says of its blocks what fillAsTheyCame says, so the two readings multiply the same blocks the same
 * way and give the same bits (test/functions/driversReading.test.ts).
 */
function fillAnswers(
  y: CellRange,
  x: CellRange,
  p: number,
  cursor: RowCursor,
  into: Float64Array,
  capacity: number,
  note: BlockNote,
): number {
  const rows = x.length;
  let filled = 0;
  note.smallWhole = true;
  note.narrow = true;
  // the cursor and note kept up to date inside the loop, nothing after it (see fillAsTheyCame)
  respondents: while (filled < capacity && cursor[0]! < rows) {
    const r = cursor[0]!++;
    const outcomeValue = y[r]![0];
    if (typeof outcomeValue !== "number") continue;
    into[filled] = outcomeValue;
    let small = outcomeValue >= -SMALL && outcomeValue <= SMALL && (outcomeValue | 0) === outcomeValue;
    let narrow = small && outcomeValue >= LOWEST && outcomeValue <= HIGHEST;
    const row = x[r]!;
    for (let j = 0; j < p; j++) {
      const value = row[j];
      if (typeof value !== "number") continue respondents;
      into[filled + (1 + j) * capacity] = value;
      if (!(value >= -SMALL && value <= SMALL && (value | 0) === value)) small = false;
      if (!(value >= LOWEST && value <= HIGHEST && (value | 0) === value)) narrow = false;
    }
    filled++;
    if (!small) note.smallWhole = false;
    if (!narrow) note.narrow = false;
  }
  return filled;
}
