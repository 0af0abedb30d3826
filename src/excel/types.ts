/**
 * The contract between the workbook and the rest of the add-in. Only src/excel implements it; the taskpane
 * reaches Excel through an ExcelGateway and never sees Office types.
 */
import type { AnalysisSettings, RawSurvey } from "../survey";

/** Why the host refused; each kind has one message and one remedy in the taskpane. */
export type HostErrorKind =
  | "cellEditMode" // a cell is being edited: finish editing, then retry (retryable)
  | "protectedSheet" // the sheet or workbook is protected
  | "unsupportedApi" // the running Excel lacks a requirement set (see missing)
  | "emptySelection" // nothing (or a single empty cell) selected
  | "notASurvey" // the range has no header row or no data rows
  | "payloadTooLarge" // a request exceeded the host's payload limit even after splitting
  | "unknown";

export interface HostErrorInfo {
  kind: HostErrorKind;
  message: string;
  /** true when retrying the same action may succeed (cell edit mode, busy host) */
  retryable: boolean;
  /** requirement sets missing for unsupportedApi, e.g. ["ExcelApi 1.8"] */
  missing?: string[];
  /** the OfficeExtension.Error code, when the host gave one */
  officeCode?: string;
}

export interface ReadProgress {
  rowsRead: number;
  totalRows: number;
}

export interface ReadOptions {
  /** called after each row block is read (and once at the start with rowsRead = 0) */
  onProgress?: (progress: ReadProgress) => void;
  /** read this range instead of the selection (Refresh) */
  source?: AnalysisSettings["source"];
}

export type ChartKind = "dimensionBars" | "importancePerformance" | "servqualRadar";

export interface ChartSkip {
  chart: ChartKind;
  /** unsupportedApi: the running Excel lacks `missing`; hostRejected: Excel refused the chart (tables kept) */
  reason: "unsupportedApi" | "hostRejected";
  missing: string[];
}

/** A result block that the formulas option writes as live =CX.… formulas where the survey allows. */
export type FormulaBlock = "itemGaps" | "dimensionScores" | "keyExperiences" | "quadrants";

/** Why a block was written as values although formulas were asked for (the taskpane can say so). */
export type FormulaFallbackReason =
  | "surveyRowsUnavailable" // the plan was built without the survey's rows, so equality could not be checked
  | "answersNotNumbers" // answer cells hold text, numbers in text or error values (a formula would read them differently)
  | "answersOutOfScale" // answers outside the scale: the analysis leaves them out, a formula would count them
  | "nonContiguousColumns" // the item columns of one kind are not side by side in one order
  | "unpairedAnswers" // some respondents answered only one of an item's expectation and perception
  | "importanceDerived" // importance is a correlation with overall satisfaction, which no CX function computes
  | "itemsLeftOut"; // the analysis left some items out (no dimension, no answers, no importance)

export interface FormulaFallback {
  block: FormulaBlock;
  reason: FormulaFallbackReason;
}

export interface WriteReport {
  sheetName: string;
  /** true when the add-in's own earlier results sheet was replaced */
  replaced: boolean;
  tables: Array<{ name: string; address: string }>;
  chartsDrawn: ChartKind[];
  chartsSkipped: ChartSkip[];
  /** context.sync calls used by this write */
  syncs: number;
  /** with the formulas option: blocks written as values instead, and why */
  formulaFallbacks?: FormulaFallback[];
}

export interface WriteOptions {
  /** delete the add-in's own earlier results sheet (found by its marker, never by name) before writing */
  replaceExisting: boolean;
}

// ----- write plan (pure; built by buildWritePlan, executed by the gateway) -----

/** A value written to the results sheet: a number, text (always stored as text) or a formula. */
export type PlannedCell = number | { text: string } | { formula: string } | null; /* left empty */

export interface PlannedBlock {
  /** A1 address on the results sheet */
  address: string;
  cells: PlannedCell[][];
  /** number format per column of the block ("@" text, "0.00", "0.0%") */
  columnFormats: string[];
  /** the sheet's title (bold, larger) or a section heading (bold) */
  style?: "title" | "heading";
}

/**
 * A live formula that spills a result block (=CX.SERVQUAL, =CX.KEYEXP, =CX.IPA). A spilled formula cannot sit
 * inside an Excel table (#SPILL!), so the block is a plain range with a styled header row; its size is known
 * from the survey's shape, so charts and formats use the fixed address.
 */
export interface PlannedSpill {
  block: FormulaBlock;
  /** the cell holding the formula: top-left of the spill, its header row */
  anchor: string;
  formula: string;
  /** the whole spill range, header row included */
  address: string;
  /** number format per column of the rows under the header (never "@": the cells hold formula results) */
  columnFormats: string[];
  /** A1 address of the column whose negative values are highlighted */
  negativeHighlight?: string;
}

export interface PlannedTable {
  /** workbook-unique table name */
  name: string;
  /** A1 address including the header row */
  address: string;
  /** A1 address of the column whose negative values are highlighted */
  negativeHighlight?: string;
}

export interface PlannedSeries {
  name: string;
  /** A1 addresses on the results sheet */
  xValues: string;
  values: string;
  /** per-point data-label text (needs ExcelApi 1.8) */
  pointLabels?: string[];
  /** draw as a line without markers (IPA crosshairs); otherwise markers only, no line */
  line?: boolean;
}

export interface PlannedChart {
  kind: ChartKind;
  chartType: "BarClustered" | "XYScatter" | "Radar";
  title: string;
  /** contiguous A1 range with a header row the chart is created from */
  source: string;
  /** series orientation, always explicit (automatic orientation draws scatter charts wrongly on the web) */
  seriesBy: "Columns" | "Rows";
  /** names for the series created from source, in order */
  seriesNames?: string[];
  /** per-point data-label text of the first series (needs ExcelApi 1.8) */
  pointLabels?: string[];
  /** X and Y ranges set on the first series after creation (ExcelApi 1.7), when source's columns are not x, y */
  firstSeries?: { xValues: string; values: string };
  /** series added after creation (crosshair lines, quadrant names) */
  extraSeries: PlannedSeries[];
  axisTitles?: { category: string; value: string };
  /** A1 range the chart is placed over */
  position: string;
  /** requirement sets beyond ExcelApi 1.1, e.g. ["ExcelApi 1.8"] */
  requires: string[];
}

export interface WritePlan {
  /** preferred sheet name; the gateway adds " 2", " 3"… when another sheet has it */
  sheetBaseName: string;
  blocks: PlannedBlock[];
  tables: PlannedTable[];
  charts: PlannedChart[];
  settings: AnalysisSettings;
  /** live spilled formulas (formulas option); written after the blocks */
  spills?: PlannedSpill[];
  /** with the formulas option: blocks planned as values instead, and why */
  formulaFallbacks?: FormulaFallback[];
  /** column widths in points from column A on, wide enough for each table column's header and values */
  columnWidths?: number[];
}

/** Everything the taskpane asks of the workbook. Every method rejects only with a HostError. */
export interface ExcelGateway {
  /** reads the selection (or the table / region around a single selected cell, or options.source) */
  readSurvey(options?: ReadOptions): Promise<RawSurvey>;
  /** writes the plan on the add-in's results sheet and saves its settings */
  writeResults(plan: WritePlan, options: WriteOptions): Promise<WriteReport>;
  /** the add-in's own earlier results sheet, identified by its stored marker */
  findOwnResultsSheet(): Promise<{ name: string } | null>;
  saveSettings(settings: AnalysisSettings): Promise<void>;
  loadSettings(): Promise<AnalysisSettings | null>;
  /** Office display language ("en-US", "zh-CN") */
  displayLanguage(): string;
  /** shows the named sheet in Excel (its tab becomes the active one) */
  activateSheet(name: string): Promise<void>;
}
