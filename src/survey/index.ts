// The survey model: from a raw range to a CX analysis. Pure, no Office.

// Types
export * from "./types";

// Reading a survey
export { answerOf, scaledAnswerOf } from "./answers";
export { readHeader, itemKey, normalizeHeader, type HeaderReading } from "./headerPatterns";
export { detectColumnRoles } from "./detectColumnRoles";
export { pairItems } from "./pairItems";
export { detectScale } from "./detectScale";
export { resolveRoles } from "./resolveRoles";
export { suggestItemNames, wordingIn } from "./itemNames";

// Text typed by users: lookups and comparisons
export { ownValue, sameText, textKey, textRecord, valueForText } from "./textKeys";

// Frameworks and settings
export {
  EXPERIENCE_CONTENTS,
  dimensionMapFor,
  guessExperienceContents,
  servqualDimensionOfItem,
} from "./frameworks";
export { defaultSettings, parseSettings } from "./defaultSettings";
export { JOURNEY_STAGES, guessJourneyStages, journeyOf } from "./journey";

// Analysis
export { analyzeSurvey } from "./analyzeSurvey";
export { FIX_FIRST_COUNT, SIGNIFICANCE, priorityMatrixOf, shareBelow } from "./priorities";
export { analyzeSegments } from "./segments";
export { headlineMeasures, type HeadlineColumns } from "./headlineMeasures";
export { deriveImportance, derivedFromFewRespondents, type DriverOutcome } from "./derivedImportance";
export { dimensionReliability } from "./reliability";

// Kano: the kind of expectation each feature is
export { readKanoHeader, type KanoHeaderReading, type KanoSide } from "./kanoHeaders";
export { detectKanoColumns, detectKanoScale, kanoCodeOfCell, pairKanoFeatures } from "./kanoFeatures";
export { DELIGHT_BETTER, analyzeKano, linkKanoFeatures, suggestKanoNames } from "./analyzeKano";
export { analyzeWaves } from "./waves";
export {
  assignWaves,
  countWaves,
  countWavesInColumn,
  dayOfSerial,
  wavePeriodFor,
  type WaveAssignment,
  type WaveCounts,
} from "./waveLabels";

// Result blocks: the registry every layer's block list follows
export {
  SURVEY_BLOCKS,
  RESULT_BLOCK_KEYS,
  inBlockOrder,
  type ResultBlockKey,
  type SurveyBlock,
  type AnalysisContext,
} from "./blocks";
