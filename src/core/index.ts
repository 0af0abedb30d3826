/**
 * CX Gap's statistics core: pure functions over survey answers, no Office, no DOM.
 * Every function validates its input first and throws CoreInputError rather than return NaN.
 */

// Answers and errors
export type { Answer, AnswerMatrix } from "./answer";
export { CoreInputError, type CoreInputReason } from "./coreInputError";

// Descriptive statistics (missing answers skipped)
export { count } from "./count";
export { mean } from "./mean";
export { median } from "./median";
export { sampleStandardDeviation } from "./sampleStandardDeviation";
export { pearsonCorrelation } from "./pearsonCorrelation";
export { cronbachAlpha } from "./cronbachAlpha";

// Student's t distribution
export { studentTQuantile, studentTTwoSidedPValue } from "./studentT";

// Satisfaction gaps (experience − expectation)
export { pairedDifferenceSummary, type PairedDifferenceSummary } from "./pairedDifferenceSummary";
export { itemGaps } from "./itemGaps";
export { satisfactionGap } from "./satisfactionGap";

// SERVQUAL
export {
  SERVQUAL_DIMENSION_KEYS,
  STANDARD_SERVQUAL_DIMENSION_OF_ITEM,
  type ServqualDimensionKey,
} from "./servqualDimensions";
export { servqualScores, type ServqualDimensionScore, type ServqualResult } from "./servqualScores";
export type { DimensionWeights } from "./dimensionWeights";

// Rating scales
export { inferScaleRange, inferScaleTop, RECOGNISED_SCALE_TOPS } from "./inferScale";

// Key experiences
export { keyExperiences, type KeyExperience } from "./keyExperiences";

// Importance–performance analysis
export {
  importancePerformance,
  type Crosshair,
  type ImportancePerformanceResult,
  type Quadrant,
} from "./importancePerformance";

// Names of quadrants and dimensions, in English and Chinese (one list for every layer)
export {
  EXPERIENCE_CONTENT_NAMES,
  itemName,
  NUMBERED_ITEM_WORD,
  QUADRANT_MEANINGS,
  QUADRANT_NAMES,
  SERVQUAL_DIMENSION_NAMES,
  SERVQUAL_ITEM_NAMES,
  type ExperienceContentKey,
  type NameLanguage,
} from "./domainNames";
