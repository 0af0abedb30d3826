/**
 * The contract between the workbook and the rest of the add-in. Only src/excel implements it; the taskpane
 * reaches Excel through an ExcelGateway and never sees Office types.
 */
import type { AnalysisSettings, RawSurvey } from "../core/survey/types";

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
  reason: "unsupportedApi";
  missing: string[];
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
}
