// Over 300 lines on purpose: reading a survey is one sequence of Excel batches (locate the range, read it in
// row blocks under Excel on the web's limits, keep a table's visible body rows) whose syncs and payload
// limits are reasoned about together.
import type { Cell, RawSurvey } from "../survey";
import { boxAddress, parseAddress, type CellBox } from "./a1";
import { HostError, isHostError } from "./hostError";
import { API, isExcelApiSupported, runExcel } from "./officeHost";
import type { ReadOptions } from "./types";

/**
 * Excel on the web refuses a request or response above 5 MB and a read of more than 5,000,000 cells
 * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization). Blocks are
 * sized to stay under both, with a safety margin for the response envelope.
 */
export interface ReadLimits {
  maxCellsPerRead: number;
  maxPayloadBytes: number;
}

export const WEB_READ_LIMITS: ReadLimits = { maxCellsPerRead: 5_000_000, maxPayloadBytes: 5 * 1024 * 1024 };

/** share of the payload limit a block aims at; the rest is envelope and the error of the estimate */
const PAYLOAD_MARGIN = 0.8;
/** bytes per cell assumed for the first block, before any has been measured */
const FIRST_GUESS_BYTES_PER_CELL = 8;
/**
 * cells per block at most, whatever the payload limit allows: Office.js parses each response on the pane's
 * thread in one piece, and a 5 MB response (about 2 million survey cells) took 100–300 ms to parse and take in
 * on a busy machine in the 200,000-respondent browser run — a pane that stops answering. Half a million cells
 * (1–2 MB) keeps each block's task well under 200 ms, for about four times as many syncs.
 */
const RESPONSIVE_CELLS_PER_BLOCK = 500_000;
/** halvings tried when the host still reports a payload too large */
const MAX_SPLITS = 4;

export interface SurveyRead {
  survey: RawSurvey;
  syncs: number;
}

/**
 * Reads the survey: the selection (trimmed to its used cells), or for a single selected cell the Excel table
 * around it (ExcelApi 1.9) or its surrounding region (ExcelApi 1.7); options.source reads a saved range.
 * One sync finds the range and its size, then one sync per row block reads values. A table is read as its
 * header row and the visible rows of its data body (never its total row, nor rows its filter hides), with the
 * first block: Range.getTables names the table in the first sync, but its range cannot be asked for before it
 * is known to exist. A selection of several cells that overlaps a table is read through the table too (in the
 * selected columns), and survey.leftOut says what was left out.
 *
 * A selection of some of a table's rows (or a block of cells inside it) reads exactly those rows: what a user
 * who selects rows 50–99 of a table means is "these respondents". Their headers come from the table's header
 * row (Table.getHeaderRowRange) when the selection leaves it out, since a table's columns are named there and
 * nowhere else; rows its filter hides are still left out, and its total row is left out when selected. A
 * selection that covers every data row of the table, or none of them (its header or total row alone), reads
 * the whole table. survey.tableRows then names the rows read, and Refresh reads the same rows again.
 */
export function readSurveyRange(
  options: ReadOptions = {},
  limits: ReadLimits = WEB_READ_LIMITS,
): Promise<SurveyRead> {
  return runExcel(async (context, syncs) => {
    const origin = await locateSurvey(context, options);
    const { rows, leftOut } = await readRows(context, origin, options, limits);
    const [headerRow, ...dataRows] = rows;
    const survey: RawSurvey = {
      sheetName: origin.sheetName,
      address: boxAddress(origin.box),
      headers: (headerRow ?? []).map((cell) => (cell === null ? "" : String(cell))),
      rows: dataRows,
      origin: origin.kind,
    };
    if (origin.tableName !== undefined) survey.tableName = origin.tableName;
    if (origin.tableRows) survey.tableRows = boxAddress(origin.tableRows);
    if (leftOut.totalRow || leftOut.hiddenRows > 0) survey.leftOut = leftOut;
    if (origin.wholeRegion === true) survey.wholeRegion = true;
    return { survey, syncs: syncs.count };
  });
}

interface SurveyOrigin {
  sheetName: string;
  /** for a table: an estimate (its surrounding region or whole range) until its parts are read */
  box: CellBox;
  kind: NonNullable<RawSurvey["origin"]>;
  tableName?: string;
  /** false when the table's header row is hidden (its first data row is then taken as headers) */
  tableHeaders?: boolean;
  /** a selection overlapping the table: only its columns are kept */
  selectedColumns?: { column: number; columnCount: number };
  /** a selection overlapping the table (or the rows saved for Refresh): only its data rows are read */
  selectedRows?: { row: number; rowCount: number };
  /** the data rows read, when they are only part of the table's (set once the table's range is known) */
  tableRows?: CellBox;
  /** the box is the whole block of data around it (see RawSurvey.wholeRegion) */
  wholeRegion?: boolean;
}

async function locateSurvey(context: Excel.RequestContext, options: ReadOptions): Promise<SurveyOrigin> {
  const { source } = options;
  const canTrim = isExcelApiSupported(API.usedRange);
  const canFindTable = isExcelApiSupported(API.rangeTables);
  const canFindRegion = isExcelApiSupported(API.surroundingRegion);

  const range = source
    ? context.workbook.worksheets.getItem(source.sheetName).getRange(source.address)
    : context.workbook.getSelectedRange();
  range.load("address,rowCount,columnCount");
  range.worksheet.load("name");
  const savedTable = source?.tableName
    ? context.workbook.tables.getItemOrNullObject(source.tableName)
    : undefined;
  const savedTableRange = savedTable?.getRange();
  savedTable?.load("name,showHeaders");
  savedTableRange?.load("address,rowCount,columnCount");
  // the table a single selected cell lies in is only named here; its range is taken from the surrounding region
  // (a table is bounded by blank rows and columns), which saves a sync
  const overlapping = canFindTable && !source ? range.getTables(false) : undefined;
  overlapping?.load("items/name,items/showHeaders");
  const used = canTrim ? range.getUsedRangeOrNullObject(true) : undefined;
  used?.load("address,rowCount,columnCount");
  // Range.getSurroundingRegion (ExcelApi 1.7) is the block of data around the range's top-left cell, bounded by
  // blank rows and columns: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getsurroundingregion-member(1)
  // A saved range that was its whole block is read as the block is now, so that rows added under the survey
  // (next quarter's respondents) reach Refresh; a range that was part of its block stays as saved.
  const growsWithRegion =
    source !== undefined && source.tableName === undefined && source.wholeRegion === true;
  const region = canFindRegion && (!source || growsWithRegion) ? range.getSurroundingRegion() : undefined;
  region?.load("address,rowCount,columnCount");
  await context.sync();

  const sheetName = range.worksheet.name;
  const boxOf = (r: Excel.Range): CellBox => parseAddress(r.address);
  if (savedTable && savedTableRange && !savedTable.isNullObject) {
    const box = boxOf(savedTableRange);
    const saved: SurveyOrigin = {
      sheetName,
      box,
      kind: "table",
      tableName: savedTable.name,
      tableHeaders: savedTable.showHeaders,
    };
    if (source?.tableRows) {
      const rows = parseAddress(source.tableRows);
      saved.selectedRows = { row: rows.row, rowCount: rows.rowCount };
    }
    return saved;
  }
  if (source) {
    const saved = boxOf(range);
    if (region) {
      const now = boxOf(region);
      // the same columns from the same top-left cell: the survey grew or shrank by rows only; anything else
      // (a column added, data joined on above or to the left) is read as saved
      if (now.row === saved.row && now.column === saved.column && now.columnCount === saved.columnCount)
        return { sheetName, box: now, kind: "settings", wholeRegion: true };
    }
    return { sheetName, box: saved, kind: "settings" };
  }

  if (range.rowCount * range.columnCount > 1) {
    if (used && used.isNullObject) throw new HostError("emptySelection", "the selected range is empty");
    const box = used ? boxOf(used) : boxOf(range);
    // a table under the selection is read through the table: its total row and filtered-out rows are no
    // respondents (reading the selection's cells would take them in)
    const table = overlapping?.items[0];
    if (table !== undefined) {
      const selected = boxOf(range);
      return {
        sheetName,
        box,
        kind: "table",
        tableName: table.name,
        tableHeaders: table.showHeaders,
        selectedColumns: { column: box.column, columnCount: box.columnCount },
        selectedRows: { row: selected.row, rowCount: selected.rowCount },
      };
    }
    if (box.rowCount < 2)
      throw new HostError("notASurvey", "the selection needs a header row and at least one respondent row");
    const whole = region !== undefined && boxAddress(boxOf(region)) === boxAddress(box);
    return whole
      ? { sheetName, box, kind: "selection", wholeRegion: true }
      : { sheetName, box, kind: "selection" };
  }
  if (!region) {
    throw new HostError(
      "unsupportedApi",
      "finding the survey around one cell needs a newer Excel; select the whole survey",
      {
        missing: [`ExcelApi ${API.surroundingRegion}`],
      },
    );
  }
  const box = boxOf(region);
  if (box.rowCount * box.columnCount <= 1)
    throw new HostError("emptySelection", "no survey around the selected cell");
  if (box.rowCount < 2)
    throw new HostError("notASurvey", "the range needs a header row and at least one respondent row");
  const table = overlapping?.items[0];
  return table === undefined
    ? { sheetName, box, kind: "currentRegion", wholeRegion: true }
    : { sheetName, box, kind: "table", tableName: table.name, tableHeaders: table.showHeaders };
}

async function readRows(
  context: Excel.RequestContext,
  origin: SurveyOrigin,
  options: ReadOptions,
  limits: ReadLimits,
): Promise<{ rows: Cell[][]; leftOut: NonNullable<RawSurvey["leftOut"]> }> {
  const sheet = context.workbook.worksheets.getItem(origin.sheetName);
  const budget = limits.maxPayloadBytes * PAYLOAD_MARGIN;
  const rowsFitting = (bytesPerCell: number): number =>
    Math.max(
      1,
      Math.floor(
        Math.min(limits.maxCellsPerRead, RESPONSIVE_CELLS_PER_BLOCK, budget / bytesPerCell) /
          origin.box.columnCount,
      ),
    );
  let blockRows = rowsFitting(FIRST_GUESS_BYTES_PER_CELL);
  options.onProgress?.({ rowsRead: 0, totalRows: Math.max(0, origin.box.rowCount - 1) });

  const rows: Cell[][] = [];
  const leftOut = { totalRow: false, hiddenRows: 0 };
  const isTable = origin.tableName !== undefined;
  /** the rows read in blocks: the whole box, or for a table the data rows not yet read */
  let blocks: CellBox = origin.box;
  if (isTable) {
    // a selection names the table in the first sync but not its range: the table's rows are read once its
    // data body is known, so that a selection of some of its rows reads only those
    const withBody = origin.selectedRows === undefined && origin.box.rowCount <= blockRows;
    const table = await readTableStart(context, origin, withBody);
    const keep = keptColumns(table.box, origin.selectedColumns);
    if (table.someColumnsHidden) await refuseHiddenColumns(context, sheet, table.box, keep);
    const first = keep.column - table.box.column;
    const part = selectedBodyRows(table.body, origin.selectedRows);
    for (const row of table.header) rows.push(row.slice(first, first + keep.columnCount));
    if (part) {
      origin.tableRows = { row: part.row, rowCount: part.rowCount, ...keep };
      const top = table.header.length > 0 ? table.box.row : part.row;
      origin.box = { row: top, rowCount: part.row + part.rowCount - top, ...keep };
      // the total row is left out when the selection took it in
      leftOut.totalRow =
        table.totalRow && rowsOverlap(origin.selectedRows!, table.body.row + table.body.rowCount);
      blocks = { ...origin.tableRows };
    } else {
      origin.box = { ...table.box, ...keep };
      leftOut.totalRow = table.totalRow;
      blocks = { ...table.body, ...keep };
    }
    if (!part && table.bodyRows) {
      for (const row of table.bodyRows) rows.push(row.slice(first, first + keep.columnCount)); // not push(...rows): V8 refuses ~10^5 arguments
      leftOut.hiddenRows = table.body.rowCount - table.bodyRows.length;
      blocks = { ...blocks, rowCount: 0 };
    }
    if (table.bodyRows && table.bodyRows.length > 0)
      blockRows = rowsFitting(Math.max(1, measuredBytesPerCell(table.bodyRows)));
    options.onProgress?.({
      rowsRead: Math.max(0, rows.length - table.header.length),
      totalRows: Math.max(0, rows.length - table.header.length + blocks.rowCount),
    });
  }
  const box = blocks;
  const total = box.rowCount;
  let splits = 0;
  let start = 0;

  while (start < total) {
    const count = Math.min(blockRows, total - start);
    const cells = sheet.getRangeByIndexes(box.row + start, box.column, count, box.columnCount);
    // a table's rows that its filter hides are no respondents: read the visible rows only (ExcelApi 1.3)
    const block = isTable ? cells.getVisibleView() : cells;
    block.load("values");
    try {
      // one sync per row block is the point: each block's response must stay under the payload limit
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (isHostError(error) || splits >= MAX_SPLITS || !isPayloadError(error) || count === 1) throw error;
      splits += 1;
      blockRows = Math.max(1, Math.floor(count / 2));
      continue;
    }
    // the response was parsed in this task; the rows are taken in the next, so that neither is long
    await nextTask();
    const values = basicValues(block.values as unknown[][]);
    leftOut.hiddenRows += count - values.length;
    for (const row of values) rows.push(row);
    start += count;
    blockRows = rowsFitting(Math.max(1, measuredBytesPerCell(values)));
    const respondents = (read: number): number => Math.max(0, read - (isTable ? 0 : 1));
    options.onProgress?.({ rowsRead: respondents(start), totalRows: respondents(total) });
  }
  return { rows, leftOut };
}

/**
 * A table's rows are read through Range.getVisibleView, whose cells are the visible ones in both directions
 * (RangeView.columnCount is "the number of visible columns":
 * learn.microsoft.com/javascript/api/excel/excel.rangeview#excel-excel-rangeview-columncount-member): a hidden
 * column among those read would shift every later answer under the wrong header. The read stops with a
 * message instead when one is (Range.columnHidden, ExcelApi 1.2, is false only when none is:
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member).
 */
async function refuseHiddenColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: CellBox,
  keep: { column: number; columnCount: number },
): Promise<void> {
  const kept = sheet.getRangeByIndexes(table.row, keep.column, 1, keep.columnCount);
  kept.load("columnHidden");
  await context.sync();
  if (kept.columnHidden !== false)
    throw new HostError("hiddenTableColumns", "columns of the table to read are hidden");
}

/** The table's columns that the selection covers (all of them when the table was found from one cell). */
function keptColumns(
  table: CellBox,
  selected: SurveyOrigin["selectedColumns"],
): { column: number; columnCount: number } {
  if (!selected) return { column: table.column, columnCount: table.columnCount };
  const column = Math.max(table.column, selected.column);
  const end = Math.min(table.column + table.columnCount, selected.column + selected.columnCount);
  return { column, columnCount: Math.max(1, end - column) };
}

/**
 * The data rows of the table that a selection covers, or undefined when the whole table is to be read: the
 * selection covers every data row (it may reach beyond the table) or none of them (only its header or total
 * row). The part is the rectangular intersection of the selection with the data body
 * (Range.getIntersection's rule: learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getintersection-member(1)),
 * computed from the two addresses already loaded instead of asked of Excel, which would cost a request and
 * fail (ItemNotFound) where they do not meet.
 *
 * @example
 * selectedBodyRows({ row: 1, column: 0, rowCount: 8, columnCount: 12 }, { row: 4, rowCount: 3 }) // => { row: 4, rowCount: 3 }
 */
export function selectedBodyRows(
  body: CellBox,
  selected: { row: number; rowCount: number } | undefined,
): { row: number; rowCount: number } | undefined {
  if (!selected) return undefined;
  const row = Math.max(body.row, selected.row);
  const end = Math.min(body.row + body.rowCount, selected.row + selected.rowCount);
  if (end <= row || (row === body.row && end === body.row + body.rowCount)) return undefined;
  return { row, rowCount: end - row };
}

function rowsOverlap(rows: { row: number; rowCount: number }, row: number): boolean {
  return row >= rows.row && row < rows.row + rows.rowCount;
}

/**
 * The exact parts of a table: its header row's values (Table.getHeaderRowRange, when the header row is shown),
 * its data body (Table.getDataBodyRange: the rows between the header and total rows,
 * learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-getdatabodyrange-member(1)), whether
 * it has a total row (its whole range, Table.getRange, reaches below the body), and, when asked and the
 * estimate says it fits one response, the visible rows of its body in the same sync (Range.getVisibleView,
 * ExcelApi 1.3: learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getvisibleview-member(1)).
 * A table much larger than its estimate makes that response too large; its parts are then read without the
 * body, whose rows follow in blocks.
 */
async function readTableStart(
  context: Excel.RequestContext,
  origin: SurveyOrigin,
  withBody: boolean,
): Promise<{
  box: CellBox;
  body: CellBox;
  header: Cell[][];
  bodyRows?: Cell[][];
  totalRow: boolean;
  someColumnsHidden: boolean;
}> {
  const table = context.workbook.tables.getItem(origin.tableName!);
  const headers = origin.tableHeaders !== false;
  const header = headers ? table.getHeaderRowRange() : undefined;
  const body = table.getDataBodyRange();
  const whole = table.getRange();
  header?.load("address,values");
  body.load("address");
  // Range.columnHidden (ExcelApi 1.2) is false when no column of the range is hidden
  whole.load("address,columnHidden");
  const visible = withBody ? body.getVisibleView() : undefined;
  visible?.load("values");
  try {
    await context.sync();
  } catch (error) {
    if (!withBody || !isPayloadError(error)) throw error;
    return readTableStart(context, origin, false);
  }
  const bodyBox = parseAddress(body.address);
  const wholeBox = parseAddress(whole.address);
  const totalRow = wholeBox.row + wholeBox.rowCount > bodyBox.row + bodyBox.rowCount;
  const box = header ? { ...bodyBox, row: bodyBox.row - 1, rowCount: bodyBox.rowCount + 1 } : bodyBox;
  const parts = {
    box,
    body: bodyBox,
    header: header ? basicValues(header.values as unknown[][]) : [],
    totalRow,
    someColumnsHidden: whole.columnHidden !== false,
  };
  return visible ? { ...parts, bodyRows: basicValues(visible.values as unknown[][]) } : parts;
}

/**
 * A cell as the survey model takes it. Range.values gives a data type (a stock, a geography, a formatted
 * number) as its basic value, but a cell value can also arrive as its JSON form, an object with `basicValue`
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts#json-schema): it is read as that
 * basic value (a formatted number as its number) instead of as something no answer can be.
 *
 * @example
 * basicCell({ type: "FormattedNumber", basicValue: 4, numberFormat: "0.0" }) // => 4
 */
export function basicCell(cell: unknown): Cell {
  if (typeof cell === "object" && cell !== null && "basicValue" in cell) {
    const basic = (cell as { basicValue: unknown }).basicValue;
    return typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean"
      ? basic
      : null;
  }
  return cell as Cell;
}

/** The rows with every data-type object replaced by its basic value (rows without one are kept as they are). */
function basicValues(rows: unknown[][]): Cell[][] {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "object" && cell !== null) row[c] = basicCell(cell);
    }
  }
  return rows as Cell[][];
}

/** resolves in a later task of the event loop (a paint and a click may run in between) */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit"
  );
}

/** rows sampled to estimate a block's JSON size per cell */
const SAMPLE_ROWS = 2_000;

/** JSON size per cell of (a sample of) a block: what the next block's size is planned from. */
function measuredBytesPerCell(values: readonly (readonly Cell[])[]): number {
  let bytes = 0;
  let cells = 0;
  const step = Math.max(1, Math.floor(values.length / SAMPLE_ROWS));
  for (let r = 0; r < values.length; r += step) {
    const row = values[r]!;
    bytes += 3;
    for (const cell of row) {
      cells += 1;
      if (typeof cell === "number" && cell >= 0 && cell < 10 && cell % 1 === 0) bytes += 2;
      else
        bytes += cell === null ? 5 : typeof cell === "string" ? cell.length * 1.2 + 3 : `${cell}`.length + 1;
    }
  }
  return bytes / Math.max(1, cells);
}
