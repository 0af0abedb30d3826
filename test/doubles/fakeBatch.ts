/**
 * The request batch of the fake Excel API: proxies whose properties load() asks for and context.sync()
 * resolves, and the error every refused call raises at sync time (OfficeExtension.Error has a `code`).
 */
import type { FakeContext } from "./fakeExcelApi";

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/**
 * Something with properties that load() fetches and sync() resolves. Like Office.js, a property (and
 * isNullObject) can be read only after it was loaded and a sync ran: "you must call load() … and then sync()
 * before you can read" (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load).
 */
export abstract class Loadable {
  private loaded = new Set<string>();
  private requested = new Set<string>();
  private synced = false;
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
    this.synced = true;
    return this.fetch();
  }
  unresolve(): void {
    this.loaded.clear();
    this.synced = false;
  }
  protected fetch(): number {
    return 50;
  }
  /** the page's side of a response delivered as JSON text (FakeWorkbookState.jsonResponses): parsing it */
  receive(): void {}
  protected isRequested(property: string): boolean {
    return this.loaded.has(property);
  }
  protected need(property: string): void {
    if (!this.loaded.has(property)) throw new OfficeError("PropertyNotLoaded", `${property} was not loaded`);
  }
  /** isNullObject is known only once the object went through a sync */
  protected needSync(): void {
    if (!this.synced) throw new OfficeError("PropertyNotLoaded", "isNullObject read before context.sync()");
  }
}
