/**
 * CX Gap's statistics core: pure functions over survey answers, no Office, no DOM.
 * Every function validates its input first and throws CoreInputError rather than return NaN.
 */

// Answers and errors
export type { Answer, AnswerMatrix } from "./answer";
export {
  CoreInputError,
  type CoreInputReason,
  type CoreProblem,
  type CoreProblemCode,
} from "./coreInputError";

// The cell policy: which cells are answers (worksheet functions and the pasted survey), Excel's error values
export {
  basicValueOf,
  EXCEL_ERROR_VALUES,
  excelErrorCodeOf,
  isBlankCell,
  numberFromText,
  pastedSurveyAnswer,
  worksheetFunctionAnswer,
} from "./cellPolicy";

// Exact sums, and numbers compared as Excel shows them (15 significant digits)
export { ExactSum, exactSum } from "./exactSum";
export { asExcelShows, compareAsExcelShows, differenceAsExcelShows, excelEqual } from "./asExcelShows";

// Descriptive statistics (missing answers skipped)
export { count } from "./count";
export { mean } from "./mean";
export { extent } from "./extent";
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
export {
  weightsProblem,
  type DimensionWeights,
  type GivenWeights,
  type WeightsProblem,
} from "./dimensionWeights";
export { groupDimensions } from "./groupDimensions";

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

// The language of every text a user reads (English or Chinese)
export { languageOf, type Language } from "./language";

// Names of quadrants and dimensions, in English and Chinese (one list for every layer)
export {
  EXPERIENCE_CONTENT_NAMES,
  itemName,
  JOURNEY_STAGE_NAMES,
  NUMBERED_ITEM_WORD,
  QUADRANT_MEANINGS,
  QUADRANT_NAMES,
  SERVQUAL_DIMENSION_NAMES,
  SERVQUAL_ITEM_NAMES,
  type ExperienceContentKey,
  type JourneyStageKey,
  type NameLanguage,
} from "./domainNames";

// Fisher's F distribution (Feldt's interval, Welch's ANOVA)
export { fisherFCdf, fisherFQuantile, fisherFUpperTail } from "./distributions/fisherF";

// Scale reliability (Cronbach's alpha with Feldt's interval)
export {
  itemCovariance,
  itemVariances,
  type ItemCovariance,
  type ItemVariances,
  type MissingAnswers,
} from "./itemCovariance";
export {
  cronbachAlphaOf,
  scaleReliability,
  type ItemReliability,
  type ScaleReliability,
} from "./scaleReliability";

// Key drivers (derived importance: regression, Johnson's relative weights, Shapley values of R²)
export {
  completeCovariance,
  completeVariances,
  covarianceOfBlocks,
  NARROW_LOWEST,
  SMALL_WHOLE,
  type BlockNote,
  variancesOfBlocks,
  type BlockFiller,
  type CovarianceSummary,
  type VarianceSummary,
} from "./matrix/completeCovariance";
export { symmetricEigen, type SymmetricEigen } from "./matrix/symmetricEigen";
export { relativeWeights, type RelativeWeights } from "./relativeWeights";
export { SHAPLEY_MAX_DRIVERS, shapleyR2 } from "./shapleyR2";
export { keyDrivers, type KeyDriver } from "./keyDrivers";

// Segments against the rest (Welch's t and ANOVA, adjusted p-values)
export { adjustPValues, type PValueAdjustment } from "./adjustPValues";
export { welchAnova, welchTTest, type GroupSummary, type TestResult } from "./welchTests";
export { segmentComparison, type SegmentComparison, type SegmentResult } from "./segmentComparison";
// The normal distribution
export { normalCdf, normalQuantile, normalTwoSidedPValue } from "./distributions/normal";

// Kano classification (must-be = basic, one-dimensional = expected, attractive = excitement expectation)
export {
  KANO_ANSWER_TEXTS,
  KANO_ANSWERS,
  kanoAnswerCode,
  kanoAnswerCodeOfText,
  type KanoAnswer,
  type KanoAnswerScale,
} from "./kano/kanoAnswer";
export {
  EXPECTATION_KIND_OF_KANO_CATEGORY,
  KANO_CATEGORIES,
  type ExpectationKind,
  type KanoCategory,
  type KanoCounts,
} from "./kano/kanoCategory";
export {
  kanoCategoryOf,
  kanoCounts,
  kanoCountsOfCells,
  KANO_CELL_OF_CODES,
  KANO_TABLE_CELLS,
} from "./kano/kanoEvaluation";
export {
  DEFAULT_KANO_TIE_THRESHOLD,
  kanoClassification,
  type KanoClassification,
} from "./kano/kanoClassification";
export { EXPECTATION_KIND_NAMES, KANO_CATEGORY_NAMES } from "./kano/kanoNames";

// Headline loyalty and satisfaction numbers (NPS, CSAT) with their margins of error
export {
  compareNetPromoterScores,
  confidenceZ,
  netPromoterScore,
  type NetPromoterComparison,
  type NetPromoterScore,
  type NetPromoterTally,
} from "./netPromoterScore";
export { wilsonScoreInterval } from "./wilsonScoreInterval";
export { compareProportions, type ProportionComparison } from "./compareProportions";
