/** Eigenvalues and eigenvectors of a symmetric matrix. */
export interface SymmetricEigen {
  values: Float64Array;
  /** Row-major p × p; column k is the unit eigenvector of values[k]. */
  vectors: Float64Array;
}

/** Sweeps before giving up; cyclic Jacobi converges quadratically, in well under 20 for p ≤ 100. */
const MAX_SWEEPS = 60;

/**
 * Eigen-decomposition A = V·diag(λ)·Vᵀ of a symmetric p × p matrix (row-major), by cyclic Jacobi
 * rotations (Golub & Van Loan, "Matrix Computations", 4th ed., §8.5): slow for large p but small,
 * exact to working precision for the few dozen variables of a driver analysis, and accurate for small
 * eigenvalues — which is what the square root of a correlation matrix in Johnson's relative weights
 * needs. The input is not changed.
 *
 * @example
 * symmetricEigen(Float64Array.of(2, 1, 1, 2), 2).values // => Float64Array [1, 3]
 */
export function symmetricEigen(matrix: Float64Array, p: number): SymmetricEigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  rotateToDiagonal(a, v, p);
  const values = new Float64Array(p);
  for (let i = 0; i < p; i++) values[i] = a[i * p + i]!;
  return { values, vectors: v };
}

/**
 * The Jacobi sweeps of symmetricEigen, on `a` (made diagonal) and `v` (the rotations' product), in a
 * function of their own with nothing after its loop: V8 keeps its compiled code for the next call (see
 * README, Tests and benchmarks).
 */
function rotateToDiagonal(a: Float64Array, v: Float64Array, p: number): void {
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let offDiagonal = 0;
    let diagonal = 0;
    for (let i = 0; i < p; i++) {
      diagonal += a[i * p + i]! ** 2;
      for (let j = i + 1; j < p; j++) offDiagonal += a[i * p + j]! ** 2;
    }
    if (offDiagonal <= 1e-32 * diagonal) break;
    for (let i = 0; i < p - 1; i++) {
      for (let j = i + 1; j < p; j++) {
        const aij = a[i * p + j]!;
        if (aij === 0) continue;
        // the rotation that zeroes a[i][j] (the smaller of the two angles, for stability)
        const theta = (a[j * p + j]! - a[i * p + i]!) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k++) {
          const aki = a[k * p + i]!;
          const akj = a[k * p + j]!;
          a[k * p + i] = c * aki - s * akj;
          a[k * p + j] = s * aki + c * akj;
        }
        for (let k = 0; k < p; k++) {
          const aik = a[i * p + k]!;
          const ajk = a[j * p + k]!;
          a[i * p + k] = c * aik - s * ajk;
          a[j * p + k] = s * aik + c * ajk;
        }
        for (let k = 0; k < p; k++) {
          const vki = v[k * p + i]!;
          const vkj = v[k * p + j]!;
          v[k * p + i] = c * vki - s * vkj;
          v[k * p + j] = s * vki + c * vkj;
        }
      }
    }
  }
}
