import { runExcel } from "./officeHost";

/**
 * Shows a sheet to the reader, as a click on its tab would: Worksheet.activate() (ExcelApi 1.1, "Activate the
 * worksheet in the Excel UI",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1)).
 * Used after writing, so that the manager lands on the results instead of the survey.
 */
export function activateSheet(name: string): Promise<void> {
  return runExcel(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
