/** Workbook settings of the fake Excel API (Excel.SettingCollection, ExcelApi 1.4). */
import { Loadable } from "./fakeBatch";
import type { FakeContext } from "./fakeExcelApi";

export class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}
  add(key: string, value: unknown): void {
    this.context.requireApi("1.4", "workbook.settings");
    this.context.send(key.length + JSON.stringify(value ?? null).length);
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
    this.needSync();
    return !this.context.state.settings.has(this.key);
  }
  get value(): unknown {
    this.need("value");
    return this.context.state.settings.get(this.key);
  }
}
