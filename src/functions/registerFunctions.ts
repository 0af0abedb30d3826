/// <reference types="custom-functions-runtime" />
/*
 * Registers the CX functions with Excel's custom-functions runtime, each adapted so that its errors become
 * Excel error values (./toExcel). Gaps and priorities are registered as they are; the further measures as
 * functions that load their code the first time one of them calculates and then return its result. A custom
 * function may return a Promise, and Excel waits for it before it shows the result (#BUSY! meanwhile):
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs. So the workbook opens with
 * the small bundle, and a formula of the further measures costs one chunk download the first time.
 */
import { gap, ipa, keyexp, servqual } from "./gapFunctions";
import { toExcel, toExcelLater } from "./toExcel";

type MeasureFunctions = typeof import("./measureFunctions");

/** the further measures' code, loaded once, when first needed */
let measures: Promise<MeasureFunctions> | undefined;
function loadMeasures(): Promise<MeasureFunctions> {
  if (measures === undefined) {
    measures = import(/* webpackChunkName: "measures" */ "./measureFunctions");
    // a failed download is tried again at the next calculation, not remembered
    measures.catch(() => {
      measures = undefined;
    });
  }
  return measures;
}

/** A further measure, adapted for Excel, its code loaded when first called. */
function later<Parameters extends unknown[]>(
  pick: (functions: MeasureFunctions) => (...parameters: Parameters) => unknown[][],
): (...parameters: Parameters) => Promise<unknown[][]> {
  return toExcelLater(() => loadMeasures().then(pick));
}

/** The function ids of functions.json, each with the plain function it runs. */
export function registerFunctions(runtime: Pick<typeof CustomFunctions, "associate">): void {
  runtime.associate("GAP", toExcel(gap));
  runtime.associate("KEYEXP", toExcel(keyexp));
  runtime.associate("SERVQUAL", toExcel(servqual));
  runtime.associate("IPA", toExcel(ipa));
  runtime.associate(
    "ALPHA",
    later((m) => m.alpha),
  );
  runtime.associate(
    "DRIVERS",
    later((m) => m.drivers),
  );
  runtime.associate(
    "SEGMENTS",
    later((m) => m.segments),
  );
  runtime.associate(
    "KANO",
    later((m) => m.kano),
  );
  runtime.associate(
    "NPS",
    later((m) => m.nps),
  );
  runtime.associate(
    "CSAT",
    later((m) => m.csat),
  );
}
