/**
 * The subset of the Excel JavaScript API that src/excel uses, over a FakeWorkbookState, split by what it
 * models: the batch (fakeBatch), worksheets (fakeSheets), ranges (fakeRanges), tables (fakeTables), settings
 * (fakeSettings) and charts (fakeCharts). Like Office.js, loaded properties can be read only after
 * context.sync(), and errors are raised at sync time with an OfficeExtension-style `code`. Each rule that
 * makes the fake as strict as Excel names the Microsoft page that states it, and has a test of its own in
 * test/doubles/fakeExcelRules.test.ts.
 */
import { OfficeError, type Loadable } from "./fakeBatch";
import { FakeRange } from "./fakeRanges";
import { FakeSettingCollection } from "./fakeSettings";
import { FakeWorksheetCollection } from "./fakeSheets";
import { FakeTableCollection } from "./fakeTables";
import type { FakeWorkbookState } from "./fakeWorkbook";

export { OfficeError } from "./fakeBatch";
export { FakeRange } from "./fakeRanges";
export { FakeWorksheet, FakeWorksheetCollection } from "./fakeSheets";
export { FakeTable, FakeTableCollection } from "./fakeTables";
export { FakeSetting, FakeSettingCollection } from "./fakeSettings";
export { FakeChart, FakeChartCollection, FakeSeries } from "./fakeCharts";

export class FakeContext {
  readonly workbook: FakeWorkbookApi;
  private pending: Loadable[] = [];
  private pendingError: OfficeError | undefined;
  /** bytes of the request this batch sends (the matrices written), estimated as JSON */
  private requestBytes = 0;
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
  /** adds a queued call's payload to the request of this batch */
  send(bytes: number): void {
    this.requestBytes += bytes;
  }
  /** the call being queued fails at sync; it and every later call of the batch are not applied */
  fail(code: string, message: string): void {
    if (this.pendingError) return;
    this.pendingError = new OfficeError(code, message);
    this.restoreToFailure = this.state.snapshot();
  }
  /** fails the call being queued when a rejection of this operation was injected */
  rejectIfInjected(operation: "chart" | "pointLabel"): void {
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
    const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
    // Excel's side of the sync, timed as the host's work, in a task of its own when syncs are round trips;
    // then the pane's: reading the response
    if (state.roundTrips) await nextTask();
    const loads = state.asHost(() => this.answer());
    if (state.roundTrips) await nextTask();
    if (state.jsonResponses) for (const object of loads) object.receive();
  }

  /** runs the queued batch as Excel would and returns the objects whose loaded properties it answered */
  private answer(): Loadable[] {
    const state = this.state;
    state.syncCount += 1;
    const failure = state.failures.find((f) => f.onSync === state.syncCount);
    const requestBytes = this.requestBytes;
    state.largestRequestBytes = Math.max(state.largestRequestBytes, requestBytes);
    // Excel on the web refuses a request above its payload limit as a whole, before running any of it
    // (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins)
    const tooLarge =
      requestBytes > state.limits.maxPayloadBytes
        ? new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`)
        : undefined;
    const error =
      (failure ? new OfficeError(failure.code, failure.message ?? failure.code) : undefined) ??
      tooLarge ??
      this.pendingError;
    const loads = this.pending;
    const restore = failure || tooLarge ? this.restoreBatch : this.restoreToFailure;
    this.pending = [];
    this.pendingError = undefined;
    this.restoreToFailure = undefined;
    this.requestBytes = 0;
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
    return loads;
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
  /**
   * "If there are multiple ranges selected, this method will throw an error"
   * (learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1));
   * the code is Excel.ErrorCodes.invalidSelection.
   */
  getSelectedRange(): FakeRange {
    const { sheet, box, areas } = this.context.state.selection;
    if (areas > 1) this.context.fail("InvalidSelection", "several ranges are selected");
    return new FakeRange(this.context, sheet, box);
  }
}
