/*
 * The further measures of the CX method as worksheet functions: the kinds of expectation (=CX.KANO), the
 * headline numbers (=CX.NPS, =CX.CSAT), and the checks behind them (=CX.ALPHA reliability, =CX.DRIVERS
 * derived importance, =CX.SEGMENTS stores against the rest). In Excel their code loads the first time one
 * of them calculates (see ./registerFunctions), so that the workbook opens with only ./gapFunctions.
 *
 * Plain functions, as in ./gapFunctions: 2-D arrays in, a 2-D array to spill out, ExcelFunctionError for
 * input they cannot use; they run in Node without Office. The JSDoc below is what Excel shows.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes ranges of any cells; ./coercion decides. */
import { alphaSpill } from "./alphaSpill";
import { csatSpill } from "./csatSpill";
import { driversSpill } from "./driversSpill";
import { kanoSpill } from "./kanoSpill";
import { currentLocale } from "./locale";
import { npsSpill } from "./npsSpill";
import { segmentsSpill } from "./segmentsSpill";

/**
 * Cronbach's alpha: do the items of one scale (a SERVQUAL dimension, an experience area) measure one thing? Above about 0.7 is usually acceptable.
 * @customfunction ALPHA
 * @param {any[][]} items Answers to the items of one scale: one row per respondent, one column per item. Blank cells and text are missing answers.
 * @param {boolean} [details] TRUE gives a block: alpha, its 95% confidence interval (Feldt), standardized alpha, n and k, then per item its mean, SD, item-rest correlation and alpha if deleted. Default FALSE: alpha alone.
 * @param {string} [missing] "listwise" (default): only respondents who answered every item; "pairwise": each covariance over the respondents who answered both items.
 * @param {any[][]} [labels] Item names, one per item column. Default: Item 1, Item 2, …
 * @returns {any[][]} Alpha; with details, a labelled block.
 * @example
 * // the 15 respondents × 10 items of Real Statistics' example 1 (also pingouin's cronbach_alpha data) in B2:K16
 * =CX.ALPHA(B2:K16)        // 0.591719 (0.5917188485995826 published)
 * =CX.ALPHA(B2:K16, TRUE)  // adds CI low 0.1949 and CI high 0.8398 (Feldt), standardized alpha 0.6343, n 15, k 10 and the item table
 * =CX.ALPHA(B2:F301, TRUE, "pairwise", B1:F1)
 */
export function alpha(items: any[][], details?: boolean, missing?: string, labels?: any[][]): any[][] {
  return alphaSpill({ items, details, missing, labels }, currentLocale());
}

/**
 * Key drivers: how much each experience drives the outcome (overall satisfaction, likelihood to recommend), as correlation, beta, relative weight and Shapley value, largest weight first.
 * @customfunction DRIVERS
 * @param {any[][]} outcome The outcome, one column with one value per respondent (e.g. overall satisfaction).
 * @param {any[][]} drivers The drivers' ratings for the same respondents: one row per respondent, one column per driver. Only respondents with the outcome and every driver answered are used.
 * @param {any[][]} [labels] Driver names, one per driver column. Default: Item 1, Item 2, …
 * @returns {any[][]} A table with a header row (Driver, r, Beta, Weight, Weight %, Shapley, Rank), one row per driver and a last row with R² and n.
 * @example
 * // R's mtcars: mpg in A2:A33; cyl, disp, hp, gear in B2:E33
 * =CX.DRIVERS(A2:A33, B2:E33, {"cyl","disp","hp","gear"})
 * // Weight: hp 0.2321744, cyl 0.2284797, disp 0.2221469, gear 0.0963886 (as the rwa package); R² (n = 32) 0.7791896
 */
export function drivers(outcome: any[][], drivers: any[][], labels?: any[][]): any[][] {
  return driversSpill({ outcome, drivers, labels }, currentLocale());
}

/**
 * Segments against the rest: does each store, region or channel score differently from everyone else? Welch's t per segment, adjusted p-values, and Welch's ANOVA across segments.
 * @customfunction SEGMENTS
 * @param {any[][]} values One score per respondent (a satisfaction score or a gap). Blank cells and text are left out.
 * @param {any[][]} segments The segment label of each respondent (e.g. store), a range of the same size as values. Upper and lower case count as the same label.
 * @param {string} [adjust] How p-values are adjusted for testing several segments: "holm" (default), "bh" (Benjamini–Hochberg) or "none".
 * @param {number} [confidence] Significant means adjusted p below 1 − confidence. Default 0.95.
 * @returns {any[][]} A table with a header row (Segment, n, Mean, SD, Difference, Statistic, df, p, Adjusted p, Significant), one row per segment and an All row with Welch's ANOVA.
 * @example
 * // scores {5,4,5,3,2,3,4,5} in A2:A9, stores {"North","North","north","South","South","South","East","East"} in B2:B9
 * =CX.SEGMENTS(A2:A9, B2:B9)
 * // South: n 3, mean 2.667, difference −1.933, t −4.674, df 4.14, p 0.0087, Holm-adjusted 0.0262, significant TRUE
 * // All: n 8, mean 3.875, Welch's F 8.079 on df 2.618, p 0.0759
 */
export function segments(values: any[][], segments: any[][], adjust?: string, confidence?: number): any[][] {
  return segmentsSpill({ values, segments, adjust, confidence }, currentLocale());
}

/**
 * Kano classification of features from paired questions ("How would you feel if it had X?" / "… did not have X?"): Must-be (basic expectation), One-dimensional (expected), Attractive (excitement), Indifferent, Reverse or Questionable, with Better/Worse coefficients.
 * @customfunction KANO
 * @param {any[][]} functional Answers to the functional question ("has X"): one row per respondent, one column per feature. 1 I like it, 2 I expect it, 3 I am neutral, 4 I can live with it, 5 I dislike it, or those texts in English or Chinese (喜欢, 理所当然, 无所谓, 能忍受, 不喜欢). Anything else is a missing answer.
 * @param {any[][]} dysfunctional Answers to the dysfunctional question ("does not have X") for the same respondents and features, coded the same way.
 * @param {any[][]} [labels] Feature names, one per feature column. Default: Item 1, Item 2, …
 * @param {any} [answer_scale] 5 (default: the five answers above) or 3 (1 like, 2 neutral, 3 dislike; classified like answers 1, 3 and 5).
 * @param {any} [tie_threshold] When the most frequent category leads the next by at most this share of answers, the one first in Must-be > One-dimensional > Attractive > Indifferent > Reverse > Questionable wins. Default 0.06.
 * @returns {any[][]} A table with a header row (Feature, n, M, O, A, I, R, Q, Category, Category strength, Total strength, Better, Worse, Significant), one row per feature.
 * @example
 * // 296 respondents; "Service app" tallies M 95, O 123, A 45, I 33 (stp25kano's published table)
 * =CX.KANO(B2:F297, H2:L297, B1:F1)
 * // Service app: One-dimensional, category strength 0.095, total strength 0.889, Better 0.568, Worse −0.736, Significant TRUE
 * =CX.KANO({1;1;3}, {5;3;5}, "Mobile app") // n 3: O 1, A 1, M 1, Must-be by the tie rule; Better 0.667, Worse −0.667
 */
export function kano(
  functional: any[][],
  dysfunctional: any[][],
  labels?: any[][],
  answer_scale?: any,
  tie_threshold?: any,
): any[][] {
  return kanoSpill(
    { functional, dysfunctional, labels, answerScale: answer_scale, tieThreshold: tie_threshold },
    currentLocale(),
  );
}

/**
 * Net Promoter Score of 0–10 "how likely are you to recommend us" answers, with its standard error and confidence interval; by group with a test against the rest.
 * @customfunction NPS
 * @param {any[][]} scores Answers from 0 to 10, one per respondent (a column, a row or any range). Blanks and text are skipped; another number is an error.
 * @param {any[][]} [groups] A group label beside each score (store, region, channel…), same size as scores. Adds a row per group and, for each, its difference from everyone else with z and p.
 * @param {any} [confidence] Confidence level of the interval, between 0 and 1. Default 0.95.
 * @returns {any[][]} A table with a header row (Group, n, Promoters, Passives, Detractors, NPS, SE, CI low, CI high; with groups also Difference vs rest, z, p): groups in order of first appearance, then All.
 * @example
 * =CX.NPS({10;9;9;8;7;6;3;10;9;0}) // All: n 10, promoters 0.5, passives 0.2, detractors 0.3, NPS 20, SE 27.57 (95% CI −34.0 to 74.0)
 * =CX.NPS(C2:C325, B2:B325) // one row per store in column B, then All
 */
export function nps(scores: any[][], groups?: any[][], confidence?: any): any[][] {
  return npsSpill({ scores, groups, confidence }, currentLocale());
}

/**
 * Customer satisfaction (CSAT): the share of respondents in the top boxes of the rating scale, with a Wilson confidence interval; by group if given.
 * @customfunction CSAT
 * @param {any[][]} scores Satisfaction ratings, one per respondent (a column, a row or any range). Blanks and text are skipped.
 * @param {any} [top_box] How many top points of the scale count as satisfied. Default 2 (4 and 5 on a 1–5 scale).
 * @param {any} [scale_top] The top of the rating scale. Default: 5, 7, 10 or 100, the smallest not below any answer.
 * @param {any[][]} [groups] A group label beside each score (store, region, channel…), same size as scores. Adds a row per group.
 * @param {any} [confidence] Confidence level of the interval, between 0 and 1. Default 0.95.
 * @returns {any[][]} A table with a header row (Group, n, Satisfied, CSAT, CI low, CI high): groups in order of first appearance, then All.
 * @example
 * =CX.CSAT(B2:B21) // 18 of 20 answered 4 or 5: CSAT 0.9, 95% CI 0.699 to 0.972 (Wilson)
 * =CX.CSAT(D2:D501, 3, 10, A2:A501) // top 3 boxes (8–10) of a 0–10 scale, by region
 */
export function csat(
  scores: any[][],
  top_box?: any,
  scale_top?: any,
  groups?: any[][],
  confidence?: any,
): any[][] {
  return csatSpill({ scores, topBox: top_box, scaleTop: scale_top, groups, confidence }, currentLocale());
}
