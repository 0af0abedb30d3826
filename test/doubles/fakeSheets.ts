/** Worksheets of the fake Excel API: the collection, names as Excel allows them, custom properties. */
import { Loadable } from "./fakeBatch";
import type { FakeContext } from "./fakeExcelApi";
import { FakeChartCollection } from "./fakeCharts";
import { FakeRange } from "./fakeRanges";
import { FakeTableCollection } from "./fakeTables";
import { parseBox, sheetNameProblem, type FakeSheet } from "./fakeWorkbook";

/** What a deleted sheet carried when it was deleted (the data of its "deleteSheet" write record). */
export interface DeletedSheetProof {
  id: string;
  customProperties: Record<string, string>;
  /** names of its Excel tables */
  tables: string[];
  /** the non-empty values written on it */
  values: Array<string | number | boolean>;
}

export class FakeWorksheetCollection extends Loadable {
  /** the sheets as they were when the sync that loaded them ran (a loaded collection is a snapshot) */
  private loadedSheets: FakeWorksheet[] = [];
  protected override fetch(): number {
    this.loadedSheets = this.context.state.liveSheets().map((s) => new FakeWorksheet(this.context, s, true));
    return 50 + 40 * this.loadedSheets.length;
  }
  /** the same proxies on every read, as Office.js gives them */
  get items(): FakeWorksheet[] {
    this.need("items");
    return this.loadedSheets;
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.context.state.sheet(name);
    if (!sheet) this.context.fail("ItemNotFound", `no worksheet ${name}`);
    return new FakeWorksheet(this.context, sheet ?? this.context.state.sheets[0]!);
  }
  /**
   * Refuses what Excel refuses (support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9):
   * a name that is blank, longer than 31 characters, holds / \ ? * : [ ], begins or ends with an apostrophe,
   * or is "History"; and a name another sheet has, compared without regard to case.
   */
  add(name: string): FakeWorksheet {
    const state = this.context.state;
    const problem = sheetNameProblem(name);
    if (problem) this.context.fail("InvalidArgument", `worksheet name ${JSON.stringify(name)}: ${problem}`);
    else if (state.sheet(name)) this.context.fail("ItemAlreadyExists", `worksheet ${name} exists`);
    const sheet = state.addSheet(name);
    state.record({ sheet: name, address: "", kind: "addSheet" });
    return new FakeWorksheet(this.context, sheet);
  }
}

/** Worksheet.customProperties (ExcelApi 1.12) */
export class FakeCustomPropertyCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeSheet,
  ) {}
  add(key: string, value: string): void {
    this.context.requireApi("1.12", "Worksheet.customProperties");
    this.sheet.customProperties[key] = value;
    this.context.state.record({
      sheet: this.sheet.name,
      address: "",
      kind: "customProperty",
      data: { key, value },
    });
  }
  getItemOrNullObject(key: string): FakeCustomProperty {
    this.context.requireApi("1.12", "Worksheet.customProperties");
    return new FakeCustomProperty(this.context, this.sheet, key);
  }
}

export class FakeCustomProperty extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly key: string,
  ) {
    super(context);
  }
  get isNullObject(): boolean {
    this.needSync();
    return !(this.key in this.sheet.customProperties);
  }
  get value(): string {
    this.need("value");
    return this.sheet.customProperties[this.key] ?? "";
  }
}

export class FakeWorksheet extends Loadable {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly customProperties: FakeCustomPropertyCollection;
  constructor(
    context: FakeContext,
    readonly sheet: FakeSheet,
    preloaded = false,
  ) {
    super(context);
    if (preloaded) this.resolveNow();
    this.tables = new FakeTableCollection(
      context,
      () => context.state.tables.filter((t) => !t.sheet.deleted && t.sheet === sheet),
      sheet,
    );
    this.charts = new FakeChartCollection(context, sheet);
    this.customProperties = new FakeCustomPropertyCollection(context, sheet);
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
   * Worksheet.delete() (ExcelApi 1.1) removes the sheet with its tables and charts
   * (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)). The record keeps what the
   * sheet carried at that moment (its custom properties and tables), so that a test can prove that every
   * sheet the add-in deleted was its own.
   */
  delete(): void {
    const sheet = this.sheet;
    const state = this.context.state;
    const proof: DeletedSheetProof = {
      id: sheet.id,
      customProperties: { ...sheet.customProperties },
      tables: state.tables.filter((t) => !t.sheet.deleted && t.sheet === sheet).map((t) => t.name),
      values: [...sheet.written.values()].filter((value) => value !== ""),
    };
    sheet.deleted = true;
    state.record({ sheet: sheet.name, address: "", kind: "deleteSheet", data: proof });
  }
  /** Worksheet.position (ExcelApi 1.1): zero-based place among the sheets */
  set position(position: number) {
    const state = this.context.state;
    const index = state.sheets.indexOf(this.sheet);
    state.sheets.splice(index, 1);
    const live = state.sheets.filter((s) => !s.deleted);
    const before = live[position];
    state.sheets.splice(before ? state.sheets.indexOf(before) : state.sheets.length, 0, this.sheet);
    state.record({ sheet: this.sheet.name, address: "", kind: "format", data: { position } });
  }
  /**
   * Worksheet.activate(), ExcelApi 1.1: "Activate the worksheet in the Excel UI."
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)
   * A deleted sheet cannot be activated (Excel answers ItemNotFound for it, as for any call on it).
   */
  activate(): void {
    if (this.sheet.deleted) this.context.fail("ItemNotFound", `worksheet ${this.sheet.name} was deleted`);
    this.context.state.activeSheet = this.sheet;
    this.context.state.record({ sheet: this.sheet.name, address: "", kind: "activate" });
  }
  /** Worksheet.getUsedRangeOrNullObject (ExcelApi 1.4): the used range, or a null object on an empty sheet */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    const whole = { row: 0, column: 0, rowCount: 1_048_576, columnCount: 16_384 };
    return new FakeRange(this.context, this.sheet, whole).getUsedRangeOrNullObject(valuesOnly);
  }
}
