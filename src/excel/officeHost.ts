import { HostError, toHostError } from "./hostError";

/** Excel requirement sets this layer checks before using an API older hosts lack. */
export const API = {
  usedRange: "1.4", // Range.getUsedRangeOrNullObject, workbook.settings
  conditionalFormats: "1.6",
  surroundingRegion: "1.7", // Range.getSurroundingRegion, ChartSeries.add / setValues / markerStyle
  pointLabelText: "1.8", // ChartDataLabel.text
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

/** Counts context.sync calls of one Excel.run so reports and benchmarks can state them. */
export class SyncCounter {
  count = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async sync(): Promise<void> {
    this.count += 1;
    await this.context.sync();
  }
}

/** Excel.run with every failure turned into a HostError. */
export async function runExcel<T>(batch: (context: Excel.RequestContext, syncs: SyncCounter) => Promise<T>): Promise<T> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    throw new HostError("unsupportedApi", "Excel JavaScript API is not available", { missing: ["ExcelApi 1.1"] });
  }
  try {
    return await Excel.run((context) => batch(context, new SyncCounter(context)));
  } catch (error) {
    throw toHostError(error);
  }
}
