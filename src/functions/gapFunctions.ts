/*
 * Gaps and priorities, the worksheet functions that load with the workbook: =CX.GAP, =CX.KEYEXP,
 * =CX.SERVQUAL and =CX.IPA. (The further measures are in ./measureFunctions; ./functions exports both.)
 *
 * Each is a plain function: it takes the 2-D arrays Excel passes, returns a 2-D array to spill, and
 * throws an ExcelFunctionError (code "#VALUE!", "#N/A", "#DIV/0!" or "#NUM!" with a message) for
 * input it cannot use. It runs in Node without Office. The JSDoc below is what Excel shows: the
 * build turns it into functions.json (custom-functions-metadata), and functions.zh-CN.json holds the
 * Chinese texts.
 *
 * Survey ranges are declared any[][] on purpose: with number[][] Excel desktop turns blank cells
 * into 0, which would silently lower every mean. How cells are read is in ./coercion.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes ranges of any cells; ./coercion decides. */
import { gapSpill } from "./gapSpill";
import { ipaSpill } from "./ipaSpill";
import { keyexpSpill } from "./keyexpSpill";
import { currentLocale } from "./locale";
import { servqualSpill } from "./servqualSpill";

/**
 * Satisfaction gap (experience − expectation) of each item: one row of mean gaps, one per item column. Negative means expectations were not met.
 * @customfunction GAP
 * @param {any[][]} experience Experience (perception) ratings: one row per respondent, one column per item. Blank cells and text are skipped.
 * @param {any[][]} expectation Expectation ratings for the same respondents and items, or one row with one expected value per item.
 * @param {boolean} [stats] TRUE adds rows under the gaps: n, SD, 95% CI low and high, paired t and p, with labels on the left. Default FALSE.
 * @returns {any[][]} Mean gap per item; with stats, a labelled block of statistics.
 * @example
 * // Experience in A2:B3 = {4,5;3,4}, expectation in D2:E3 = {5,5;4,4}
 * =CX.GAP(A2:B3, D2:E3)        // spills -1, 0 (item 1 fell short by one point, item 2 met expectations)
 * =CX.GAP(A2:B3, D2:E3, TRUE)  // adds n, SD, CI low, CI high, t and p under each gap
 * =CX.GAP(B2:F301, {5,5,4,5,4}) // expectations as one row of targets per item
 */
export function gap(experience: any[][], expectation: any[][], stats?: boolean): any[][] {
  return gapSpill({ experience, expectation, stats }, currentLocale());
}

/**
 * Key experiences: factors ranked by importance × shortfall, largest first (Factor, Importance, Performance, Shortfall, Score, Rank).
 * @customfunction KEYEXP
 * @param {any[][]} importance Importance of each factor: one row or column of values, or respondent rows (column means are used).
 * @param {any[][]} performance Performance (satisfaction) of each factor, in the same order: one row or column, or respondent rows.
 * @param {any[][]} [labels] Factor names, one per factor. Default: Item 1, Item 2, …
 * @param {any[][]} [reference] Top of the rating scale (shortfall = top − performance), or expectations per factor (shortfall = expectation − performance when positive). Default: 5, 7, 10 or 100, the smallest not below any performance answer.
 * @returns {any[][]} A table with a header row, one row per factor, sorted by score.
 * @example
 * =CX.KEYEXP({0.9,0.5,0.9}, {3,2,4}, {"Speed","Price","Staff"})
 * // Speed 0.9 × (5 − 3) = 1.8, rank 1; Price 0.5 × 3 = 1.5, rank 2; Staff 0.9 × 1 = 0.9, rank 3 (5-point scale inferred)
 * =CX.KEYEXP(B2:F301, H2:L301, B1:F1, 7) // respondent rows (column means), a 7-point scale
 */
export function keyexp(
  importance: any[][],
  performance: any[][],
  labels?: any[][],
  reference?: any[][],
): any[][] {
  return keyexpSpill({ importance, performance, labels, reference }, currentLocale());
}

/**
 * SERVQUAL scores: expectation, perception and gap (P − E) per dimension and overall, optionally weighted by importance points.
 * @customfunction SERVQUAL
 * @param {any[][]} perception Perception ratings: one row per respondent, one column per item (22 columns for the standard questionnaire); or item means in one row or column.
 * @param {any[][]} expectation Expectation ratings for the same respondents and items, or one row with one expected value per item.
 * @param {any[][]} [dimensions] Dimension name of each item column, e.g. Tangibles. Required unless there are 22 columns in the standard order (Tangibles 1–4, Reliability 5–9, Responsiveness 10–13, Assurance 14–17, Empathy 18–22).
 * @param {any[][]} [weights] Importance points per dimension (e.g. 100 in total), in the order the dimensions first appear: one row for everyone, or one row per respondent.
 * @returns {any[][]} A table with a header row, one row per dimension and an Overall row (weighted score under Weighted gap).
 * @example
 * =CX.SERVQUAL(Y2:AT201, B2:W201)  // the standard 22 items: Tangibles, Reliability, Responsiveness, Assurance, Empathy, Overall
 * =CX.SERVQUAL(H2:L201, B2:F201, {"Reliability","Reliability","Empathy","Empathy","Empathy"}, {60,40})
 * // two dimensions; Overall shows the mean gap and, under Weighted gap, 0.6 × Reliability gap + 0.4 × Empathy gap
 */
export function servqual(
  perception: any[][],
  expectation: any[][],
  dimensions?: any[][],
  weights?: any[][],
): any[][] {
  return servqualSpill({ perception, expectation, dimensions, weights }, currentLocale());
}

/**
 * Importance–performance analysis: the quadrant of each factor (Concentrate here, Keep up the good work, Low priority, Possible overkill).
 * @customfunction IPA
 * @param {any[][]} importance Importance of each factor: one row or column of values, or respondent rows (column means are used).
 * @param {any[][]} performance Performance (satisfaction) of each factor, in the same order: one row or column, or respondent rows.
 * @param {any[][]} [labels] Factor names, one per factor. Default: Item 1, Item 2, …
 * @param {any[][]} [crosshair] Where the quadrants divide: "mean" (default), "median", "scale" (midpoint of the 5, 7, 10 or 100-point scale the values lie on, from 1, or from 0 when a value is below 1), or two numbers {importance, performance}. On the line counts as high.
 * @returns {any[][]} A table with a header row (Factor, Importance, Performance, Quadrant), one row per factor.
 * @example
 * =CX.IPA({4.5,4.6,3.1,3.0}, {3.2,4.4,3.0,4.1})
 * // crosshair at the means (3.8, 3.675): Concentrate here, Keep up the good work, Low priority, Possible overkill
 * =CX.IPA(B2:F301, H2:L301, B1:F1, "scale") // crosshair at the midpoint of the rating scale, e.g. 3 on 1–5
 */
export function ipa(
  importance: any[][],
  performance: any[][],
  labels?: any[][],
  crosshair?: any[][],
): any[][] {
  return ipaSpill({ importance, performance, labels, crosshair }, currentLocale());
}
