/** The five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry, 1988). */
export type ServqualDimensionKey = "tangibles" | "reliability" | "responsiveness" | "assurance" | "empathy";

/** The dimensions in the order of the standard questionnaire. */
export const SERVQUAL_DIMENSION_KEYS: readonly ServqualDimensionKey[] = Object.freeze([
  "tangibles",
  "reliability",
  "responsiveness",
  "assurance",
  "empathy",
] as const);

/**
 * Dimension of each of the 22 items of the standard SERVQUAL questionnaire, item 1 first:
 * tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22
 * (Parasuraman, Zeithaml & Berry, "SERVQUAL: a multiple-item scale for measuring consumer perceptions
 * of service quality", Journal of Retailing 64(1), 1988).
 *
 * Pass it as `dimensionOfItem` to servqualScores when the survey uses the standard 22 items in order.
 *
 * @example
 * STANDARD_SERVQUAL_DIMENSION_OF_ITEM[4] // => "reliability" (item 5)
 */
export const STANDARD_SERVQUAL_DIMENSION_OF_ITEM: readonly ServqualDimensionKey[] = Object.freeze([
  ...Array<ServqualDimensionKey>(4).fill("tangibles"),
  ...Array<ServqualDimensionKey>(5).fill("reliability"),
  ...Array<ServqualDimensionKey>(4).fill("responsiveness"),
  ...Array<ServqualDimensionKey>(4).fill("assurance"),
  ...Array<ServqualDimensionKey>(5).fill("empathy"),
]);
