/** Ranges of the fake Excel API: reading and writing cells, the used range, the region, tables over them. */
import { Loadable, OfficeError } from "./fakeBatch";
import type { FakeContext } from "./fakeExcelApi";
import { FakeWorksheet } from "./fakeSheets";
import { FakeTableCollection } from "./fakeTables";
import {
  basicValue,
  boxToAddress,
  qualified,
  parseBox,
  type Box,
  type FakeCell,
  type FakeSheet,
  type StoredCell,
} from "./fakeWorkbook";

// Local aliases: under jest every global lookup goes through the test sandbox and costs ~100× more,
// which matters in the per-cell loops of a million-row read.
const isInteger = Number.isInteger;
const toText = String;

export class FakeRange extends Loadable {
  readonly worksheet: FakeWorksheet;
  readonly conditionalFormats: {
    add: (type: string) => { cellValue: FakeCellValueFormat; colorScale: { criteria: unknown } };
  };
  private fetchedValues: FakeCell[][] | undefined;
  private fetchedJson: unknown[][] | undefined;
  constructor(
    context: FakeContext,
    readonly sheet: FakeSheet,
    readonly box: Box,
    readonly isNullObjectValue = false,
  ) {
    super(context);
    this.worksheet = new FakeWorksheet(context, sheet);
    this.conditionalFormats = {
      add: (type) => {
        context.requireApi("1.6", "conditionalFormats");
        const cellValue = new FakeCellValueFormat();
        const colorScale = { criteria: undefined as unknown };
        context.state.record({
          sheet: sheet.name,
          address: boxToAddress(box),
          kind: "conditionalFormat",
          data: { type, cellValue, colorScale },
        });
        return { cellValue, colorScale };
      },
    };
  }
  protected override fetch(): number {
    if (this.isNullObjectValue) return 20;
    const cells = this.box.rowCount * this.box.columnCount;
    const wantsJson = this.isRequested("valuesAsJson");
    if (cells > this.context.state.limits.maxCellsPerRead && (this.isRequested("values") || wantsJson)) {
      throw new OfficeError("RangeExceedsLimit", `${cells} cells`);
    }
    let bytes = 60;
    this.fetchedValues = undefined;
    this.fetchedJson = undefined;
    const wantsValues = this.isRequested("values");
    if (!wantsValues && !wantsJson) return bytes;
    const { row: top, column: left, rowCount, columnCount } = this.box;
    const sheet = this.sheet;
    const values: FakeCell[][] = [];
    const json: unknown[][] = [];
    for (let r = 0; r < rowCount; r++) {
      const row: FakeCell[] = [];
      const jsonRow: unknown[] = [];
      for (let c = 0; c < columnCount; c++) {
        const stored = sheet.cellAt(top + r, left + c);
        // Range.values holds only the basic value of a data type; valuesAsJson the whole object
        // (learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts#the-valuesasjson-property)
        const cell = typeof stored === "object" ? basicValue(stored) : stored;
        if (wantsValues) {
          row.push(cell);
          bytes += jsonBytes(cell);
        }
        if (wantsJson) {
          const full = typeof stored === "object" ? stored : cellValueJson(stored);
          jsonRow.push(full);
          bytes += JSON.stringify(full).length + 1;
        }
      }
      bytes += 3;
      if (wantsValues) values.push(row);
      if (wantsJson) json.push(jsonRow);
    }
    if (wantsValues) this.fetchedValues = values;
    if (wantsJson) this.fetchedJson = json;
    if (this.context.state.jsonResponses)
      this.responseText = JSON.stringify([this.fetchedValues, this.fetchedJson]);
    return bytes;
  }
  private responseText: string | undefined;
  override receive(): void {
    if (this.responseText === undefined) return;
    [this.fetchedValues, this.fetchedJson] = JSON.parse(this.responseText) as [
      FakeCell[][] | undefined,
      unknown[][] | undefined,
    ];
    this.responseText = undefined;
  }
  get isNullObject(): boolean {
    this.needSync();
    return this.isNullObjectValue;
  }
  getCell(row: number, column: number): FakeRange {
    const { box } = this;
    return new FakeRange(this.context, this.sheet, {
      row: box.row + row,
      column: box.column + column,
      rowCount: 1,
      columnCount: 1,
    });
  }
  /**
   * Range.columnHidden (ExcelApi 1.2): "true when all columns in a range are hidden … false when no columns in
   * the range are hidden … null when some columns in a range are hidden and other columns in the same range
   * are not" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member)
   */
  get columnHidden(): boolean | null {
    this.need("columnHidden");
    const { column, columnCount } = this.box;
    let hidden = 0;
    for (let c = column; c < column + columnCount; c++) if (this.sheet.hiddenColumns.has(c)) hidden += 1;
    return hidden === 0 ? false : hidden === columnCount ? true : null;
  }
  /**
   * Range.rowHidden (ExcelApi 1.2: learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member),
   * recorded as a "format" write; the rows are hidden from then on (a visible view and a chart plotting visible
   * cells only leave them out)
   */
  set rowHidden(hidden: boolean) {
    this.context.requireApi("1.2", "Range.rowHidden");
    this.context.state.asHost(() => {
      for (let row = this.box.row; row < this.box.row + this.box.rowCount; row++) {
        if (hidden) this.sheet.hiddenRows.add(row);
        else this.sheet.hiddenRows.delete(row);
      }
    });
    this.context.state.record({
      sheet: this.sheet.name,
      address: boxToAddress(this.box),
      kind: "format",
      data: { rowHidden: hidden },
    });
  }
  /** font, fill, column width, wrapping and row autofit, recorded as "format" writes */
  get format(): {
    font: { bold: boolean; color: string; size: number };
    fill: { color: string };
    columnWidth: number;
    wrapText: boolean;
    autofitRows: () => void;
  } {
    const context = this.context;
    const record = (property: string, value: unknown): void =>
      this.context.state.record({
        sheet: this.sheet.name,
        address: boxToAddress(this.box),
        kind: "format",
        data: { [property]: value },
      });
    return {
      font: {
        set bold(on: boolean) {
          record("bold", on);
        },
        get bold() {
          return false;
        },
        set color(color: string) {
          record("fontColor", color);
        },
        get color() {
          return "";
        },
        set size(points: number) {
          record("fontSize", points);
        },
        get size() {
          return 11;
        },
      },
      fill: {
        set color(color: string) {
          record("fill", color);
        },
        get color() {
          return "";
        },
      },
      set columnWidth(points: number) {
        record("columnWidth", points);
      },
      get columnWidth() {
        return 48;
      },
      set wrapText(on: boolean) {
        record("wrapText", on);
      },
      get wrapText() {
        return false;
      },
      // RangeFormat.autofitRows (ExcelApi 1.2) sizes each row to its content, a hidden one included, which
      // shows it again (Excel's AutoFit Row Height does the same; noted by a spreadsheet library that mirrors
      // Excel: github.com/syncfusion-content/fileformat-docs/pull/1845)
      autofitRows: () => {
        context.requireApi("1.2", "RangeFormat.autofitRows");
        record("autofitRows", true);
        for (let row = this.box.row; row < this.box.row + this.box.rowCount; row++)
          this.sheet.hiddenRows.delete(row);
      },
    };
  }
  get address(): string {
    this.need("address");
    return qualified(this.sheet, this.box);
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.box.rowCount;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.box.columnCount;
  }
  get values(): FakeCell[][] {
    this.need("values");
    return this.fetchedValues ?? [];
  }
  /**
   * Text beginning with an apostrophe keeps it as the cell's prefix, not as part of its value ("the
   * apostrophe is not displayed in the cell"; office-js issue github.com/OfficeDev/office-js/issues/6687);
   * other text beginning with = + - is a formula unless the cell's number format is text ("@")
   * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
   */
  set values(matrix: FakeCell[][]) {
    this.write("values", matrix, (r, c, v) => {
      const key = `${r},${c}`;
      const format = this.sheet.formats.get(key);
      this.sheet.formulas.delete(key);
      if (typeof v === "string" && v.startsWith("'")) {
        this.sheet.written.set(key, v.slice(1));
        return;
      }
      this.sheet.written.set(key, v);
      if (typeof v === "string" && /^[=+\-@]/.test(v) && format !== "@") this.sheet.formulas.set(key, v);
    });
  }
  get valuesAsJson(): unknown[][] {
    this.need("valuesAsJson");
    return this.fetchedJson ?? [];
  }
  /**
   * A formula is stored, never evaluated here: custom functions calculate asynchronously (#BUSY! first, and
   * not at all under manual calculation: learn.microsoft.com/office/dev/add-ins/excel/custom-functions-overview),
   * so the cell and its spill read as empty until a test calculates them.
   */
  set formulas(matrix: FakeCell[][]) {
    this.write("formulas", matrix, (r, c, v) => {
      const key = `${r},${c}`;
      const format = this.sheet.formats.get(key);
      if (typeof v === "string" && v.startsWith("=") && format !== "@") {
        this.sheet.formulas.set(key, v);
        this.sheet.written.delete(key);
      } else this.sheet.written.set(key, typeof v === "string" && v.startsWith("'") ? v.slice(1) : v);
    });
  }
  set numberFormat(matrix: string[][]) {
    this.write("numberFormat", matrix, (r, c, v) => this.sheet.formats.set(`${r},${c}`, String(v)));
  }
  private write(
    kind: "values" | "formulas" | "numberFormat",
    matrix: FakeCell[][],
    put: (r: number, c: number, v: FakeCell) => void,
  ): void {
    if (matrix.length !== this.box.rowCount || matrix.some((row) => row.length !== this.box.columnCount)) {
      this.context.fail("InvalidArgument", `${kind} matrix does not match ${boxToAddress(this.box)}`);
      return;
    }
    let bytes = 2;
    for (const row of matrix) {
      bytes += 2;
      for (const v of row) bytes += jsonBytes(v);
    }
    this.context.send(bytes);
    this.context.state.asHost(() =>
      matrix.forEach((row, r) => row.forEach((v, c) => put(this.box.row + r, this.box.column + c, v))),
    );
    this.context.state.record({
      sheet: this.sheet.name,
      address: boxToAddress(this.box),
      kind,
      data: matrix,
    });
  }
  /**
   * The used cells within this range (ExcelApi 1.4); with valuesOnly only cells with a value or formula count,
   * otherwise formatted cells too (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)).
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requireApi("1.4", "getUsedRangeOrNullObject");
    const used = this.context.state.asHost(() => usedBoxWithin(this.sheet, this.box, valuesOnly));
    return new FakeRange(this.context, this.sheet, used ?? this.box, used === undefined);
  }
  /**
   * "A range bounded by any combination of blank rows and blank columns relative to this range", around its
   * top-left cell (ExcelApi 1.7, learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getsurroundingregion-member(1)):
   * grown while a cell next to it, diagonals included, holds something.
   */
  getSurroundingRegion(): FakeRange {
    this.context.requireApi("1.7", "getSurroundingRegion");
    const region = this.context.state.asHost(() =>
      surroundingRegion(this.sheet, this.box.row, this.box.column),
    );
    return new FakeRange(this.context, this.sheet, region);
  }
  /**
   * "Represents the visible rows of the current range" (ExcelApi 1.3, learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getvisibleview-member(1));
   * its cells are the visible ones in both directions: RangeView.columnCount is "the number of visible columns"
   * (learn.microsoft.com/javascript/api/excel/excel.rangeview#excel-excel-rangeview-columncount-member), so a
   * hidden column is missing from its values as a hidden row is.
   */
  getVisibleView(): FakeRangeView {
    this.context.requireApi("1.3", "getVisibleView");
    return new FakeRangeView(this.context, this.sheet, this.box);
  }
  getTables(_fullyContained?: boolean): FakeTableCollection {
    this.context.requireApi("1.9", "getTables");
    const state = this.context.state;
    return new FakeTableCollection(this.context, () =>
      state.tables.filter(
        (t) => !t.sheet.deleted && t.sheet === this.sheet && intersect(parseBox(t.address), this.box),
      ),
    );
  }
}

/** The visible rows of a range (Excel.RangeView): its values leave out hidden rows. */
export class FakeRangeView extends Loadable {
  private fetchedValues: FakeCell[][] = [];
  constructor(
    context: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly box: Box,
  ) {
    super(context);
  }
  protected override fetch(): number {
    const { row: top, column: left, rowCount, columnCount } = this.box;
    let bytes = 60;
    const values: FakeCell[][] = [];
    const hiddenColumns = this.sheet.hiddenColumns;
    for (let r = top; r < top + rowCount; r++) {
      if (this.sheet.hiddenRows.has(r)) continue;
      const row: FakeCell[] = [];
      for (let c = left; c < left + columnCount; c++) {
        if (hiddenColumns.size > 0 && hiddenColumns.has(c)) continue;
        const stored = this.sheet.cellAt(r, c);
        const cell = typeof stored === "object" ? basicValue(stored) : stored;
        row.push(cell);
        bytes += jsonBytes(cell);
      }
      bytes += 3;
      values.push(row);
    }
    this.fetchedValues = values;
    if (this.context.state.jsonResponses) this.responseText = JSON.stringify(values);
    return bytes;
  }
  private responseText: string | undefined;
  override receive(): void {
    if (this.responseText === undefined) return;
    this.fetchedValues = JSON.parse(this.responseText) as FakeCell[][];
    this.responseText = undefined;
  }
  get values(): FakeCell[][] {
    this.need("values");
    return this.fetchedValues;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.fetchedValues.length;
  }
  get columnCount(): number {
    this.need("columnCount");
    let visible = 0;
    for (let c = this.box.column; c < this.box.column + this.box.columnCount; c++)
      if (!this.sheet.hiddenColumns.has(c)) visible += 1;
    return visible;
  }
}

/** what valuesAsJson gives for a plain cell (the basic types only) */
function cellValueJson(cell: FakeCell): unknown {
  if (cell === "") return { type: "Empty", basicValue: "" };
  if (typeof cell === "number") return { type: "Double", basicValue: cell };
  if (typeof cell === "boolean") return { type: "Boolean", basicValue: cell };
  return { type: "String", basicValue: cell };
}

/** bytes of a cell in the JSON response (single digits, the common survey answer, without String()) */
function jsonBytes(cell: FakeCell): number {
  if (typeof cell === "number" && isInteger(cell) && cell >= 0 && cell < 10) return 2;
  return typeof cell === "string" ? cell.length + 3 : toText(cell).length + 1;
}

export function intersect(a: Box, b: Box): Box | undefined {
  const top = Math.max(a.row, b.row);
  const left = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const right = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  return bottom > top && right > left
    ? { row: top, column: left, rowCount: bottom - top, columnCount: right - left }
    : undefined;
}

function filled(sheet: FakeSheet, row: number, column: number, valuesOnly = true): boolean {
  if (row < 0 || column < 0) return false;
  const cell: StoredCell = sheet.cellAt(row, column);
  if (cell !== "") return true;
  const key = `${row},${column}`;
  return sheet.formulas.has(key) || (!valuesOnly && sheet.formats.has(key));
}

function usedBoxWithin(sheet: FakeSheet, range: Box, valuesOnly: boolean): Box | undefined {
  // every used cell lies in the box of the seed, the written and the formatted cells
  const extent = sheet.extentBox();
  const inside = extent && intersect(extent, range);
  if (!inside) return undefined;
  let { row: top, column: left } = inside;
  let bottom = top + inside.rowCount - 1;
  let right = left + inside.columnCount - 1;
  const rowUsed = (r: number): boolean => {
    for (let c = left; c <= right; c++) if (filled(sheet, r, c, valuesOnly)) return true;
    return false;
  };
  const columnUsed = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) if (filled(sheet, r, c, valuesOnly)) return true;
    return false;
  };
  while (top <= bottom && !rowUsed(top)) top += 1;
  if (top > bottom) return undefined;
  while (!rowUsed(bottom)) bottom -= 1;
  while (!columnUsed(left)) left += 1;
  while (!columnUsed(right)) right -= 1;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

function surroundingRegion(sheet: FakeSheet, row: number, column: number): Box {
  let top = row;
  let left = column;
  let bottom = row;
  let right = column;
  const anyInRow = (r: number, from: number, to: number): boolean => {
    for (let c = from; c <= to; c++) if (filled(sheet, r, c)) return true;
    return false;
  };
  const anyInColumn = (c: number, from: number, to: number): boolean => {
    for (let r = from; r <= to; r++) if (filled(sheet, r, c)) return true;
    return false;
  };
  for (let grown = true; grown;) {
    grown = false;
    while (anyInRow(bottom + 1, left - 1, right + 1)) {
      bottom += 1;
      grown = true;
    }
    if (top > 0 && anyInRow(top - 1, left - 1, right + 1)) {
      top -= 1;
      grown = true;
    }
    if (anyInColumn(right + 1, top - 1, bottom + 1)) {
      right += 1;
      grown = true;
    }
    if (left > 0 && anyInColumn(left - 1, top - 1, bottom + 1)) {
      left -= 1;
      grown = true;
    }
  }
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

class FakeCellValueFormat {
  format = { font: { color: "" }, fill: { color: "" } };
  rule: { formula1?: string; operator?: string } = {};
}
