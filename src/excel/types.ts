// Over 300 lines on purpose: the contract between the workbook and the rest of the add-in (the gateway, the
// write plan and its report), kept in one file so that what crosses the boundary is read in one place.
/**
 * The contract between the workbook and the rest of the add-in. Only src/excel implements it; the taskpane
 * reaches Excel through an ExcelGateway and never sees Office types.
 */
import type { AnalysisSettings, RawSurvey, SurveyAnalysis } from "../survey";
import type { BlockChartKind, FormulaBlock } from "./blocks";
import type { ActionPlanLabels } from "./resultLabels";

/** Why the host refused; each kind has one message and one remedy in the taskpane. */
export type HostErrorKind =
  | "cellEditMode" // a cell is being edited: finish editing, then retry (retryable)
  | "protectedSheet" // the sheet or workbook is protected (Excel said so)
  | "accessDenied" // Excel refused access: protection, a read-only or view-only file, or missing edit rights
  | "multipleSelection" // several ranges are selected; the survey must be one range
  | "unsupportedApi" // the running Excel lacks a requirement set (see missing)
  | "emptySelection" // nothing (or a single empty cell) selected
  | "notASurvey" // the range has no header row or no data rows
  | "hiddenTableColumns" // columns of the table to read are hidden: Excel gives an add-in a filtered table's visible columns only
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

/** Every chart the add-in draws: the result blocks' (see src/excel/blocks) and the summary sheet's priority bars. */
export type ChartKind = BlockChartKind | "priorityBars";

export interface ChartSkip {
  chart: ChartKind;
  /** unsupportedApi: the running Excel lacks `missing`; hostRejected: Excel refused the chart (tables kept) */
  reason: "unsupportedApi" | "hostRejected";
  missing: string[];
}

export type { FormulaBlock };

/** Why a block was written as values although formulas were asked for (the taskpane can say so). */
export type FormulaFallbackReason =
  | "surveyRowsUnavailable" // the plan was built without the survey's rows, so equality could not be checked
  | "answersNotNumbers" // answer cells hold text, numbers in text or error values (a formula would read them differently)
  | "answersOutOfScale" // answers outside the scale: the analysis leaves them out, a formula would count them
  | "nonContiguousColumns" // the item columns of one kind are not side by side in one order
  | "unpairedAnswers" // some respondents answered only one of an item's expectation and perception
  | "importanceDerived" // importance is a correlation with overall satisfaction, which no CX function computes
  | "itemsLeftOut" // the analysis left some items out (no dimension, no answers, no importance)
  | "gapMatrix" // the priority matrix places items by their gap, which CX.IPA does not compute
  | "dimensionNamedOverall" // a dimension is called Overall (总体), the name of CX.SERVQUAL's summary row, which refuses it
  | "hiddenRowsLeftOut"; // the read left out rows a table's filter hides; a formula over the range would count them

/**
 * A column that stays values in the formulas option although its block is live, because no CX function
 * computes it (the taskpane can say so in plain words).
 */
export interface ValueColumn {
  block: FormulaBlock;
  /** the column's header as written on the sheet */
  column: string;
  /**
   * noFunction: no CX function computes it; statisticsInRows: =CX.GAP(…, TRUE) gives it, but as a row under
   * each item, so one table row per item cannot hold it as a formula
   */
  reason: "noFunction" | "statisticsInRows";
}

export interface FormulaFallback {
  block: FormulaBlock;
  reason: FormulaFallbackReason;
}

/**
 * Why an asked-for replace wrote a new sheet instead: the user did not confirm replacing the sheet found (or
 * it now has another name), or that sheet is not provably the add-in's own (no marker, not its shape).
 */
export type ReplaceDeclined = "notConfirmed" | "notOurs";

/** One sheet a write produced or updated, as the pane reports it. */
export interface WrittenSheet {
  /** summary: the manager's one screen; actionPlan: updated in place; details: the analyst's statistics */
  kind: "summary" | "actionPlan" | "details";
  name: string;
  /** names of the Excel tables written on it */
  tables: string[];
  /** charts drawn on it */
  charts: ChartKind[];
  /** action plan: the fix-first items listed on it */
  items?: number;
  /** action plan: the surprise moments (attractive Kano features) listed after the fixes */
  surprises?: number;
  /** action plan: rows whose Owner, Due date, Status or Notes were kept from the earlier sheet */
  rowsKept?: number;
}

/**
 * The add-in's own sheets found in the workbook by their stored ids (never by name): the results (details)
 * sheet, and the summary and action plan written with it. summaryName is given only when a confirmed replace
 * would delete that summary too (it still bears a summary sheet's name).
 */
export interface OwnResultsSheets {
  name: string;
  summaryName?: string;
  actionPlanName?: string;
}

export interface WriteReport {
  sheetName: string;
  /** every sheet written, in the order they stand in the workbook: summary, action plan, details */
  sheets?: WrittenSheet[];
  /** true when the add-in's own earlier results sheet was replaced */
  replaced: boolean;
  /** set when replacing was asked for but the earlier sheet was kept (nothing is deleted unless provably ours) */
  replaceDeclined?: ReplaceDeclined;
  tables: Array<{ name: string; address: string }>;
  chartsDrawn: ChartKind[];
  chartsSkipped: ChartSkip[];
  /** charts drawn without (all) their per-point labels because Excel refused one */
  labelsLeftOut?: ChartKind[];
  /** context.sync calls used by this write */
  syncs: number;
  /** with the formulas option: blocks written as values instead, and why */
  formulaFallbacks?: FormulaFallback[];
  /** with the formulas option: columns of live blocks that stay values, and why */
  valueColumns?: ValueColumn[];
  /** the summary sheet (written first and activated), when the plan has one */
  summarySheetName?: string;
  /** the action plan sheet, reused in place on a refresh */
  actionPlanSheetName?: string;
  /** rows of the action plan whose Owner, Due date, Status or Notes were kept from the earlier sheet */
  actionPlanRowsKept?: number;
}

export interface WriteOptions {
  /** delete the add-in's own earlier results sheet (found by its marker, never by name) before writing */
  replaceExisting: boolean;
  /**
   * The name of the sheet the user was shown and agreed to replace (the pane's "Replace the earlier results
   * sheet “…”"). Nothing is deleted without it, nor when the sheet found now has another name.
   */
  confirmedReplace?: string;
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
  /** the first row is a header whose text wraps (narrow columns with long headers) */
  wrapHeader?: boolean;
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
  /** Excel.ChartType names (https://learn.microsoft.com/en-us/javascript/api/excel/excel.charttype) */
  chartType: "BarClustered" | "XYScatter" | "Radar" | "Line";
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
  /** first category at the top of a bar chart (Excel draws the first one at the bottom) */
  reverseCategories?: boolean;
  /** show each point's value as its data label (bars) */
  valueLabels?: boolean;
  /** where each point label of pointLabels goes, chosen so that labels do not overlap */
  pointLabelPositions?: Array<"Left" | "Right" | "Top" | "Bottom">;
  /** fixed axis bounds so that the axes span the data (x: category/X axis, y: value axis) */
  axisBounds?: { x?: [number, number]; y?: [number, number] };
  /** plot data in hidden rows too (the chart helper rows are hidden) */
  plotHiddenCells?: boolean;
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
  /** with the formulas option: columns of live blocks that stay values, and why */
  valueColumns?: ValueColumn[];
  /** column widths in points from column A on, wide enough for each table column's header and values */
  columnWidths?: number[];
  /** ranges whose rows are hidden from the reader (chart helper data), such as "A40:A49" */
  hiddenRows?: string[];
  /** the manager's sheets, written before this (details) sheet: the summary, first */
  summary?: PlannedSheet;
  /** the action plan, merged with the manager's typed cells at write time */
  actionPlan?: PlannedActionPlan;
}

/** A sheet of the add-in other than the details sheet, replaced as a whole on each write. */
export interface PlannedSheet {
  sheetBaseName: string;
  blocks: PlannedBlock[];
  tables: PlannedTable[];
  charts: PlannedChart[];
  columnWidths?: number[];
  /** ranges given a red–white–green colour scale centred on 0 (gaps) */
  colorScales?: string[];
}

/** One fix-first item of the action plan, before merging with the sheet the manager edited. */
export interface ActionPlanItem {
  /** stable key of the item (the survey's item key), matched on refresh */
  key: string;
  name: string;
  dimension: string;
  /** the priority rank, or the words that stand for one (a surprise moment's "Surprise moment") */
  rank: number | string;
  /** a surprise moment has no gap, experience or target */
  gap?: number;
  experience?: number;
  targetExperience?: number;
  /** in the fix-first list now; the others are there to update the rows of items that left it */
  listed: boolean;
  /** why the row is in the plan, in words (none for a row no longer listed) */
  why?: string;
}

/** The action plan before it meets the workbook: the current fix-first items and the labels. */
export interface PlannedActionPlan {
  sheetBaseName: string;
  items: ActionPlanItem[];
  /** "2026-12-01 14:03", shown beside the numbers */
  writtenAt: string;
  labels: ActionPlanLabels;
}

/** Everything the taskpane asks of the workbook. Every method rejects only with a HostError. */
export interface ExcelGateway {
  /** reads the selection (or the table / region around a single selected cell, or options.source) */
  readSurvey(options?: ReadOptions): Promise<RawSurvey>;
  /** the results sheets' plan for `analysis`, labelled in Office's display language */
  planResults(
    analysis: SurveyAnalysis,
    settings: AnalysisSettings,
    survey: Pick<RawSurvey, "headers"> & Partial<Pick<RawSurvey, "rows">>,
  ): Promise<WritePlan>;
  /** writes the plan on the add-in's results sheet and saves its settings */
  writeResults(plan: WritePlan, options: WriteOptions): Promise<WriteReport>;
  /** the add-in's own earlier results sheet (and its summary and action plan), identified by their stored ids */
  findOwnResultsSheet(): Promise<OwnResultsSheets | null>;
  saveSettings(settings: AnalysisSettings): Promise<void>;
  loadSettings(): Promise<AnalysisSettings | null>;
  /** Office display language ("en-US", "zh-CN") */
  displayLanguage(): string;
  /** shows the named sheet in Excel (its tab becomes the active one) */
  activateSheet(name: string): Promise<void>;
}
