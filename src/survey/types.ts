// Over 300 lines on purpose: the survey model's data types, the one contract the excel layer and the pane
// share, kept in one file so that a result's shape and its doc comments are read in one place.
/**
 * The survey model shared by the excel layer (which reads and writes workbooks) and the taskpane (which lets a
 * manager check and correct it). Pure data: everything here is serializable and free of Office types.
 */

import type {
  ExperienceContentKey,
  ExpectationKind,
  KanoAnswerScale,
  KanoCategory,
  KanoCounts,
  Quadrant,
  NetPromoterScore,
  ServqualDimensionScore,
} from "../core";
import type { BlockResults } from "./blocks";

/** One cell value as Excel returns it in `Range.values` (an empty cell arrives as ""). */
export type Cell = string | number | boolean | null;

/** A rectangular survey range: first row headers, then one row per respondent. */
export interface RawSurvey {
  /** worksheet the survey was read from */
  sheetName: string;
  /** A1 address of the whole range including the header row, without the sheet name ("A1:AX1001") */
  address: string;
  headers: string[];
  /** rows[r][c]: respondent r, column c; same column count as headers */
  rows: Cell[][];
  /** how the range was found: the selection itself, the Excel table around it, or its surrounding region */
  origin?: "selection" | "table" | "currentRegion" | "settings";
  /** name of the Excel table when origin is "table" */
  tableName?: string;
  /**
   * the data rows read (A1, without the sheet name), when a selection took only some of the Excel table's rows;
   * the headers then come from the table's header row and `address` spans from it to the last row read
   */
  tableRows?: string;
  /** what the read left out of an Excel table: its total row, rows its filter (or the user) hid */
  leftOut?: { totalRow: boolean; hiddenRows: number };
  /**
   * the range read was the whole block of data around it (found around one cell, or a selection equal to it):
   * Refresh then reads the block as it is then, with the rows added under it (next quarter's respondents)
   */
  wholeRegion?: boolean;
}

/** What a survey column holds. */
export type ColumnRole =
  | "respondentId"
  | "segment"
  | "expectation"
  | "perception"
  | "importance"
  | "overall"
  /** a Kano question asked with the feature present ("How do you feel if … has X?") */
  | "kanoFunctional"
  /** the same feature's question asked with it absent ("… does not have X?") */
  | "kanoDysfunctional"
  /** 0–10 "how likely are you to recommend us": the Net Promoter Score's question */
  | "recommend"
  /** the survey wave (round, quarter or date) each respondent answered in */
  | "wave"
  | "ignore";

export const COLUMN_ROLES: readonly ColumnRole[] = [
  "respondentId",
  "segment",
  "expectation",
  "perception",
  "importance",
  "overall",
  "kanoFunctional",
  "kanoDysfunctional",
  "recommend",
  "wave",
  "ignore",
];

export interface ColumnAssignment {
  /** zero-based index into RawSurvey.headers */
  column: number;
  header: string;
  role: ColumnRole;
  /**
   * pairing key shared by an item's expectation, perception and importance columns ("1", "speed"), or by a
   * Kano feature's functional and dysfunctional columns
   */
  item?: string;
}

export interface AnswerScale {
  bottom: number;
  top: number;
}

export interface ItemPair {
  item: string;
  expectationColumn: number;
  perceptionColumn: number;
  importanceColumn?: number;
}

export interface DetectedLayout {
  columns: ColumnAssignment[];
  scale: AnswerScale;
  /** in column order of the perception columns */
  pairs: ItemPair[];
  /**
   * servqual22 when the items are exactly 1…22; journey when every item's headers name a journey stage
   * (售前/售中/售后, pre-sale…); otherwise experienceContents
   */
  suggestedFramework: Framework;
  /** non-fatal findings (duplicate headers, unpaired columns, text in answer columns) */
  problems: SurveyProblem[];
  /** Kano features whose functional and dysfunctional columns were both found, in column order */
  kanoFeatures: KanoFeaturePair[];
  /** the scale of the Kano answers given as numbers: 3 when every such number is 1–3, otherwise 5 */
  kanoScale: KanoAnswerScale;
}

/** One Kano feature's two questions: the columns of its functional and dysfunctional answers. */
export interface KanoFeaturePair {
  /** pairing key of the two columns ("1" of "K1 功能"/"K1 反向", "speed" of "F_speed"/"D_speed") */
  feature: string;
  functionalColumn: number;
  dysfunctionalColumn: number;
}

/**
 * How items are grouped into dimensions: the 22 SERVQUAL statements, the six experience contents, the three
 * stages of the customer journey (before, during and after the purchase), or the manager's own map.
 */
export type Framework = "servqual22" | "experienceContents" | "journey" | "custom";

/**
 * How a wave column of dates makes waves: each date as written, or the dates of one calendar month, quarter
 * or year together. A wave column of labels ("2026Q1", "第1期", "Wave 2") is read as written.
 */
export type WavePeriod = "asWritten" | "month" | "quarter" | "year";

export const WAVE_PERIODS: readonly WavePeriod[] = ["asWritten", "month", "quarter", "year"];

/** The six experience-content groups a custom item map can use (core names them). */
export type ExperienceContent = ExperienceContentKey;

export type CrosshairRule = "mean" | "median" | "scale";

/**
 * Which importance–performance matrix decides the quadrants. "gap": importance against the gap (experience −
 * expectation) with the performance line at gap 0, so an item below expectation is never "keep up the good
 * work" or "possible overkill"; "classic": Martilla & James's importance against performance, crosshairs at
 * the crosshair rule (the means by default).
 */
export type PriorityMatrix = "gap" | "classic";

export type OutputMode = "values" | "formulas";

export const SETTINGS_VERSION = 1;

/** Everything needed to repeat an analysis on the current data (saved in the workbook for Refresh). */
export interface AnalysisSettings {
  version: typeof SETTINGS_VERSION;
  source: {
    sheetName: string;
    /** address of the survey range including its header row, without the sheet name */
    address: string;
    tableName?: string;
    /** the table's data rows a selection took (RawSurvey.tableRows): Refresh reads these, not the whole table */
    tableRows?: string;
    /** the range was its whole block of data (RawSurvey.wholeRegion): Refresh reads the block grown or shrunk */
    wholeRegion?: boolean;
  };
  /** one per survey column; matched by header on Refresh */
  roles: ColumnAssignment[];
  scale: AnswerScale;
  framework: Framework;
  /** item key → dimension label (SERVQUAL dimension key, ExperienceContent or a custom name) */
  dimensionOfItem: Record<string, string>;
  /**
   * item key → the item's name as results show it ("Keeps promises"): from the headers' wording, the
   * standard SERVQUAL statements, or typed by the manager; items without one read "Item 7"
   */
  itemNames?: Record<string, string>;
  /** dimension label → importance points (usually summing to 100); absent = unweighted */
  weights?: Record<string, number>;
  crosshair: CrosshairRule;
  /** absent in settings saved before it existed: read as "gap" (see priorityMatrixOf) */
  priorityMatrix?: PriorityMatrix;
  /** the scale of Kano answers given as numbers (1–5 or 1–3); absent: 5 */
  kanoScale?: KanoAnswerScale;
  /** Kano feature key → its name as results show it (from the headers' wording or typed by the manager) */
  kanoNames?: Record<string, string>;
  output: OutputMode;
  /**
   * With a wave column of dates: how its dates make waves. Absent (also in settings saved before waves
   * existed) = chosen from the dates each time (see wavePeriodFor), so next quarter's rows join on Refresh.
   */
  wavePeriod?: WavePeriod;
}

/** Problem codes the taskpane turns into message-bar text. Parameters are in the problem itself. */
export type SurveyProblemCode =
  | "noRows" // survey has headers but no respondents
  | "noPairs" // no expectation/perception pair (error)
  | "columnMissing" // a column named in the settings is no longer in the survey (header)
  | "duplicateHeader" // header repeated (column, header)
  | "unpairedColumn" // expectation or perception column without partner (column, header)
  | "nonNumericAnswers" // text or logical values in an answer column, treated as missing (column, count)
  | "outOfScale" // numbers outside the scale, treated as missing (column, count)
  | "itemWithoutDimension" // item not mapped to a dimension; left out of dimension scores (item)
  | "dimensionWithoutAnswers" // no respondent answered a pair of this dimension (dimension)
  | "tooFewRespondents" // fewer than 2 respondents with paired answers for an item (item, count)
  | "invalidWeights" // weights negative, all zero or naming unknown dimensions
  | "importanceDerived" // no importance columns: importance = correlation with overall satisfaction (info)
  | "importanceUnavailable" // no importance and no overall column: no key experiences or quadrants
  | "importanceUndefined" // correlation undefined for an item (constant answers) (item)
  | "servqualItemsMissing" // SERVQUAL-22 chosen but items 1…22 not all present (count)
  | "unpairedKanoColumn" // a Kano question without its functional or dysfunctional partner (column, header)
  | "kanoAnswersUnread" // cells of a Kano column that are no answer on the Kano scale (column, header, count)
  | "kanoFeatureUnanswered" // no respondent answered both questions of a Kano feature (item)
  | "calculationFailed" // a statistic could not be computed (functionName, reason)
  | "oneWaveOnly" // a wave column, but its answers make only one wave: nothing to compare yet (count = respondents)
  | "rowsWithoutWave"; // respondents with a blank or unreadable wave cell, left out of the waves (count)

export interface SurveyProblem {
  code: SurveyProblemCode;
  severity: "error" | "warning" | "info";
  column?: number;
  header?: string;
  item?: string;
  dimension?: string;
  count?: number;
  functionName?: string;
  reason?: string;
}

export type { Quadrant };

export interface ItemGapResult {
  item: string;
  /** the item's name from the settings (AnalysisSettings.itemNames), when it has one */
  name?: string;
  dimension?: string;
  expectationMean: number | undefined;
  perceptionMean: number | undefined;
  /** mean of perception − expectation over respondents who answered both */
  gap: number | undefined;
  n: number;
  /** respondents missing at least one of the two answers */
  missing: number;
  sd: number | undefined;
  ciLow: number | undefined;
  ciHigh: number | undefined;
  t: number | undefined;
  p: number | undefined;
}

/** A dimension's scores, exactly as the statistics core computes them (see servqualScores). */
export type DimensionScoreResult = ServqualDimensionScore;

/**
 * Where key experiences' importance comes from: the importance columns ("stated"), Johnson's relative weights
 * of the perception items on overall satisfaction or, without it, the recommend question
 * ("derivedRelativeWeights", see DerivedImportance), or — when too few respondents answered every item for
 * the weights — each item's correlation with overall satisfaction ("derivedFromOverall").
 */
export type ImportanceSource = "stated" | "derivedRelativeWeights" | "derivedFromOverall";

export interface KeyExperienceResult {
  item: string;
  /** the item's name from the settings, when it has one */
  name?: string;
  importance: number;
  performance: number;
  shortfall: number;
  score: number;
  rank: number;
}

export interface QuadrantResult {
  item: string;
  /** the item's name from the settings, when it has one */
  name?: string;
  importance: number;
  performance: number;
  /** experience − expectation: the x of the gap matrix */
  gap: number;
  quadrant: Quadrant;
}

/**
 * An item's place in the one ranking every view uses (pane, summary, details, action plan): priority =
 * importance × how far the experience falls below expectation (the key-experience score), highest first.
 */
export interface PriorityResult {
  item: string;
  dimension?: string;
  /** 1 = fix first */
  rank: number;
  /** importance × shortfall; 0 for an item that meets its expectation */
  priority: number;
  /** experience − expectation (negative: below expectation) */
  gap: number;
  /** max(expectation − experience, 0) */
  shortfall: number;
  /** undefined when the survey has neither importance nor overall satisfaction (priority = shortfall) */
  importance?: number;
  /** share of respondents (with both answers) whose experience fell below their own expectation, 0–1 */
  shareBelow: number;
  /** the paired t-test says the item is below expectation (gap < 0, p < 0.05) */
  significantlyBelow: boolean;
  quadrant?: Quadrant;
  /** one of the 3–5 things to fix first */
  fixFirst: boolean;
  /** the kind of expectation the item is, from the Kano feature linked to it */
  kanoKind?: ExpectationKind;
  /**
   * why the item stands where it does when that is not its priority alone: "unmetBasic" — a basic (must-be)
   * expectation below expectation comes first, since its absence dissatisfies and its presence earns nothing
   */
  reason?: "unmetBasic";
  /** with a segment column: the segment where the item's gap is lowest (at least 2 paired answers there) */
  worstSegment?: { segment: string; gap: number; n: number };
}

/** The gaps of a group of the survey's respondents (a segment, a wave), scored as the whole survey's. */
export interface GroupGaps {
  /** respondents in the group */
  respondents: number;
  /** mean paired gap per item key (undefined without a paired answer in the group) */
  itemGaps: Record<string, number | undefined>;
  /** respondents of the group with both answers, per item key */
  itemN: Record<string, number>;
  /** gap per dimension key, scored as the whole survey's dimensions (SERVQUAL averaging, same weights) */
  dimensionGaps: Record<string, number | undefined>;
  /** the overall gap (mean of the dimension gaps), when dimensions could be scored */
  overallGap?: number;
}

/** One segment (store, channel…) of the survey, from its segment column. */
export interface SegmentResult extends GroupGaps {
  segment: string;
  /** this segment's own fix-first items, highest priority first (item keys) */
  topFixes: string[];
  /**
   * Whether the segment's respondents differ from everyone else on their mean gap over the items they
   * answered (Welch's t against the rest, p adjusted over the segments by Holm's method); absent when a side
   * has fewer than 2 respondents or no spread.
   */
  versusRest?: {
    difference: number;
    t: number;
    df: number;
    p: number;
    adjustedP: number;
    significant: boolean;
  };
}

export interface SegmentAnalysis {
  /** header of the segment column */
  header: string;
  segments: SegmentResult[];
}

/** A segment's measure against everyone else's (two-sample z test), Holm-adjusted over the segments. */
export interface VersusRest {
  /** the segment's measure − the rest's (NPS points; CSAT as a share, 0–1) */
  difference: number;
  z: number;
  p: number;
  adjustedP: number;
  /** adjusted p below 0.05 */
  significant: boolean;
}

/** Net Promoter Score of a group: shares 0–1, NPS, SE and the 95 % interval in points (−100…100), as core gives it. */
export type NpsResult = NetPromoterScore;

/** CSAT of a group: satisfied respondents (top-2-box), their share and its 95 % Wilson interval (0–1). */
export interface CsatResult {
  n: number;
  satisfied: number;
  csat: number;
  ciLow: number;
  ciHigh: number;
}

export type SegmentMeasure<T> = T & { segment: string; versusRest?: VersusRest };

export interface NpsAnalysis {
  /** header of the recommend column */
  header: string;
  overall: NpsResult;
  /** with a segment column: segments with at least one answer, in the order they first appear */
  segments?: Array<SegmentMeasure<NpsResult>>;
  /** answers that are not whole numbers from 0 to 10, left out */
  outOfRange: number;
}

export interface CsatAnalysis {
  /** header of the overall-satisfaction column */
  header: string;
  /** the satisfaction question's scale (the survey's when its answers fit it) */
  scale: AnswerScale;
  /** satisfied = an answer from here to scale.top: the top two points of the scale */
  satisfiedFrom: number;
  overall: CsatResult;
  segments?: Array<SegmentMeasure<CsatResult>>;
}

/** The headline numbers a programme reports upward: NPS and CSAT, overall and per segment. */
export interface HeadlineMeasures {
  nps?: NpsAnalysis;
  csat?: CsatAnalysis;
  /** header of the segment column the per-segment rows come from */
  segmentHeader?: string;
}

/** One perception item as a driver of the outcome (see DerivedImportance). */
export interface DriverResult {
  item: string;
  name?: string;
  dimension?: string;
  /** Johnson's relative weight: the item's share of R² */
  weight: number;
  /** 100 × weight / R²: derived importance in points that sum to 100 */
  weightPercent: number;
  /** correlation with the outcome */
  r: number;
  /** standardized regression coefficient: its sign is the direction */
  beta: number;
  /** 1 = largest weight */
  rank: number;
  /** mean stated importance, when the survey asked it */
  statedImportance?: number;
  /** rank of the stated importance among the items (1 = highest) */
  statedRank?: number;
}

/**
 * Derived importance: Johnson's relative weights of the perception items on overall satisfaction (or, without
 * it, the recommend question), over the respondents who answered the outcome and every item (core's
 * keyDrivers).
 */
export interface DerivedImportance {
  outcome: "overall" | "recommend";
  outcomeHeader: string;
  /** respondents with the outcome and every item answered */
  n: number;
  /** max(30, 10 × drivers): fewer respondents make the weights unstable */
  recommendedN: number;
  /** why no weights could be derived: too few complete respondents, an item or the outcome without spread, collinear items */
  unavailable?: "fewRespondents" | "noVariance" | "collinear";
  rSquared?: number;
  /** in rank order, largest weight first */
  drivers: DriverResult[];
  /** item keys whose coefficient is negative (better experience, lower outcome, the others held equal), in survey order */
  negative: string[];
}

/** Cronbach's alpha of one dimension's perception items with its Feldt 95 % interval (listwise). */
export interface DimensionReliability {
  dimension: string;
  /** item keys of the dimension, in survey order */
  items: string[];
  /** respondents who answered every item of the dimension */
  n: number;
  alpha?: number;
  ciLow?: number;
  ciHigh?: number;
  /** alpha below 0.7: the items do not measure one thing, read the dimension's gap with care */
  low: boolean;
  /** why there is no alpha: a single item, fewer than 2 complete respondents, or totals without spread */
  unavailable?: "oneItem" | "fewRespondents" | "noVariance";
}

/** Alpha below this is flagged (Nunnally's conventional 0.7). */
export const RELIABILITY_THRESHOLD = 0.7;

/** What the analysis says about the whole survey, besides its result blocks. */
export interface AnalysisBase {
  /** data rows in the survey */
  respondents: number;
  scale: AnswerScale;
  /** every analysed item in the one ranking (see PriorityResult), rank 1 first */
  priorities: PriorityResult[];
  /** with a segment column */
  segments?: SegmentAnalysis;
  /** empty or non-numeric answers in the analysed (E, P, importance, overall) columns */
  missingAnswers: number;
  problems: SurveyProblem[];
}

/** One Kano feature's classification (Berger et al. 1993; see kanoClassification in core). */
export interface KanoFeatureResult {
  feature: string;
  /** the feature's name: its headers' wording in the reader's language, or the name the manager gave */
  name?: string;
  functionalHeader: string;
  dysfunctionalHeader: string;
  /** answer pairs classified (both answers readable), reverse and questionable ones included */
  n: number;
  counts: KanoCounts;
  category: KanoCategory;
  /** basic, expected or excitement; absent for indifferent, reverse and questionable features */
  kind?: ExpectationKind;
  categoryStrength: number;
  totalStrength: number;
  /** (A + O)/(A + O + M + I); absent with only reverse and questionable pairs */
  better?: number;
  /** −(O + M)/(A + O + M + I), negative; absent likewise */
  worse?: number;
  /** Fong's test: the two most frequent categories differ beyond chance */
  significant: boolean;
  /** the gap item that is the same feature (same name or same worded key), see linkKanoFeatures */
  item?: string;
}

/** An attractive feature worth a planned surprise moment (惊喜时刻): Better at least DELIGHT_BETTER. */
export interface DelightCandidate {
  feature: string;
  name?: string;
  better: number;
  item?: string;
}

export interface KanoAnalysis {
  scale: KanoAnswerScale;
  features: KanoFeatureResult[];
  /** attractive features with a high Better, highest first: named after the unmet basic and expected items */
  delightCandidates: DelightCandidate[];
}

/** One wave (quarter, survey round…) of the survey, from its wave column. */
export interface WaveResult extends GroupGaps {
  /** the wave as results show it: the label as written, or "2026-Q1", "2026-03", "2026", "2026-03-15" for dates */
  wave: string;
}

/**
 * How one item's or dimension's gap changed from the wave before last to the last wave. Positive change:
 * the gap grew (experience moved up against expectation), so the item improved.
 */
export interface WaveChange {
  /** item key, dimension key, or "" for the overall gap */
  key: string;
  /** the item's name from the settings, when it has one */
  name?: string;
  previous: number | undefined;
  last: number | undefined;
  /** last − previous */
  change: number | undefined;
  previousN: number;
  lastN: number;
  /**
   * Welch's t of the last wave's respondents against the previous wave's (their paired gaps on the item, or
   * their own gap on the dimension), with Satterthwaite's df and the two-sided p; absent when a wave has fewer
   * than 2 answers or neither varies
   */
  test?: { t: number; df: number; p: number; adjustedP: number };
  /** the change is significant at 5 % after Holm's adjustment over the items (or over the dimensions) */
  significant: boolean;
  direction: "improved" | "worse" | "unchanged";
}

export interface WaveAnalysis {
  /** header of the wave column */
  header: string;
  /** how the waves were made: the dates' period, or "labels" for a column of wave labels or numbers */
  period: WavePeriod | "labels";
  /** in their natural order (dates chronologically, "2026Q1" before "2026Q2", 第1期 before 第2期) */
  waves: WaveResult[];
  /** respondents whose wave cell is blank or cannot be read, left out of every wave */
  withoutWave: number;
  /** with at least two waves: the change from the wave before last to the last wave */
  latestChange?: {
    previous: string;
    last: string;
    items: WaveChange[];
    dimensions: WaveChange[];
    overall?: WaveChange;
  };
}

/** A journey stage's scores (a dimension of the journey framework). */
export interface JourneyStageResult {
  stage: string;
  expectation: number;
  perception: number;
  gap: number;
  respondents: number;
  /** the stage's items, lowest gap first */
  items: string[];
}

export interface JourneyAnalysis {
  /** the stages that have items, in journey order (before, during, after the purchase) */
  stages: JourneyStageResult[];
  /** the stage whose gap is lowest, when it is below expectation (gap < 0) */
  missedMost?: { stage: string; gap: number; worstItem?: string };
}

/**
 * The whole analysis of one survey: the survey-wide facts and each result block's fields, as the blocks of
 * src/survey/blocks declare them (items, dimensions and overall, importanceSource and keyExperiences,
 * quadrants…). An optional block's fields are absent when the survey lacks its columns.
 */
export type SurveyAnalysis = AnalysisBase & BlockResults;
