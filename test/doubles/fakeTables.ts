/** Excel tables of the fake Excel API: adding (never overlapping), naming (unique), their parts. */
import { Loadable } from "./fakeBatch";
import type { FakeContext } from "./fakeExcelApi";
import { FakeRange, intersect } from "./fakeRanges";
import {
  boxToAddress,
  parseBox,
  tableNameProblem,
  type FakeSheet,
  type FakeWorkbookState,
} from "./fakeWorkbook";

type TableEntry = FakeWorkbookState["tables"][number];

export class FakeTable extends Loadable {
  constructor(
    context: FakeContext,
    private readonly entry: TableEntry | undefined,
  ) {
    super(context);
  }
  get isNullObject(): boolean {
    this.needSync();
    return this.entry === undefined;
  }
  get name(): string {
    this.need("name");
    return this.entry?.name ?? "";
  }
  /**
   * A table name must follow "Rename an Excel table"
   * (support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114, linked from Table.name): unique among
   * the workbook's tables and defined names without regard to case, no spaces, not a cell reference.
   */
  set name(name: string) {
    const entry = this.entry;
    if (!entry) return;
    const problem = tableNameProblem(name) ?? this.context.state.nameTaken(name, entry);
    if (problem) {
      this.context.fail("InvalidArgument", `table name ${JSON.stringify(name)}: ${problem}`);
      return;
    }
    entry.name = name;
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
    /** the worksheet of Worksheet.tables; tables are added through it */
    private readonly sheet?: FakeSheet,
  ) {
    super(context);
  }
  /** the tables as they were when the sync that loaded them ran (a loaded collection is a snapshot) */
  private loadedTables: FakeTable[] = [];
  protected override fetch(): number {
    this.loadedTables = this.entries().map((entry) => {
      const table = new FakeTable(this.context, entry);
      table.load("name,showHeaders");
      table.resolve();
      return table;
    });
    return 50 + 30 * this.loadedTables.length;
  }
  /** the same proxies on every read, as Office.js gives them */
  get items(): FakeTable[] {
    this.need("items");
    return this.loadedTables;
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
  /**
   * "If the table cannot be added (e.g., because the address is invalid, or the table would overlap with
   * another table), an error will be thrown" (learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
   * A new table is named Table1, Table2… with the first number no table or name has.
   */
  add(range: FakeRange, hasHeaders: boolean): FakeTable {
    const { context } = this;
    const state = context.state;
    const box = range.box;
    const sheet = this.sheet ?? range.sheet;
    const overlapped = state.tables.find(
      (t) => !t.sheet.deleted && t.sheet === sheet && intersect(parseBox(t.address), box),
    );
    if (overlapped) {
      context.fail("InvalidArgument", `a table at ${boxToAddress(box)} would overlap ${overlapped.name}`);
      return new FakeTable(context, undefined);
    }
    let n = 1;
    while (state.nameTaken(`Table${n}`)) n += 1;
    const entry: TableEntry = { name: `Table${n}`, sheet, address: boxToAddress(box) };
    state.tables.push(entry);
    state.record({ sheet: sheet.name, address: entry.address, kind: "table", data: { hasHeaders } });
    return new FakeTable(context, entry);
  }
}
