/*
 * CX.ALPHA, CX.DRIVERS and CX.SEGMENTS as Excel calls them, on 1,048,576 respondents of Excel-shaped
 * cells (1–7 answers, about 3 % blanks arriving as null or as empty text), each against a plain loop
 * over the same cells, measured in this one run. Goal: at most 3× each.
 *
 * The plain loops do the least any such function must do: visit every cell and add up its numbers;
 * for CX.SEGMENTS also find each respondent's segment (a Map lookup of the label text). CX.DRIVERS runs
 * with 15 drivers, Shapley values included (all 32,768 subsets, computed from the covariance matrix).
 */
import { alpha, drivers, segments } from "../src/functions/functions";
import { compareAndReport, describe, EXCEL_ROWS, measure, seededRandom } from "./measure";

export function excelRange(columns: number, seed: number): unknown[][] {
  const random = seededRandom(seed);
  const rows = new Array<unknown[]>(EXCEL_ROWS);
  for (let r = 0; r < EXCEL_ROWS; r++) {
    const row = new Array<unknown>(columns);
    for (let j = 0; j < columns; j++) {
      const blank = random();
      row[j] = blank < 0.03 ? (blank < 0.015 ? null : "") : 1 + Math.floor(random() * 7);
    }
    rows[r] = row;
  }
  return rows;
}

/** Store labels as Excel sends text: a separate string per cell, in two spellings of case. */
export function storeLabels(seed: number): unknown[][] {
  const random = seededRandom(seed);
  return Array.from({ length: EXCEL_ROWS }, () => {
    const store = Math.floor(random() * 20);
    return [random() < 0.1 ? `STORE ${store}` : `Store ${String(store)}`];
  });
}

function sumOfCells(...ranges: unknown[][][]): number {
  let sum = 0;
  for (const range of ranges) {
    for (let r = 0; r < range.length; r++) {
      const row = range[r]!;
      for (let j = 0; j < row.length; j++) {
        const cell = row[j];
        if (typeof cell === "number") sum += cell;
      }
    }
  }
  return sum;
}

function sumPerLabel(values: unknown[][], labels: unknown[][]): Map<unknown, number> {
  const sums = new Map<unknown, number>();
  for (let r = 0; r < values.length; r++) {
    const value = values[r]![0];
    if (typeof value !== "number") continue;
    const label = labels[r]![0];
    sums.set(label, (sums.get(label) ?? 0) + value);
  }
  return sums;
}

export default function statsBench(): void {
  const items = excelRange(10, 11);
  compareAndReport(
    "CX.ALPHA 1,048,576 × 10 (listwise)",
    () => alpha(items as never),
    () => sumOfCells(items),
    "plain loop summing 1,048,576 × 10 cells",
    "CX.ALPHA",
  );
  const detailed = measure(() => alpha(items as never, true), 1);
  console.log(`CX.ALPHA with details: ${describe(detailed)}`);

  const outcome = excelRange(1, 12);
  const driverCells = excelRange(15, 13);
  compareAndReport(
    "CX.DRIVERS 1,048,576 × (1 + 15), Shapley over 32,768 subsets",
    () => drivers(outcome as never, driverCells as never),
    () => sumOfCells(outcome, driverCells),
    "plain loop summing 1,048,576 × 16 cells",
    "CX.DRIVERS",
  );

  const values = excelRange(1, 14);
  const labels = storeLabels(15);
  compareAndReport(
    "CX.SEGMENTS 1,048,576 values in 20 stores",
    () => segments(values as never, labels as never),
    () => sumPerLabel(values, labels),
    "plain loop summing 1,048,576 values per label (Map)",
    "CX.SEGMENTS",
  );
}
