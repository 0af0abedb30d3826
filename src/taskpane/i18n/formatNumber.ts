/**
 * Formats a number for the pane, in either language: fixed decimals, a true minus sign, never "NaN".
 *
 * @example
 * formatNumber(-0.456) // => "−0.46"
 * formatNumber(undefined) // => "–"
 */
export function formatNumber(value: number | undefined, decimals = 2): string {
  if (value === undefined || !Number.isFinite(value)) return "–";
  return value.toFixed(decimals).replace(/^-/, "−");
}
