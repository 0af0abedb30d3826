/** How p-values of several tests are adjusted: Holm's step-down, Benjamini–Hochberg, or not at all. */
export type PValueAdjustment = "holm" | "bh" | "none";

/**
 * P-values adjusted for testing several segments at once, as R's p.adjust: "holm" (Holm, Scandinavian
 * Journal of Statistics 6, 1979; controls the chance of any false alarm) or "bh" (Benjamini & Hochberg,
 * JRSS B 57, 1995; controls the share of false alarms among the findings). Returned in input order.
 *
 * @example
 * adjustPValues([0.01, 0.04, 0.03], "holm") // => [0.03, 0.06, 0.06]
 * adjustPValues([0.01, 0.04, 0.03], "bh") // => [0.03, 0.04, 0.04]
 */
export function adjustPValues(p: readonly number[], method: PValueAdjustment): number[] {
  const m = p.length;
  if (method === "none") return [...p];
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]!);
  const adjusted = new Array<number>(m);
  if (method === "holm") {
    let running = 0;
    order.forEach((i, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * p[i]!));
      adjusted[i] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const i = order[rank]!;
      running = Math.min(running, (m / (rank + 1)) * p[i]!);
      adjusted[i] = running;
    }
  }
  return adjusted;
}
