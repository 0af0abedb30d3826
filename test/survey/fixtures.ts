import type { Cell, RawSurvey } from "../../src/survey";

/**
 * Eight respondents, three items in three header styles, stated importance, overall satisfaction, a store
 * segment; "n/a" and blanks are missing answers. Reference numbers in the tests come from NumPy 1.x / SciPy
 * (ttest_rel, t.ppf) over the same answers with NaN for the missing ones.
 */
export const STORE_SURVEY: RawSurvey = {
  sheetName: "Survey",
  address: "A1:L9",
  headers: [
    "Respondent ID",
    "Store",
    "Exp_Speed",
    "Perc_Speed",
    "Imp_Speed",
    "Staff (E)",
    "Staff (P)",
    "Staff importance",
    "Price expectation",
    "Price experience",
    "Price importance",
    "Overall satisfaction",
  ],
  rows: [
    [101, "=Downtown", 5, 4, 5, 4, 4, 3, 3, 3, 4, 4],
    [102, "Airport", 4, 3, 4, 4, 5, 4, "n/a", 2, 5, 3],
    [103, "=Downtown", 5, 4, 5, 5, 4, 3, 4, 4, 4, 4],
    [104, "Airport", 3, 3, 4, 4, 3, 4, 4, 5, 4, 4],
    [105, "+Mall", 4, 2, 5, "", 4, 2, 5, 3, 5, 2],
    [106, "+Mall", 5, 5, 5, 4, 5, 4, 3, 2, 4, 5],
    [107, "Airport", 4, 4, 4, 3, 4, 3, 4, 4, 5, 4],
    [108, "=Downtown", 5, 3, 5, 5, 4, 3, 5, "", 4, 3],
  ] as Cell[][],
};

/** The standard 22-item SERVQUAL layout, answers from a fixed formula (same in the NumPy reference). */
export function servqualSurvey(respondents: number): RawSurvey {
  const headers = [
    "ID",
    ...Array.from({ length: 22 }, (_, i) => `E${i + 1}`),
    ...Array.from({ length: 22 }, (_, i) => `P${i + 1}`),
  ];
  const rows: Cell[][] = [];
  for (let r = 0; r < respondents; r++) {
    const e = Array.from({ length: 22 }, (_, i) => ((r * 7 + i * 3) % 5) + 1);
    const p = Array.from({ length: 22 }, (_, i) => ((r * 5 + i * 2 + 1) % 5) + 1);
    rows.push([r + 1, ...e, ...p]);
  }
  return { sheetName: "Survey", address: `A1:AS${respondents + 1}`, headers, rows };
}

/**
 * Eight complete respondents, three items with each kind's columns side by side (expectation, perception,
 * importance), so every result block can be a live formula. Reference numbers in the tests: NumPy 1.x over
 * the same answers.
 */
export const SIDE_BY_SIDE_SURVEY: RawSurvey = {
  sheetName: "Survey",
  address: "A1:J9",
  headers: [
    "ID",
    "Exp_Speed",
    "Exp_Staff",
    "Exp_Price",
    "Perc_Speed",
    "Perc_Staff",
    "Perc_Price",
    "Imp_Speed",
    "Imp_Staff",
    "Imp_Price",
  ],
  rows: [
    [1, 5, 4, 3, 4, 4, 3, 5, 4, 3],
    [2, 4, 5, 4, 3, 5, 2, 4, 5, 4],
    [3, 5, 4, 4, 4, 3, 3, 5, 3, 4],
    [4, 3, 4, 5, 3, 4, 4, 4, 4, 5],
    [5, 4, 3, 4, 2, 4, 3, 5, 2, 5],
    [6, 5, 5, 3, 5, 5, 2, 5, 4, 4],
    [7, 4, 4, 4, 4, 3, 4, 4, 3, 5],
    [8, 5, 5, 5, 3, 4, 3, 5, 3, 4],
  ],
};
