import { covarianceOfBlocks, keyDrivers, SMALL_WHOLE, type BlockFiller } from "../core";
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
  // A row read: INCOMPLETE, COMPLETE, or COMPLETE_SMALL (complete, every value a whole number within ±11)
  const readRow: (r: number, into: Float64Array, at: number, stride: number) => number = asTheyCame
    ? (r, into, at, stride) => {
        // every cell of the row is looked at, so that one needing the careful reading is not skipped
        const row = x[r]!;
        const outcomeRow = y[r]!;
        // rows of another shape are left to the careful reading
        if (row.length !== p || outcomeRow.length !== 1) throw READ_CAREFULLY;
        const outcomeValue = outcomeRow[0];
        let complete = true;
        let small = true;
        if (typeof outcomeValue === "number" && outcomeValue - outcomeValue === 0) {
          into[at] = outcomeValue;
          small = outcomeValue >= -SMALL && outcomeValue <= SMALL && (outcomeValue | 0) === outcomeValue;
        } else {
          complete = false;
          if (outcomeValue !== null) refuseUnexpectedCell(outcomeValue);
        }
        // driver j goes to into[at + (1 + j) * stride], the place kept as a running sum
        for (let j = 0, place = at + stride; j < p; j++, place += stride) {
          const value = row[j];
          // blanks first and out of the way: V8 compiles this loop about a quarter faster than with the
          // number first and the blank test after it (measured on a million rows)
          if (typeof value !== "number") {
            complete = false;
            if (value !== null && value !== "") refuseUnexpectedCell(value);
            continue;
          }
          into[place] = value;
          // a whole number within ±11 is finite: the usual answer costs these three comparisons
          if (value >= -SMALL && value <= SMALL && (value | 0) === value) continue;
          small = false;
          if (value - value !== 0) {
            complete = false;
            refuseUnexpectedCell(value);
          }
        }
        return complete ? (small ? COMPLETE_SMALL : COMPLETE) : INCOMPLETE;
      }
    : (r, into, at, stride) => {
        const outcomeValue = y[r]![0];
        if (typeof outcomeValue !== "number") return INCOMPLETE;
        into[at] = outcomeValue;
        const row = x[r]!;
        for (let j = 0; j < p; j++) {
          const value = row[j];
          if (typeof value !== "number") return INCOMPLETE;
          into[at + (1 + j) * stride] = value;
        }
        return COMPLETE;
      };
  // this function's own loop over the rows, so that readRow is inlined (see covarianceOfBlocks)
  let next = 0;
  const fill: BlockFiller = (into, capacity, note) => {
    let filled = 0;
    let small = true;
    while (filled < capacity && next < rows) {
      const state = readRow(next++, into, filled, capacity);
      if (state !== INCOMPLETE) {
        filled++;
        small &&= state === COMPLETE_SMALL;
      }
    }
    note.smallWhole = small;
    return filled;
  };
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

/** The largest whole answer (in magnitude) a block may hold to be multiplied as it came (see BlockNote). */
const SMALL = SMALL_WHOLE;
const INCOMPLETE = 0;
const COMPLETE = 1;
const COMPLETE_SMALL = 2;
