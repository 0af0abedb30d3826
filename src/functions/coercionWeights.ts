/*
 * The SERVQUAL weights argument policy (importance points per dimension, shared or per respondent).
 */
import { weightsProblem, type Answer, type DimensionWeights, type GivenWeights } from "../core";
import { isOmitted, sizeOf, surveyAnswers } from "./coercionCells";
import { coreProblemError } from "./errorPolicy";
import type { MessageCatalogue } from "./messages";

/**
 * Policy "weights" (SERVQUAL importance points): omitted means unweighted; one row (or one column)
 * with a number for each dimension is shared by all respondents; as many rows as respondents, one
 * column per dimension, weights each respondent separately (a row with a blank cell leaves that
 * respondent out of the weighted score). Which shape is meant is decided here; whether the points can
 * be used is core's weightsProblem, the one check of weights (the pane's settings go through it too),
 * worded by the error policy (./errorPolicy): negative points, or points adding up to 0 (shared, or in
 * a complete respondent row), are a #VALUE! explaining the allocation.
 */
export function dimensionWeights(
  value: unknown,
  dimensions: readonly string[],
  respondents: number,
  m: MessageCatalogue,
): DimensionWeights | undefined {
  const argument = "weights";
  if (isOmitted(value)) return undefined;
  const points = surveyAnswers(value, argument, m);
  const { rows, columns } = sizeOf(points);
  const count = dimensions.length;
  let shared: readonly Answer[] | undefined;
  if (rows === 1 && columns === count) shared = points[0]!;
  else if (columns === 1 && rows === count && count > 1 && respondents !== count)
    shared = points.map((row) => row[0] ?? null);
  const given: GivenWeights =
    shared !== undefined ? { kind: "shared", points: shared } : { kind: "perRespondent", points };
  // the one check of weights (core's weightsProblem); its problems are worded by the error policy
  const problem = weightsProblem(given, count, respondents);
  if (problem !== undefined)
    throw coreProblemError({ functionName: "CX.SERVQUAL", dimensions, respondents }, problem, m);
  return given as DimensionWeights;
}
