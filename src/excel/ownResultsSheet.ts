import { API, isExcelApiSupported } from "./officeHost";
import { RESULTS_MARKER_PROPERTY } from "./settingsStore";
import type { ReplaceDeclined, WriteOptions } from "./types";

/** the item gaps table every results sheet holds ("CXGapItems", or "CXGapItems2"… beside another one) */
const ITEM_TABLE = /^CXGapItems\d*$/i;

export interface ReplaceDecision {
  /** the sheet to delete before writing, when every check passed */
  sheet?: Excel.Worksheet;
  /** names of the tables on that sheet (lower case): free again once it is deleted, so the new tables take them */
  freedTableNames: Set<string>;
  /** why an asked-for replace did not happen */
  declined?: ReplaceDeclined;
}

/**
 * Decides whether the results sheet found by the stored id may be deleted. A worksheet id stays the same
 * within a session but can change between sessions and Excel versions (github.com/OfficeDev/office-js-docs/issues/297,
 * github.com/OfficeDev/office-js/issues/1390; Excel on the web gives every new workbook's first sheet the same
 * id, github.com/OfficeDev/office-js/issues/552), so a stored id may now point at a user's sheet. The sheet is deleted only when the user confirmed replacing a sheet of exactly
 * this name, it carries the add-in's custom property (ExcelApi 1.12,
 * learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection) where the host has
 * them, and it holds the item gaps table every results sheet has. Costs one sync, only when replacing.
 */
export async function decideReplace(
  context: Excel.RequestContext,
  own: Excel.Worksheet | undefined,
  options: WriteOptions,
): Promise<ReplaceDecision> {
  const freedTableNames = new Set<string>();
  if (!options.replaceExisting || own === undefined) return { freedTableNames };
  const confirmed = options.confirmedReplace;
  if (confirmed === undefined || confirmed.toLowerCase() !== own.name.toLowerCase())
    return { freedTableNames, declined: "notConfirmed" };
  const tables = own.tables;
  tables.load("items/name");
  const marker = isExcelApiSupported(API.customProperties)
    ? own.customProperties.getItemOrNullObject(RESULTS_MARKER_PROPERTY)
    : undefined;
  marker?.load("value");
  await context.sync();
  const names = tables.items.map((table) => table.name);
  const ours = (marker === undefined || !marker.isNullObject) && names.some((name) => ITEM_TABLE.test(name));
  if (!ours) return { freedTableNames, declined: "notOurs" };
  for (const name of names) freedTableNames.add(name.toLowerCase());
  return { sheet: own, freedTableNames };
}
