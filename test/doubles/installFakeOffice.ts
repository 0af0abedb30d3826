/**
 * Installs a fake `Office` and `Excel` on a global object (globalThis in jest, window in the browser test),
 * backed by an in-memory workbook seeded with a survey. Returns the workbook state so tests can inspect every
 * write, count syncs, change the selection or the supported requirement sets, and inject host failures.
 */
import { FakeContext } from "./fakeExcelApi";
import {
  FakeWorkbookState,
  type InjectedFailure,
  type InjectedRejection,
  type WorkbookSeed,
} from "./fakeWorkbook";

export { FakeWorkbookState } from "./fakeWorkbook";
export type {
  WorkbookSeed,
  WriteRecord,
  ChartRecord,
  SheetSeed,
  InjectedFailure,
  InjectedRejection,
} from "./fakeWorkbook";

export interface FakeOffice {
  state: FakeWorkbookState;
  /**
   * What the page registered through CustomFunctions.associate, by function id. The shared runtime has the
   * CustomFunctions global in the taskpane's page, so registration runs where the pane runs:
   * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-shared-overview
   */
  associatedFunctions: Map<string, unknown>;
  /** the next sync numbered `onSync` (counted from now) fails with `code` */
  failSync(failure: InjectedFailure): void;
  /** the next call of this kind is refused by the host (the calls queued before it in its batch stay applied) */
  reject(rejection: InjectedRejection): void;
  uninstall(): void;
}

export function installFakeOffice(target: object, seed: WorkbookSeed): FakeOffice {
  const state = new FakeWorkbookState(seed);
  const documentSettings = new Map<string, unknown>();
  const office = {
    context: {
      get displayLanguage() {
        return state.displayLanguage;
      },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" ? state.supports(version ?? "1.1") : false,
      },
      document: {
        settings: {
          get: (key: string) => documentSettings.get(key) ?? null,
          set: (key: string, value: unknown) => void documentSettings.set(key, value),
          remove: (key: string) => void documentSettings.delete(key),
          saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
        },
      },
    },
    HostType: { Excel: "Excel" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  const excel = {
    run: async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(state)),
  };
  const associatedFunctions = new Map<string, unknown>();
  const customFunctions = fakeCustomFunctions(associatedFunctions);
  const globals = target as Record<string, unknown>;
  const previous = { Office: globals.Office, Excel: globals.Excel, CustomFunctions: globals.CustomFunctions };
  globals.Office = office;
  globals.Excel = excel;
  globals.CustomFunctions = customFunctions;
  return {
    state,
    associatedFunctions,
    failSync: (failure) => state.failures.push({ ...failure, onSync: state.syncCount + failure.onSync }),
    reject: (rejection) => state.rejections.push({ ...rejection }),
    uninstall: () => {
      globals.Office = previous.Office;
      globals.Excel = previous.Excel;
      globals.CustomFunctions = previous.CustomFunctions;
    },
  };
}

/**
 * CustomFunctions as the shared runtime provides it: associate(id, function) or associate({ id: function }), which
 * records the registration (the runtime keeps the last function associated with an id), and Error with the error
 * codes of CustomFunctionsRuntime 1.2/1.3.
 * https://learn.microsoft.com/en-us/javascript/api/custom-functions-runtime/customfunctions#customfunctions-customfunctions-associate-function(1)
 */
function fakeCustomFunctions(associated: Map<string, unknown>) {
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  return {
    associate(idOrMappings: string | Record<string, unknown>, implementation?: unknown): void {
      if (typeof idOrMappings === "string") {
        associated.set(idOrMappings, implementation);
        return;
      }
      for (const [id, mapped] of Object.entries(idOrMappings)) associated.set(id, mapped);
    },
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}
