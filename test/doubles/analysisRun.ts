/**
 * A full analysis against the fake workbook, as the taskpane runs it: read the selection, detect, analyse,
 * plan and write tables, charts and settings. Shared by the gateway tests and bench/syncs.bench.ts.
 */
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/survey";
import { createExcelGateway } from "../../src/excel/gateway";
import type { WorkbookSeed } from "./fakeWorkbook";
import { installFakeOffice } from "./installFakeOffice";

const ITEMS = 22;

/** ID, Store, E1…E22, P1…P22, Overall: 47 columns; answers computed on demand, never stored by the fake. */
export function servqualWorkbookSeed(respondents: number): WorkbookSeed {
  const headers = [
    "ID",
    "Store",
    ...Array.from({ length: ITEMS }, (_, i) => `E${i + 1}`),
    ...Array.from({ length: ITEMS }, (_, i) => `P${i + 1}`),
    "Overall satisfaction",
  ];
  const stores = ["North", "South", "East", "West"];
  const cell = (row: number, column: number): string | number => {
    if (row === 0) return headers[column]!;
    if (column === 0) return row;
    if (column === 1) return stores[row % 4]!;
    if (column === headers.length - 1) return ((row * 3) % 5) + 1;
    return ((row * 7 + column * 3 + (row >> 3)) % 5) + 1;
  };
  return {
    sheets: [{ name: "Survey", rowCount: respondents + 1, columnCount: headers.length, cell }],
    selection: `Survey!A1:AU${respondents + 1}`,
  };
}

export interface AnalysisRun {
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  /**
   * the same plan written again as a confirmed Refresh: it first reads the manager's action plan and proves the
   * earlier results sheet the add-in's own (decideReplace), then replaces it
   */
  refreshWriteSyncs: number;
  respondents: number;
}

export async function runAnalysisAgainstFake(respondents: number): Promise<AnalysisRun> {
  const office = installFakeOffice(globalThis, servqualWorkbookSeed(respondents));
  try {
    const gateway = createExcelGateway();
    const survey = await gateway.readSurvey();
    const settings = defaultSettings(survey, detectColumnRoles(survey));
    const analysis = analyzeSurvey(survey, settings);
    const plan = await gateway.planResults(analysis, settings, survey);
    const first = await gateway.writeResults(plan, { replaceExisting: true });
    const syncs = office.state.syncCount;
    const writeSyncs = gateway.meter.lastWriteSyncs;
    const refresh = await gateway.writeResults(plan, {
      replaceExisting: true,
      confirmedReplace: first.sheetName,
    });
    if (!refresh.replaced) throw new Error("the confirmed refresh did not replace the earlier results sheet");
    return {
      syncs,
      readSyncs: gateway.meter.lastReadSyncs,
      writeSyncs,
      refreshWriteSyncs: gateway.meter.lastWriteSyncs,
      respondents: analysis.respondents,
    };
  } finally {
    office.uninstall();
  }
}
