/*
 * CX.KANO, CX.NPS and CX.CSAT as Excel calls them, on 1,048,576 respondents of Excel-shaped cells (one
 * array per row, parsed from JSON as the host's values arrive; about 3 % blanks as null or as empty text;
 * group labels as separate strings), each against a plain loop over the same cells, measured in one run:
 *   CX.KANO, 5 features (functional and dysfunctional, 1–5, 2 % typed answers such as "I like it"), against
 *     a loop that adds up the numbers of both ranges;
 *   CX.NPS and CX.CSAT on one column of answers, against a loop that adds up its numbers;
 *   CX.NPS and CX.CSAT by store (8 stores), against a loop that adds up the answers by store label in a Map,
 *     the least any grouped tally must do.
 * Goal: each at most 3× its plain loop.
 */
import { csat, kano, nps } from "../src/functions/functions";
import { compareAndReport, EXCEL_ROWS, seededRandom } from "./measure";

const FEATURES = 5;
const TEXTS = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];

function blankOr(random: () => number, answer: () => unknown): unknown {
  const draw = random();
  return draw < 0.015 ? null : draw < 0.03 ? "" : answer();
}

export function kanoRanges(): { functional: unknown[][]; dysfunctional: unknown[][] } {
  const random = seededRandom(11);
  const answer = () => {
    const code = 1 + Math.floor(random() * 5);
    return random() < 0.02 ? TEXTS[code - 1] : code;
  };
  const range = () =>
    asDelivered(
      Array.from({ length: EXCEL_ROWS }, () =>
        Array.from({ length: FEATURES }, () => blankOr(random, answer)),
      ),
    );
  return { functional: range(), dysfunctional: range() };
}

/** Cells as the host delivers them: parsed from JSON (whole numbers as small integers, each text its own string). */
export function asDelivered(range: unknown[][]): unknown[][] {
  return JSON.parse(JSON.stringify(range)) as unknown[][];
}

export function scoreColumn(top: number, seed: number): unknown[][] {
  const random = seededRandom(seed);
  return asDelivered(
    Array.from({ length: EXCEL_ROWS }, () => [blankOr(random, () => Math.round(random() * top))]),
  );
}

export function storeColumn(): unknown[][] {
  const random = seededRandom(13);
  // a new string per cell, as labels arrive from Excel
  return Array.from({ length: EXCEL_ROWS }, () => [
    ["Store ", String(1 + Math.floor(random() * 8))].join(""),
  ]);
}

/** The least a scorer must do: visit every cell once and add up the numbers. */
function sumOfNumbers(...ranges: unknown[][][]): number {
  let sum = 0;
  for (const range of ranges) {
    for (let r = 0; r < range.length; r++) {
      const row = range[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell === "number") sum += cell;
      }
    }
  }
  return sum;
}

/** The least a grouped tally must do: add each number to its label's total, found in a Map. */
function sumByLabel(scores: unknown[][], labels: unknown[][]): Map<unknown, number> {
  const totals = new Map<unknown, number>();
  for (let r = 0; r < scores.length; r++) {
    const cell = scores[r]![0];
    if (typeof cell === "number") {
      const label = labels[r]![0];
      totals.set(label, (totals.get(label) ?? 0) + cell);
    }
  }
  return totals;
}

export default function kanoNpsCsatBench(): void {
  const { functional, dysfunctional } = kanoRanges();
  compareAndReport(
    `kano 1,048,576 × ${FEATURES} features (Excel-shaped, 2 % typed answers)`,
    () => kano(functional as never, dysfunctional as never),
    () => sumOfNumbers(functional, dysfunctional),
    `plain loop summing 1,048,576 × ${2 * FEATURES} cells`,
  );

  const recommend = scoreColumn(10, 17);
  const satisfaction = asDelivered(
    scoreColumn(4, 19).map(([cell]) => [typeof cell === "number" ? cell + 1 : cell]),
  );
  const stores = storeColumn();
  compareAndReport(
    "nps 1,048,576 answers",
    () => nps(recommend as never),
    () => sumOfNumbers(recommend),
    "plain loop summing 1,048,576 answers",
  );
  compareAndReport(
    "nps 1,048,576 answers by 8 stores",
    () => nps(recommend as never, stores as never),
    () => sumByLabel(recommend, stores),
    "plain loop summing 1,048,576 answers by store label (Map)",
  );
  compareAndReport(
    "csat 1,048,576 answers",
    () => csat(satisfaction as never),
    () => sumOfNumbers(satisfaction),
    "plain loop summing 1,048,576 answers",
  );
  compareAndReport(
    "csat 1,048,576 answers by 8 stores",
    () => csat(satisfaction as never, null, null, stores as never),
    () => sumByLabel(satisfaction, stores),
    "plain loop summing 1,048,576 answers by store label (Map)",
  );
}
