/**
 * The subset of the Excel JavaScript API that src/excel uses, over a FakeWorkbookState. Like Office.js,
 * loaded properties can be read only after context.sync(); reading one earlier throws PropertyNotLoaded.
 * Errors are raised at sync time with an OfficeExtension-style `code`.
 */
import {
  boxToAddress,
  parseBox,
  qualified,
  type Box,
  type ChartRecord,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbookState,
  type SeriesRecord,
} from "./fakeWorkbook";

// Local aliases: under jest every global lookup goes through the test sandbox and costs ~100× more,
// which matters in the per-cell loops of a million-row read.
const isInteger = Number.isInteger;
const toText = String;

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export class FakeContext {
  readonly workbook: FakeWorkbookApi;
  private pending: Loadable[] = [];
  private pendingError: OfficeError | undefined;
  /** puts the workbook back as it was when this batch began (a whole request refused) */
  private restoreBatch: () => void;
  /** puts the workbook back as it was just before the batch's first failing call */
  private restoreToFailure: (() => void) | undefined;
  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbookApi(this);
    this.restoreBatch = state.snapshot();
  }
  track(object: Loadable): void {
    this.pending.push(object);
  }
  /** the call being queued fails at sync; it and every later call of the batch are not applied */
  fail(code: string, message: string): void {
    if (this.pendingError) return;
    this.pendingError = new OfficeError(code, message);
    this.restoreToFailure = this.state.snapshot();
  }
  /** fails the call being queued when a rejection of this operation was injected */
  rejectIfInjected(operation: "chart"): void {
    const index = this.state.rejections.findIndex((r) => r.operation === operation);
    if (index < 0) return;
    const pending = this.state.rejections[index]!;
    if ((pending.after ?? 0) > 0) {
      pending.after = pending.after! - 1;
      return;
    }
    const [rejection] = this.state.rejections.splice(index, 1);
    this.fail(rejection!.code, rejection!.message ?? rejection!.code);
  }
  requireApi(version: string, what: string): void {
    if (!this.state.supports(version)) this.fail("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }
  async sync(): Promise<void> {
    const state = this.state;
    state.syncCount += 1;
    const failure = state.failures.find((f) => f.onSync === state.syncCount);
    const error = failure
      ? new OfficeError(failure.code, failure.message ?? failure.code)
      : this.pendingError;
    const loads = this.pending;
    const restore = failure ? this.restoreBatch : this.restoreToFailure;
    this.pending = [];
    this.pendingError = undefined;
    this.restoreToFailure = undefined;
    if (error) {
      restore?.();
      this.restoreBatch = state.snapshot();
      throw error;
    }
    this.restoreBatch = state.snapshot();
    let bytes = 0;
    for (const object of loads) bytes += object.resolve();
    state.largestResponseBytes = Math.max(state.largestResponseBytes, bytes);
    if (bytes > state.limits.maxPayloadBytes) {
      for (const object of loads) object.unresolve();
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `response of ${bytes} bytes`);
    }
  }
}

/** Something with properties that load() fetches and sync() resolves. */
abstract class Loadable {
  private loaded = new Set<string>();
  private requested = new Set<string>();
  constructor(protected readonly context: FakeContext) {}
  load(properties?: string | string[]): this {
    const list = Array.isArray(properties) ? properties : (properties ?? "").split(",");
    for (const p of list) this.requested.add(p.trim().split("/")[0]!);
    this.context.track(this);
    return this;
  }
  /** bytes of the response for this object */
  resolve(): number {
    for (const p of this.requested) this.loaded.add(p);
    this.requested.clear();
    return this.fetch();
  }
  unresolve(): void {
    this.loaded.clear();
  }
  protected fetch(): number {
    return 50;
  }
  protected isRequested(property: string): boolean {
    return this.loaded.has(property);
  }
  protected need(property: string): void {
    if (!this.loaded.has(property)) throw new OfficeError("PropertyNotLoaded", `${property} was not loaded`);
  }
}

export class FakeWorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;
  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, () =>
      context.state.tables.filter((t) => !t.sheet.deleted),
    );
    this.settings = new FakeSettingCollection(context);
  }
  getSelectedRange(): FakeRange {
    const { sheet, box } = this.context.state.selection;
    return new FakeRange(this.context, sheet, box);
  }
}

export class FakeWorksheetCollection extends Loadable {
  get items(): FakeWorksheet[] {
    this.need("items");
    return this.context.state.liveSheets().map((s) => new FakeWorksheet(this.context, s, true));
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.context.state.sheet(name);
    if (!sheet) this.context.fail("ItemNotFound", `no worksheet ${name}`);
    return new FakeWorksheet(this.context, sheet ?? this.context.state.sheets[0]!);
  }
  add(name: string): FakeWorksheet {
    const state = this.context.state;
    if (state.sheet(name)) this.context.fail("ItemAlreadyExists", `worksheet ${name} exists`);
    const sheet = state.addSheet(name);
    state.record({ sheet: name, address: "", kind: "addSheet" });
    return new FakeWorksheet(this.context, sheet);
  }
}

export class FakeWorksheet extends Loadable {
  readonly tables: { add: (range: FakeRange, hasHeaders: boolean) => FakeTable };
  readonly charts: FakeChartCollection;
  readonly customProperties: { add: (key: string, value: string) => void };
  constructor(
    context: FakeContext,
    readonly sheet: FakeSheet,
    preloaded = false,
  ) {
    super(context);
    if (preloaded) this.resolveNow();
    this.tables = {
      add: (range, hasHeaders) => {
        const entry = {
          name: `Table${context.state.tables.length + 1}`,
          sheet: range.sheet,
          address: boxToAddress(range.box),
        };
        context.state.tables.push(entry);
        context.state.record({
          sheet: range.sheet.name,
          address: entry.address,
          kind: "table",
          data: { hasHeaders },
        });
        return new FakeTable(context, entry);
      },
    };
    this.charts = new FakeChartCollection(context, sheet, (type, range, seriesBy) => {
      context.rejectIfInjected("chart");
      const record: ChartRecord = {
        sheet: sheet.name,
        type,
        source: boxToAddress(range.box),
        seriesBy,
        axisTitles: {},
        series: [],
      };
      const series =
        seriesBy === "Columns"
          ? range.box.columnCount - (type === "XYScatter" ? 1 : 1)
          : range.box.rowCount - 1;
      for (let i = 0; i < Math.max(1, series); i++) record.series.push({ pointLabels: {} });
      context.state.charts.push(record);
      context.state.record({ sheet: sheet.name, address: record.source, kind: "chart", data: record });
      return new FakeChart(context, record);
    });
    this.customProperties = {
      add: (key, value) => {
        context.requireApi("1.12", "Worksheet.customProperties");
        sheet.customProperties[key] = value;
        context.state.record({
          sheet: sheet.name,
          address: "",
          kind: "customProperty",
          data: { key, value },
        });
      },
    };
  }
  private resolveNow(): void {
    this.load("name,id");
    this.resolve();
  }
  get name(): string {
    this.need("name");
    return this.sheet.name;
  }
  get id(): string {
    this.need("id");
    return this.sheet.id;
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.context, this.sheet, parseBox(address));
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, this.sheet, { row, column, rowCount, columnCount });
  }
  /**
   * Worksheet.activate(), ExcelApi 1.1: "Activate the worksheet in the Excel UI."
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)
   * A deleted sheet cannot be activated (Excel answers ItemNotFound for it, as for any call on it).
   */
  activate(): void {
    if (this.sheet.deleted) this.context.fail("ItemNotFound", `worksheet ${this.sheet.name} was deleted`);
    this.context.state.activeSheet = this.sheet.name;
    this.context.state.record({ sheet: this.sheet.name, address: "", kind: "activate" });
  }
  delete(): void {
    this.sheet.deleted = true;
    this.context.state.record({ sheet: this.sheet.name, address: "", kind: "deleteSheet" });
  }
}

export class FakeRange extends Loadable {
  readonly worksheet: FakeWorksheet;
  readonly conditionalFormats: { add: (type: string) => { cellValue: FakeCellValueFormat } };
  private fetchedValues: FakeCell[][] | undefined;
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
        context.state.record({
          sheet: sheet.name,
          address: boxToAddress(box),
          kind: "conditionalFormat",
          data: { type, cellValue },
        });
        return { cellValue };
      },
    };
  }
  protected override fetch(): number {
    if (this.isNullObjectValue) return 20;
    const cells = this.box.rowCount * this.box.columnCount;
    if (cells > this.context.state.limits.maxCellsPerRead && this.isRequested("values")) {
      throw new OfficeError("RangeExceedsLimit", `${cells} cells`);
    }
    let bytes = 60;
    this.fetchedValues = undefined;
    try {
      this.need("values");
    } catch {
      return bytes;
    }
    const { row: top, column: left, rowCount, columnCount } = this.box;
    const sheet = this.sheet;
    const values: FakeCell[][] = [];
    for (let r = 0; r < rowCount; r++) {
      const row: FakeCell[] = [];
      for (let c = 0; c < columnCount; c++) {
        const cell = sheet.cellAt(top + r, left + c);
        row.push(cell);
        bytes += jsonBytes(cell);
      }
      bytes += 3;
      values.push(row);
    }
    this.fetchedValues = values;
    return bytes;
  }
  get isNullObject(): boolean {
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
  /** font, fill and column width, recorded as "format" writes */
  get format(): {
    font: { bold: boolean; color: string; size: number };
    fill: { color: string };
    columnWidth: number;
  } {
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
  set values(matrix: FakeCell[][]) {
    this.write("values", matrix, (r, c, v) => {
      const format = this.sheet.formats.get(`${r},${c}`);
      this.sheet.written.set(`${r},${c}`, v);
      if (typeof v === "string" && /^[=+\-@]/.test(v) && format !== "@")
        this.sheet.formulas.set(`${r},${c}`, v);
    });
  }
  set formulas(matrix: FakeCell[][]) {
    this.write("formulas", matrix, (r, c, v) => {
      const format = this.sheet.formats.get(`${r},${c}`);
      if (typeof v === "string" && v.startsWith("=") && format !== "@")
        this.sheet.formulas.set(`${r},${c}`, v);
      else this.sheet.written.set(`${r},${c}`, v);
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
    matrix.forEach((row, r) => row.forEach((v, c) => put(this.box.row + r, this.box.column + c, v)));
    this.context.state.record({
      sheet: this.sheet.name,
      address: boxToAddress(this.box),
      kind,
      data: matrix,
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.context.requireApi("1.4", "getUsedRangeOrNullObject");
    const used = this.sheet.usedBox();
    const inter = used && intersect(used, this.box);
    const empty = !inter || !hasValue(this.sheet, inter);
    return new FakeRange(this.context, this.sheet, inter ?? this.box, empty);
  }
  getSurroundingRegion(): FakeRange {
    this.context.requireApi("1.7", "getSurroundingRegion");
    const seed = this.sheet.seed?.origin;
    const inside = seed && intersect(seed, { ...this.box, rowCount: 1, columnCount: 1 });
    return new FakeRange(
      this.context,
      this.sheet,
      inside ? seed : { ...this.box, rowCount: 1, columnCount: 1 },
    );
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

/** bytes of a cell in the JSON response (single digits, the common survey answer, without String()) */
function jsonBytes(cell: FakeCell): number {
  if (typeof cell === "number" && isInteger(cell) && cell >= 0 && cell < 10) return 2;
  return typeof cell === "string" ? cell.length + 3 : toText(cell).length + 1;
}

function intersect(a: Box, b: Box): Box | undefined {
  const top = Math.max(a.row, b.row);
  const left = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const right = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  return bottom > top && right > left
    ? { row: top, column: left, rowCount: bottom - top, columnCount: right - left }
    : undefined;
}

function hasValue(sheet: FakeSheet, box: Box): boolean {
  for (let r = 0; r < Math.min(box.rowCount, 50); r++) {
    for (let c = 0; c < box.columnCount; c++)
      if (sheet.cellAt(box.row + r, box.column + c) !== "") return true;
  }
  return false;
}

class FakeCellValueFormat {
  format = { font: { color: "" }, fill: { color: "" } };
  rule: { formula1?: string; operator?: string } = {};
}

type TableEntry = FakeWorkbookState["tables"][number];

export class FakeTable extends Loadable {
  constructor(
    context: FakeContext,
    private readonly entry: TableEntry | undefined,
  ) {
    super(context);
  }
  get isNullObject(): boolean {
    return this.entry === undefined;
  }
  get name(): string {
    this.need("name");
    return this.entry?.name ?? "";
  }
  set name(name: string) {
    if (this.entry) this.entry.name = name;
  }
  set style(style: string) {
    if (this.entry) this.entry.style = style;
  }
  get showHeaders(): boolean {
    this.need("showHeaders");
    return this.entry?.showHeaders !== false;
  }
  /** the data rows: the whole range without the header row (when shown) and the total row (when there is one) */
  getDataBodyRange(): FakeRange {
    const entry = this.entry;
    if (!entry) return this.getRange();
    const box = parseBox(entry.address);
    const top = entry.showHeaders === false ? 0 : 1;
    const bottom = entry.totals ? 1 : 0;
    return new FakeRange(this.context, entry.sheet, {
      ...box,
      row: box.row + top,
      rowCount: box.rowCount - top - bottom,
    });
  }
  getHeaderRowRange(): FakeRange {
    const entry = this.entry;
    if (!entry) return this.getRange();
    if (entry.showHeaders === false)
      this.context.fail("InvalidOperation", "the table's header row is hidden");
    return new FakeRange(this.context, entry.sheet, { ...parseBox(entry.address), rowCount: 1 });
  }
  getRange(): FakeRange {
    const entry = this.entry;
    if (!entry) return new FakeRange(this.context, this.context.state.sheets[0]!, parseBox("A1"), true);
    return new FakeRange(this.context, entry.sheet, parseBox(entry.address));
  }
}

export class FakeTableCollection extends Loadable {
  constructor(
    context: FakeContext,
    private readonly entries: () => TableEntry[],
  ) {
    super(context);
  }
  get items(): FakeTable[] {
    this.need("items");
    return this.entries().map((entry) => {
      const table = new FakeTable(this.context, entry);
      table.load("name,showHeaders");
      table.resolve();
      return table;
    });
  }
  getItem(name: string): FakeTable {
    const entry = this.entries().find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!entry) this.context.fail("ItemNotFound", `no table ${name}`);
    return new FakeTable(this.context, entry);
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(
      this.context,
      this.entries().find((t) => t.name.toLowerCase() === name.toLowerCase()),
    );
  }
}

export class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}
  add(key: string, value: unknown): void {
    this.context.requireApi("1.4", "workbook.settings");
    this.context.state.settings.set(key, value);
    this.context.state.record({ sheet: "", address: key, kind: "setting", data: value });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }
}

export class FakeSetting extends Loadable {
  constructor(
    context: FakeContext,
    private readonly key: string,
  ) {
    super(context);
  }
  get isNullObject(): boolean {
    return !this.context.state.settings.has(this.key);
  }
  get value(): unknown {
    this.need("value");
    return this.context.state.settings.get(this.key);
  }
}

export class FakeChartCollection extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeSheet,
    readonly add: (type: string, range: FakeRange, seriesBy: string) => FakeChart,
  ) {
    super(context);
  }
  /** the sheet's charts (as records: only their count and order matter to the code under test) */
  get items(): ChartRecord[] {
    this.need("items");
    return this.context.state.charts.filter((chart) => chart.sheet === this.sheet.name);
  }
}

export class FakeChart {
  readonly title: { text: string };
  readonly axes: { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } };
  readonly series: { getItemAt: (i: number) => FakeSeries; add: (name: string) => FakeSeries };
  constructor(context: FakeContext, record: ChartRecord) {
    const titled = (set: (text: string) => void): { text: string } => ({
      set text(text: string) {
        set(text);
      },
      get text() {
        return "";
      },
    });
    this.title = titled((t) => (record.title = t));
    this.axes = {
      categoryAxis: { title: titled((t) => (record.axisTitles.category = t)) },
      valueAxis: { title: titled((t) => (record.axisTitles.value = t)) },
    };
    this.series = {
      getItemAt: (i) => {
        const series = record.series[i];
        if (!series) context.fail("ItemNotFound", `series ${i}`);
        return new FakeSeries(context, series ?? { pointLabels: {} });
      },
      add: (name) => {
        context.requireApi("1.7", "ChartSeriesCollection.add");
        const series: SeriesRecord = { name, pointLabels: {} };
        record.series.push(series);
        return new FakeSeries(context, series);
      },
    };
    this.setPosition = (start: string, end?: string) => {
      record.position = [start, end];
    };
  }
  setPosition: (start: string, end?: string) => void;
}

export class FakeSeries {
  readonly points: { getItemAt: (i: number) => { dataLabel: { showValue: boolean; text: string } } };
  constructor(
    private readonly context: FakeContext,
    private readonly record: SeriesRecord,
  ) {
    this.points = {
      getItemAt: (i) => {
        const labels = record.pointLabels;
        return {
          dataLabel: {
            showValue: true,
            set text(text: string) {
              context.requireApi("1.8", "ChartDataLabel.text");
              labels[i] = text;
            },
            get text() {
              return labels[i] ?? "";
            },
          },
        };
      },
    };
  }
  set name(name: string) {
    this.record.name = name;
  }
  set hasDataLabels(on: boolean) {
    this.context.requireApi("1.7", "ChartSeries.hasDataLabels");
    this.record.hasDataLabels = on;
  }
  set chartType(type: string) {
    this.context.requireApi("1.7", "ChartSeries.chartType");
    this.record.chartType = type;
  }
  set markerStyle(style: string) {
    this.context.requireApi("1.7", "ChartSeries.markerStyle");
    this.record.markerStyle = style;
  }
  setXAxisValues(range: FakeRange): void {
    this.context.requireApi("1.7", "ChartSeries.setXAxisValues");
    this.record.xValues = boxToAddress(range.box);
  }
  setValues(range: FakeRange): void {
    this.context.requireApi("1.7", "ChartSeries.setValues");
    this.record.values = boxToAddress(range.box);
  }
}
