import { CoreInputError } from "./coreInputError";
import { confidenceZ } from "./netPromoterScore";

/**
 * Wilson's (1927) score interval for a proportion: x successes of n, e.g. satisfied customers (CSAT).
 *
 * Unlike the textbook p ± z·√(p(1 − p)/n) it stays inside [0, 1] and keeps its coverage for shares near 0
 * or 1 and for small samples, where CSAT usually lives. The same interval as R's
 * `prop.test(x, n, correct = FALSE)$conf.int`, computed the same way.
 *
 * @throws CoreInputError `insufficient` when n is 0; `range` for counts that are not whole numbers with
 * 0 ≤ x ≤ n, or a confidence outside (0, 1).
 * @example
 * wilsonScoreInterval(18, 20) // => { low: 0.6989663547715128, high: 0.9721335187862318 }
 */
export function wilsonScoreInterval(
  successes: number,
  n: number,
  confidence = 0.95,
): { low: number; high: number } {
  const name = "wilsonScoreInterval";
  if (!(Number.isInteger(successes) && Number.isInteger(n) && successes >= 0 && successes <= n)) {
    throw new CoreInputError(name, "range", `whole counts with 0 ≤ successes ≤ n (got ${successes} of ${n})`);
  }
  const z = confidenceZ(confidence);
  if (n === 0) throw new CoreInputError(name, "insufficient", "at least one observation");
  const p = successes / n;
  const z22n = (z * z) / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z22n / (2 * n));
  const scale = 1 + 2 * z22n;
  return { low: Math.max(0, (p + z22n - half) / scale), high: Math.min(1, (p + z22n + half) / scale) };
}
