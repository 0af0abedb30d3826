import { HostError, toHostError } from "./hostError";

/** Excel requirement sets this layer checks before using an API older hosts lack. */
export const API = {
  usedRange: "1.4", // Range.getUsedRangeOrNullObject, workbook.settings
  conditionalFormats: "1.6",
  surroundingRegion: "1.7", // Range.getSurroundingRegion, ChartSeries.add / setValues / markerStyle
  pointLabelText: "1.8", // ChartDataLabel.text
  plotVisibleOnly: "1.8", // Chart.plotVisibleOnly
  rangeTables: "1.9", // Range.getTables
  customProperties: "1.12", // Worksheet.customProperties
} as const;

export function isExcelApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** Office display language, "en-US" when the host does not say. */
export function officeDisplayLanguage(): string {
  try {
    return Office.context.displayLanguage || "en-US";
  } catch {
    return "en-US";
  }
}

/** Office's body background colour, when the host tells it (not every host does); the pane picks its theme by it. */
export function officeBodyBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

/** Resolves once Office.js is ready; at once where there is no Office.js (a plain browser, a test). */
export function whenOfficeReady(): Promise<void> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve();
  return Office.onReady().then(() => undefined);
}

/** Counts the context.sync calls of one Excel.run so reports and benchmarks can state them. */
export interface SyncCounter {
  count: number;
}

function countSyncs(context: Excel.RequestContext): SyncCounter {
  const counter: SyncCounter = { count: 0 };
  const sync = context.sync.bind(context);
  context.sync = <T>(passThroughValue?: T): Promise<T> => {
    counter.count += 1;
    return sync(passThroughValue) as Promise<T>;
  };
  return counter;
}

/** Excel.run with every failure turned into a HostError. */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext, syncs: SyncCounter) => Promise<T>,
): Promise<T> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    throw new HostError("unsupportedApi", "Excel JavaScript API is not available", {
      missing: ["ExcelApi 1.1"],
    });
  }
  try {
    return await Excel.run((context) => batch(context, countSyncs(context)));
  } catch (error) {
    throw toHostError(error);
  }
}
