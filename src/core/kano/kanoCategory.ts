/**
 * The Kano categories (Kano et al. 1984; Berger et al. 1993), and what each means in the course's three
 * kinds of customer expectation:
 * - must-be (M) = basic expectation (基本期望): taken for granted; its absence dissatisfies, its presence
 *   earns nothing;
 * - one-dimensional (O) = expected (期望期望): the more, the better, and its absence dissatisfies;
 * - attractive (A) = excitement (兴奋期望): delights when present, is not missed when absent;
 * - indifferent (I), reverse (R: customers would rather not have it) and questionable (Q: the two
 *   answers contradict each other) are no expectation at all.
 */
export type KanoCategory =
  "mustBe" | "oneDimensional" | "attractive" | "indifferent" | "reverse" | "questionable";

/** The categories in the order of priority that breaks ties: M > O > A > I > R > Q. */
export const KANO_CATEGORIES: readonly KanoCategory[] = Object.freeze([
  "mustBe",
  "oneDimensional",
  "attractive",
  "indifferent",
  "reverse",
  "questionable",
]);

/** The course's three kinds of customer expectation. */
export type ExpectationKind = "basic" | "expected" | "excitement";

/**
 * The kind of expectation a Kano category stands for; indifferent, reverse and questionable features
 * are none.
 *
 * @example
 * EXPECTATION_KIND_OF_KANO_CATEGORY.attractive // => "excitement"
 */
export const EXPECTATION_KIND_OF_KANO_CATEGORY: Readonly<Partial<Record<KanoCategory, ExpectationKind>>> =
  Object.freeze({ mustBe: "basic", oneDimensional: "expected", attractive: "excitement" });

/** How many respondents' answer pairs fell into each category for one feature. */
export type KanoCounts = Readonly<Record<KanoCategory, number>>;
