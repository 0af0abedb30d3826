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
    if (leftOut.totalRow || leftOut.hiddenRows > 0) survey.leftOut = leftOut;
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
  const region = canFindRegion && !source ? range.getSurroundingRegion() : undefined;
  region?.load("address,rowCount,columnCount");
  await context.sync();

  const sheetName = range.worksheet.name;
  const boxOf = (r: Excel.Range): CellBox => parseAddress(r.address);
  if (savedTable && savedTableRange && !savedTable.isNullObject) {
    const box = boxOf(savedTableRange);
    return {
      sheetName,
      box,
      kind: "table",
      tableName: savedTable.name,
      tableHeaders: savedTable.showHeaders,
    };
  }
  if (source) return { sheetName, box: boxOf(range), kind: "settings" };

  if (range.rowCount * range.columnCount > 1) {
    if (used && used.isNullObject) throw new HostError("emptySelection", "the selected range is empty");
    const box = used ? boxOf(used) : boxOf(range);
    // a table under the selection is read through the table: its total row and filtered-out rows are no
    // respondents (reading the selection's cells would take them in)
    const table = overlapping?.items[0];
    if (table !== undefined) {
      return {
        sheetName,
        box,
        kind: "table",
        tableName: table.name,
        tableHeaders: table.showHeaders,
        selectedColumns: { column: box.column, columnCount: box.columnCount },
      };
    }
    if (box.rowCount < 2)
      throw new HostError("notASurvey", "the selection needs a header row and at least one respondent row");
    return { sheetName, box, kind: "selection" };
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
    ? { sheetName, box, kind: "currentRegion" }
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
    Math.max(1, Math.floor(Math.min(limits.maxCellsPerRead, budget / bytesPerCell) / origin.box.columnCount));
  let blockRows = rowsFitting(FIRST_GUESS_BYTES_PER_CELL);
  options.onProgress?.({ rowsRead: 0, totalRows: Math.max(0, origin.box.rowCount - 1) });

  const rows: Cell[][] = [];
  const leftOut = { totalRow: false, hiddenRows: 0 };
  const isTable = origin.tableName !== undefined;
  let start = 0;
  if (isTable) {
    const table = await readTableStart(context, origin, origin.box.rowCount <= blockRows);
    const keep = keptColumns(table.box, origin.selectedColumns);
    origin.box = { ...table.box, ...keep };
    const first = keep.column - table.box.column;
    for (const row of table.rows) rows.push(row.slice(first, first + keep.columnCount)); // not push(...rows): V8 refuses ~10^5 arguments
    leftOut.totalRow = table.totalRow;
    leftOut.hiddenRows = table.hiddenRows;
    start = table.consumed;
    if (start > 0) blockRows = rowsFitting(Math.max(1, measuredBytesPerCell(table.rows)));
    options.onProgress?.({
      rowsRead: Math.max(0, start - 1),
      totalRows: Math.max(0, table.box.rowCount - 1),
    });
  }
  const { box } = origin;
  const total = box.rowCount;
  let splits = 0;

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
    const values = basicValues(block.values as unknown[][]);
    leftOut.hiddenRows += count - values.length;
    for (const row of values) rows.push(row);
    start += count;
    blockRows = rowsFitting(Math.max(1, measuredBytesPerCell(values)));
    options.onProgress?.({ rowsRead: Math.max(0, start - 1), totalRows: Math.max(0, total - 1) });
  }
  return { rows, leftOut };
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
 * The exact range of a table (header row and data body, without the total row), whether it has a total row,
 * and, when the estimate says it fits one response, its header and the visible rows of its body in the same
 * sync. A table much larger than its estimate makes that response too large; its range is then read alone
 * and the rows follow in blocks (`consumed` says how many of the box's rows were read here).
 */
async function readTableStart(
  context: Excel.RequestContext,
  origin: SurveyOrigin,
  withValues: boolean,
): Promise<{ box: CellBox; rows: Cell[][]; consumed: number; hiddenRows: number; totalRow: boolean }> {
  const table = context.workbook.tables.getItem(origin.tableName!);
  const headers = origin.tableHeaders !== false;
  const header = headers ? table.getHeaderRowRange() : undefined;
  const body = table.getDataBodyRange();
  const whole = table.getRange();
  header?.load("address");
  body.load("address");
  whole.load("address");
  const visible = withValues ? body.getVisibleView() : undefined;
  if (withValues) header?.load("values");
  visible?.load("values");
  try {
    await context.sync();
  } catch (error) {
    if (!withValues || !isPayloadError(error)) throw error;
    return readTableStart(context, origin, false);
  }
  const bodyBox = parseAddress(body.address);
  const wholeBox = parseAddress(whole.address);
  const totalRow = wholeBox.row + wholeBox.rowCount > bodyBox.row + bodyBox.rowCount;
  const box = header ? { ...bodyBox, row: bodyBox.row - 1, rowCount: bodyBox.rowCount + 1 } : bodyBox;
  if (!visible) return { box, rows: [], consumed: 0, hiddenRows: 0, totalRow };
  const bodyRows = basicValues(visible.values as unknown[][]);
  return {
    box,
    rows: [...basicValues((header?.values ?? []) as unknown[][]), ...bodyRows],
    consumed: box.rowCount,
    hiddenRows: bodyBox.rowCount - bodyRows.length,
    totalRow,
  };
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
