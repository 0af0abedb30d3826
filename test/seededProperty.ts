/**
 * Runs a fast-check property with a known seed, so that every test run draws the same cases and a failure can
 * be repeated. The seed is fixed (DEFAULT_PROPERTY_SEED) unless the environment variable FC_SEED gives another
 * (a number, or "random" to explore new cases). On failure the error message ends with the seed and the
 * command line that repeats the run.
 *
 * @example
 * assertProperty(fc.property(fc.integer(), (n) => n + 0 === n), { numRuns: 500 });
 * // FC_SEED=1234 npx jest test/core   → the same properties drawn from seed 1234
 */
import fc from "fast-check";

/** The seed used when FC_SEED is not set: any fixed number does; this one is the project's start date. */
export const DEFAULT_PROPERTY_SEED = 20_260_101;

/** The seed this run uses: FC_SEED (an integer, or "random"), else DEFAULT_PROPERTY_SEED. */
export function propertySeed(environment: NodeJS.ProcessEnv = process.env): number {
  const requested = environment.FC_SEED?.trim();
  if (requested === undefined || requested === "") return DEFAULT_PROPERTY_SEED;
  if (requested === "random") return (Math.random() * 2 ** 31) | 0;
  const seed = Number(requested);
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`FC_SEED must be an integer or "random" (got ${JSON.stringify(requested)})`);
  }
  return seed;
}

/** fc.assert with the run's seed (see propertySeed); the seed is printed on failure. */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(
  property: fc.IProperty<Ts>,
  parameters: Omit<fc.Parameters<Ts>, "seed"> = {},
): void {
  const seed = propertySeed();
  try {
    fc.assert(property, { ...parameters, seed });
  } catch (error) {
    const repeat = `Property failed with seed ${seed}; repeat with FC_SEED=${seed} npx jest ${testPathHint()}`;
    if (error instanceof Error) {
      error.message = `${error.message}\n${repeat}`;
      throw error;
    }
    throw new Error(`${String(error)}\n${repeat}`);
  }
}

function testPathHint(): string {
  const state = (globalThis as { expect?: { getState?: () => { testPath?: string } } }).expect?.getState?.();
  const testPath = state?.testPath;
  return testPath ? testPath.replace(`${process.cwd()}/`, "") : "<test file>";
}
