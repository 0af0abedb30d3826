/**
 * In-memory workbook state behind the fake Excel API: sheets seeded with survey cells (as arrays, or lazily
 * from a function so a million-row survey is not copied), every write recorded with its sheet and address,
 * sync counting, the web payload limits, and injectable host failures. No Node-only APIs: it is bundled
 * for the browser as a fake office.js too.
 */

export type FakeCell = string | number | boolean;

/**
 * A cell holding a data type (a stock, a geography, a formatted number…) as valuesAsJson gives it: `type`,
 * `basicType` and `basicValue`, which is what Range.values returns for it
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts#json-schema).
 */
export interface DataTypeCell {
  type: string;
  basicType?: string;
  basicValue: FakeCell;
  [property: string]: unknown;
}

export type StoredCell = FakeCell | DataTypeCell;

export function basicValue(cell: StoredCell): FakeCell {
  return typeof cell === "object" ? cell.basicValue : cell;
}

/**
 * ExcelApi 1.x minor version of the oldest Excel the manifest admits: it requires SharedRuntime 1.1, first
 * shipped in Office 2021, whose newest Excel set is ExcelApi 1.14 ("Office 2021: Version 2108" in the table at
 * learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets). Tests run there unless
 * they say otherwise, so code that needs a newer set must check for it.
 */
export const LOWEST_HOST_EXCEL_API_MINOR = 14;

export interface SheetSeed {
  name: string;
  /** top-left cell of the seeded block, "A1" by default */
  at?: string;
  rows?: StoredCell[][];
  /** lazy alternative to rows: rowCount × columnCount cells computed on demand */
  rowCount?: number;
  columnCount?: number;
  cell?: (row: number, column: number) => StoredCell;
  /** rows hidden (by a filter or by hand), as Excel numbers them (1 = the first row) */
  hiddenRows?: number[];
  /** columns hidden by hand, as Excel names them ("E") */
  hiddenColumns?: string[];
}

export interface WorkbookSeed {
  sheets: SheetSeed[];
  /** selected range on the first sheet, or "Sheet!A1:B2"; "A1:B2,D1:D9" selects several areas */
  selection?: string;
  /** highest supported ExcelApi 1.x minor version: 8 supports "1.1" … "1.8"; default LOWEST_HOST_EXCEL_API_MINOR */
  excelApiMinor?: number;
  displayLanguage?: string;
  /** Excel tables; `totals` adds a total row (the last row of address), `showHeaders: false` hides the header */
  tables?: Array<{ name: string; sheet: string; address: string; totals?: boolean; showHeaders?: boolean }>;
  limits?: { maxCellsPerRead: number; maxPayloadBytes: number };
  /** defined names of the workbook (they share one namespace with table names) */
  names?: string[];
  /**
   * Deliver each response as Office on the web does, as JSON text the page parses (the browser test turns this
   * on, so that the pane pays for parsing what it reads, as it does in Excel); off, loaded values are handed
   * over as they are.
   */
  jsonResponses?: boolean;
  /**
   * Each context.sync() is a round trip, as in Office: the request leaves in one task, Excel answers in another
   * and the response arrives in a third (Office on the web posts messages between the add-in's frame and Excel);
   * off, a sync resolves at once, in the same task. The browser test turns it on.
   */
  roundTrips?: boolean;
}

export interface WriteRecord {
  sync: number;
  sheet: string;
  address: string;
  kind:
    | "values"
    | "formulas"
    | "numberFormat"
    | "addSheet"
    | "deleteSheet"
    | "table"
    | "conditionalFormat"
    | "chart"
    | "customProperty"
    | "setting"
    | "format"
    | "activate";
  data?: unknown;
}

export interface ChartRecord {
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: [string, string | undefined];
  axisTitles: { category?: string; value?: string };
  series: SeriesRecord[];
  /** bounds and order set on the axes */
  axes?: Partial<Record<"category" | "value", { reversed?: boolean; minimum?: number; maximum?: number }>>;
  plotVisibleOnly?: boolean;
}

export interface SeriesRecord {
  name?: string;
  /** x values of a scatter series, categories of a bar or radar series */
  xValues?: string;
  values?: string;
  /** points of the series: one per value */
  pointCount: number;
  /** times ChartDataLabel.showValue was set on one of its points */
  showValueWrites?: number;
  chartType?: string;
  markerStyle?: string;
  hasDataLabels?: boolean;
  pointLabels: Record<number, string>;
  /** points whose data label was switched off */
  pointsWithoutLabel?: number[];
  labelPositions?: Record<number, string>;
}

export interface InjectedFailure {
  /** 1-based sync number (counted over the workbook's lifetime) */
  onSync: number;
  code: string;
  message?: string;
}

/** The host refuses the next call of this kind (at sync time, like Excel: earlier calls stay applied). */
export interface InjectedRejection {
  operation: "chart" | "pointLabel";
  /** calls of this kind let through first (default 0) */
  after?: number;
  code: string;
  message?: string;
}

export interface Box {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export class FakeSheet {
  readonly id: string;
  readonly written = new Map<string, FakeCell>();
  readonly formats = new Map<string, string>();
  readonly formulas = new Map<string, string>();
  customProperties: Record<string, string> = {};
  deleted = false;
  /** zero-based rows that are hidden */
  readonly hiddenRows = new Set<number>();
  /** zero-based columns that are hidden */
  readonly hiddenColumns = new Set<number>();
  constructor(
    public name: string,
    id: number,
    readonly seed?: { origin: Box; cell: (row: number, column: number) => StoredCell },
  ) {
    this.id = `{0000000${id}-FAKE-SHEET}`;
  }

  cellAt(row: number, column: number): StoredCell {
    if (this.written.size > 0) {
      const written = this.written.get(`${row},${column}`);
      if (written !== undefined) return written;
    }
    const seed = this.seed;
    if (!seed) return "";
    const r = row - seed.origin.row;
    const c = column - seed.origin.column;
    if (r < 0 || c < 0 || r >= seed.origin.rowCount || c >= seed.origin.columnCount) return "";
    return seed.cell(r, c);
  }

  /** bounding box of the seed and of every written, formula or formatted cell (used or not) */
  extentBox(): Box | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const add = (row: number, column: number, rowCount = 1, columnCount = 1): void => {
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row + rowCount - 1);
      right = Math.max(right, column + columnCount - 1);
    };
    if (this.seed) {
      const o = this.seed.origin;
      add(o.row, o.column, o.rowCount, o.columnCount);
    }
    for (const map of [this.written, this.formulas, this.formats]) {
      for (const key of map.keys()) {
        const [row, column] = key.split(",").map(Number) as [number, number];
        add(row, column);
      }
    }
    if (bottom < 0) return undefined;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** bounding box of seeded and written cells */
  usedBox(): Box | undefined {
    const boxes: Box[] = [];
    if (this.seed) boxes.push(this.seed.origin);
    for (const key of this.written.keys()) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      if (this.written.get(key) !== "") boxes.push({ row, column, rowCount: 1, columnCount: 1 });
    }
    if (boxes.length === 0) return undefined;
    const top = Math.min(...boxes.map((b) => b.row));
    const left = Math.min(...boxes.map((b) => b.column));
    const bottom = Math.max(...boxes.map((b) => b.row + b.rowCount));
    const right = Math.max(...boxes.map((b) => b.column + b.columnCount));
    return { row: top, column: left, rowCount: bottom - top, columnCount: right - left };
  }
}

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  readonly definedNames: string[];
  readonly tables: Array<{
    name: string;
    sheet: FakeSheet;
    address: string;
    style?: string;
    totals?: boolean;
    showHeaders?: boolean;
  }> = [];
  readonly charts: ChartRecord[] = [];
  readonly writes: WriteRecord[] = [];
  readonly failures: InjectedFailure[] = [];
  readonly rejections: InjectedRejection[] = [];
  selection: { sheet: FakeSheet; box: Box; areas: number };
  /** the sheet Worksheet.activate() chose last */
  activeSheet?: FakeSheet;
  excelApiMinor: number;
  displayLanguage: string;
  limits: { maxCellsPerRead: number; maxPayloadBytes: number };
  syncCount = 0;
  /** largest request of any sync, bytes (the written matrices, estimated as JSON) */
  largestRequestBytes = 0;
  /** largest response of any sync, bytes (estimated as JSON) */
  largestResponseBytes = 0;
  /** responses are delivered as JSON text (WorkbookSeed.jsonResponses) */
  readonly jsonResponses: boolean;
  /** each sync is a round trip across tasks (WorkbookSeed.roundTrips) */
  readonly roundTrips: boolean;
  /**
   * [start, end] (performance.now(), ms) of each stretch this double spent doing Excel's own work: finding
   * regions, applying writes, answering a sync. In Office that work runs in Excel, not on the pane's thread
   * (Office on the web talks to the add-in's frame by messages; desktop Excel runs it in its own process:
   * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization), so the browser
   * test leaves it out of the pane's task lengths.
   */
  readonly hostWork: Array<[number, number]> = [];
  private nextSheetId = 1;

  /** runs Excel's side of a call, recording how long it took (see hostWork) */
  asHost<T>(work: () => T): T {
    const clock = globalThis.performance;
    const start = clock.now();
    try {
      return work();
    } finally {
      this.hostWork.push([start, clock.now()]);
    }
  }

  constructor(seed: WorkbookSeed) {
    for (const sheet of seed.sheets) this.addSeededSheet(sheet);
    if (this.sheets.length === 0) this.addSheet("Sheet1");
    this.excelApiMinor = seed.excelApiMinor ?? LOWEST_HOST_EXCEL_API_MINOR;
    this.definedNames = [...(seed.names ?? [])];
    this.displayLanguage = seed.displayLanguage ?? "en-US";
    this.limits = seed.limits ?? { maxCellsPerRead: 5_000_000, maxPayloadBytes: 5 * 1024 * 1024 };
    this.jsonResponses = seed.jsonResponses ?? false;
    this.roundTrips = seed.roundTrips ?? false;
    for (const t of seed.tables ?? []) this.tables.push({ ...t, sheet: this.sheet(t.sheet)! });
    this.selection = {
      sheet: this.sheets[0]!,
      box: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      areas: 1,
    };
    if (seed.selection) this.select(seed.selection);
  }

  select(address: string): void {
    const bang = address.lastIndexOf("!");
    const sheet =
      bang < 0
        ? (this.selection?.sheet ?? this.sheets[0]!)
        : this.sheet(address.slice(0, bang).replace(/^'|'$/g, ""));
    if (!sheet) throw new Error(`no sheet in ${address}`);
    const areas = (bang < 0 ? address : address.slice(bang + 1)).split(",");
    this.selection = { sheet, box: parseBox(areas[0]!), areas: areas.length };
  }

  /** why `name` cannot be a table's name because a table (other than `except`) or a defined name has it */
  nameTaken(name: string, except?: FakeWorkbookState["tables"][number]): string | undefined {
    const key = name.toLowerCase();
    if (this.tables.some((t) => t !== except && !t.sheet.deleted && t.name.toLowerCase() === key))
      return "another table has this name";
    if (this.definedNames.some((n) => n.toLowerCase() === key)) return "a defined name has this name";
    return undefined;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase());
  }

  liveSheets(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, this.nextSheetId++);
    this.sheets.push(sheet);
    return sheet;
  }

  private addSeededSheet(seed: SheetSeed): void {
    const at = parseBox(seed.at ?? "A1");
    const rows = seed.rows;
    const rowCount = rows ? rows.length : (seed.rowCount ?? 0);
    // a loop, not Math.max(...rows.map(…)): V8 refuses a call with ~10^5 arguments (RangeError), which is what
    // kept a 200,000-respondent seed from ever loading in the browser test
    let columnCount = rows ? 0 : (seed.columnCount ?? 0);
    for (const row of rows ?? []) if (row.length > columnCount) columnCount = row.length;
    const cell = rows ? (r: number, c: number): StoredCell => rows[r]?.[c] ?? "" : (seed.cell ?? (() => ""));
    const origin = { row: at.row, column: at.column, rowCount, columnCount };
    const sheet = new FakeSheet(seed.name, this.nextSheetId++, rowCount > 0 ? { origin, cell } : undefined);
    for (const row of seed.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
    for (const column of seed.hiddenColumns ?? []) sheet.hiddenColumns.add(parseBox(`${column}1`).column);
    this.sheets.push(sheet);
  }

  record(write: Omit<WriteRecord, "sync">): void {
    this.writes.push({ ...write, sync: this.syncCount + 1 });
  }

  /**
   * Everything a batch can change, captured so that a failed sync can put it back: Excel applies a batch's
   * calls in order and stops at the first that fails, so the calls queued after it never happen.
   */
  snapshot(): () => void {
    const sheetCount = this.sheets.length;
    const sheets = this.sheets.map((sheet) => ({
      sheet,
      name: sheet.name,
      deleted: sheet.deleted,
      written: new Map(sheet.written),
      formats: new Map(sheet.formats),
      formulas: new Map(sheet.formulas),
      customProperties: { ...sheet.customProperties },
      hiddenRows: new Set(sheet.hiddenRows),
    }));
    const tables = this.tables.map((table) => ({ table, copy: { ...table } }));
    const charts = JSON.stringify(this.charts);
    const settings = new Map(this.settings);
    const writes = this.writes.length;
    return () => {
      this.sheets.length = sheetCount;
      for (const saved of sheets) {
        const { sheet } = saved;
        sheet.name = saved.name;
        sheet.deleted = saved.deleted;
        for (const key of ["written", "formats", "formulas"] as const) {
          sheet[key].clear();
          for (const [k, v] of saved[key]) (sheet[key] as Map<string, unknown>).set(k, v);
        }
        sheet.customProperties = saved.customProperties;
        sheet.hiddenRows.clear();
        for (const row of saved.hiddenRows) sheet.hiddenRows.add(row);
      }
      this.tables.length = 0;
      for (const { table, copy } of tables) this.tables.push(Object.assign(table, copy));
      this.charts.length = 0;
      this.charts.push(...(JSON.parse(charts) as ChartRecord[]));
      this.settings.clear();
      for (const [k, v] of settings) this.settings.set(k, v);
      this.writes.length = writes;
    };
  }

  supports(version: string): boolean {
    const [major, minor = "0"] = version.split(".");
    return major === "1" && Number(minor) <= this.excelApiMinor;
  }
}

// ----- names Excel refuses -----

/**
 * Why Excel refuses `name` for a worksheet (support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9):
 * blank, more than 31 characters, one of / \ ? * : [ ], an apostrophe first or last, or "History".
 */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return "blank";
  if (name.length > 31) return "longer than 31 characters";
  if (/[\\/?*:[\]]/.test(name)) return "holds one of / \\ ? * : [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "History is reserved";
  return undefined;
}

/**
 * Why Excel refuses `name` for a table (support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114):
 * it must begin with a letter, underscore or backslash, hold no spaces, be at most 255 characters and not be
 * a cell reference such as A1 or R1C1 (nor C or R alone).
 */
export function tableNameProblem(name: string): string | undefined {
  if (!/^[\p{L}_\\]/u.test(name)) return "must begin with a letter, an underscore or a backslash";
  if (/\s/.test(name)) return "holds a space";
  if (name.length > 255) return "longer than 255 characters";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name))
    return "is a cell reference";
  return undefined;
}

// ----- A1 helpers (kept here so the double does not depend on the code it tests) -----

export function parseBox(address: string): Box {
  const match = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(address.trim());
  if (!match) throw new Error(`fake Excel: bad address ${address}`);
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(match[2]) - 1;
  const c1 = col(match[1]!);
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  const c2 = match[3] ? col(match[3]) : c1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

export function boxToAddress(box: Box): string {
  const letters = (c: number): string => {
    let n = c + 1;
    let s = "";
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const start = `${letters(box.column)}${box.row + 1}`;
  if (box.rowCount === 1 && box.columnCount === 1) return start;
  return `${start}:${letters(box.column + box.columnCount - 1)}${box.row + box.rowCount}`;
}

export function qualified(sheet: FakeSheet, box: Box): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet.name)
    ? sheet.name
    : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${boxToAddress(box)}`;
}
