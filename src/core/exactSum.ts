/**
 * A running sum kept exactly, as a list of non-overlapping partial sums (Shewchuk, "Adaptive
 * precision floating-point arithmetic and fast robust geometric predicates", Discrete & Computational
 * Geometry 18, 1997; the algorithm of Python's `math.fsum`). `value` is the exact sum of every number
 * added, rounded once to the nearest double — correctly rounded, which Kahan's and Neumaier's
 * compensated sums are not. Costs a few additions per number while the partials stay short (two or
 * three for survey answers).
 *
 * @example
 * const sum = new ExactSum();
 * for (const x of [0.1, 0.2, -0.3]) sum.add(x);
 * sum.value // => 2.7755575615628914e-17 (the exact sum of the three doubles; plain addition gives 5.551115123125783e-17)
 */
/** 2^27 + 1: splits a double into two halves of 26 bits whose products are exact. */
const SPLITTER = 134217729;

export class ExactSum {
  private readonly partials: number[] = [];
  /** Set when an intermediate sum left the range of doubles: value is then NaN. */
  private overflowed = false;

  /** Adds one finite number. */
  add(value: number): void {
    const partials = this.partials;
    let x = value;
    let kept = 0;
    for (let i = 0; i < partials.length; i++) {
      let y = partials[i]!;
      if (Math.abs(x) < Math.abs(y)) {
        const swap = x;
        x = y;
        y = swap;
      }
      const high = x + y;
      const low = y - (high - x);
      if (low !== 0) partials[kept++] = low;
      x = high;
    }
    if (!Number.isFinite(x)) this.overflowed = true;
    partials.length = kept;
    partials.push(x);
  }

  /**
   * Adds the exact product a · b: the rounded product and its rounding error, found with Dekker's
   * splitting ("A floating-point technique for extending the available precision", Numerische
   * Mathematik 18, 1971); exact while |a|, |b| < 2^996.
   */
  addProduct(a: number, b: number): void {
    const product = a * b;
    let split = SPLITTER * a;
    const aHigh = split - (split - a);
    const aLow = a - aHigh;
    split = SPLITTER * b;
    const bHigh = split - (split - b);
    const bLow = b - bHigh;
    this.add(product);
    this.add(aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow);
  }

  /** The exact sum rounded to the nearest double (ties to even); NaN when it overflowed. */
  get value(): number {
    if (this.overflowed) return NaN;
    const partials = this.partials;
    let n = partials.length;
    if (n === 0) return 0;
    let high = partials[--n]!;
    let low = 0;
    while (n > 0) {
      const x = high;
      const y = partials[--n]!;
      high = x + y;
      low = y - (high - x);
      if (low !== 0) break;
    }
    // Round half-way cases the way the partials below say (Python's fsum does the same).
    if (n > 0 && ((low < 0 && partials[n - 1]! < 0) || (low > 0 && partials[n - 1]! > 0))) {
      const y = low * 2;
      const x = high + y;
      if (y === x - high) high = x;
    }
    return high;
  }
}

/**
 * The sum of `values` correctly rounded (as Python's `math.fsum`); NaN when the exact sum is beyond
 * the range of doubles.
 *
 * @example
 * exactSum([1e16, 1, -1e16]) // => 1 (plain addition gives 0)
 */
export function exactSum(values: ArrayLike<number>): number {
  const sum = new ExactSum();
  for (let i = 0; i < values.length; i++) sum.add(values[i]!);
  return sum.value;
}
