/**
 * The names the add-in gives its summary sheet, in each language (resultLabels' summary.sheetName; a test holds
 * them together). Kept apart from the labels so that finding the add-in's sheets when the pane opens does not
 * load every label of the results sheets.
 */
const SUMMARY_SHEET_BASE_NAMES = ["CX Gap summary", "CX Gap 摘要"] as const;

export { SUMMARY_SHEET_BASE_NAMES };

/**
 * A name the add-in gives its summary sheet, in either language ("CX Gap summary", "CX Gap 摘要 2"…),
 * compared as Excel compares sheet names (without regard to case). A summary the manager renamed is theirs now.
 *
 * @example
 * isSummarySheetName("cx gap summary 3") // => true
 * isSummarySheetName("Board pack") // => false
 */
export function isSummarySheetName(name: string): boolean {
  const lower = name.toLowerCase();
  return SUMMARY_SHEET_BASE_NAMES.some((base) => {
    const baseLower = base.toLowerCase();
    if (lower === baseLower) return true;
    return lower.startsWith(`${baseLower} `) && /^\d+$/.test(lower.slice(baseLower.length + 1));
  });
}
