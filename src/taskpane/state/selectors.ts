import { ownValue, pairItems, textRecord } from "../../survey";
import type { AnalysisSettings, ItemPair } from "../../survey";
import { STEPS, type StepKey, type WizardState } from "./wizardState";

/** Item pairs of the roles as the manager has set them. */
export function selectPairs(state: Pick<WizardState, "settings">): ItemPair[] {
  return state.settings ? pairItems(state.settings.roles).pairs : [];
}

/**
 * The name of each item as the manager sees it (AnalysisSettings.itemNames: from the headers' wording, the
 * standard SERVQUAL statements, or typed in step 1). Items without a name are left out: the pane calls them
 * "Item 6".
 */
export function selectItemLabels(state: Pick<WizardState, "settings">): Record<string, string> {
  const labels: Record<string, string> = {};
  const names = state.settings?.itemNames ?? {};
  for (const pair of selectPairs(state)) {
    const name = names[pair.item];
    if (name !== undefined && name.trim() !== "") labels[pair.item] = name;
  }
  return labels;
}

export function selectItems(state: Pick<WizardState, "settings">): string[] {
  return selectPairs(state).map((pair) => pair.item);
}

/** Dimensions in order of first appearance over the items (the order of the dimension scores). */
export function selectDimensions(state: Pick<WizardState, "settings">): string[] {
  const map = state.settings?.dimensionOfItem ?? {};
  const dimensions: string[] = [];
  for (const item of selectItems(state)) {
    const dimension = ownValue(map, item);
    if (dimension !== undefined && dimension !== "" && !dimensions.includes(dimension))
      dimensions.push(dimension);
  }
  return dimensions;
}

export function selectUnmappedItems(state: Pick<WizardState, "settings">): string[] {
  const map = state.settings?.dimensionOfItem ?? {};
  return selectItems(state).filter((item) => !ownValue(map, item));
}

/** Total of the weight points over the dimensions in use. */
export function selectWeightTotal(state: Pick<WizardState, "settings" | "weightDraft">): number {
  return selectDimensions(state).reduce(
    (total, dimension) => total + (ownValue(state.weightDraft, dimension) ?? 0),
    0,
  );
}

export type WeightsProblem = "mustSum100" | "negative" | undefined;

/** Weights must be non-negative and sum to 100 (to the nearest hundredth of a point). */
export function selectWeightsProblem(
  state: Pick<WizardState, "settings" | "weightDraft" | "weightsEnabled">,
): WeightsProblem {
  if (!state.weightsEnabled) return undefined;
  const dimensions = selectDimensions(state);
  if (dimensions.some((dimension) => (ownValue(state.weightDraft, dimension) ?? 0) < 0)) return "negative";
  return Math.abs(selectWeightTotal(state) - 100) > 0.005 ? "mustSum100" : undefined;
}

/** The settings the analysis runs with: weights only when switched on and valid. */
export function selectEffectiveSettings(state: WizardState): AnalysisSettings | undefined {
  const settings = state.settings;
  if (!settings) return undefined;
  const { weights: _unused, ...rest } = settings;
  if (!state.weightsEnabled || selectWeightsProblem(state) !== undefined) return rest;
  const weights = textRecord<number>(); // keyed by dimension names as typed, "__proto__" included
  for (const dimension of selectDimensions(state))
    weights[dimension] = ownValue(state.weightDraft, dimension) ?? 0;
  return { ...rest, weights };
}

export function selectHasErrors(state: Pick<WizardState, "analysis">): boolean {
  return state.analysis?.problems.some((problem) => problem.severity === "error") ?? false;
}

/** Whether Next may be pressed on the current step. */
export function selectCanAdvance(state: WizardState): boolean {
  switch (state.step) {
    case "data":
      return state.settings !== undefined && selectPairs(state).length > 0;
    case "model":
      return selectWeightsProblem(state) === undefined && selectDimensions(state).length > 0;
    case "review":
      return state.analysis !== undefined && !state.analyzing && !selectHasErrors(state);
    case "write":
      return false;
  }
}

export function selectStepNumber(step: StepKey): number {
  return STEPS.indexOf(step) + 1;
}

/** A step can be opened from the step list once every step before it allows advancing. */
export function selectReachableSteps(state: WizardState): StepKey[] {
  const reachable: StepKey[] = ["data"];
  for (const step of STEPS.slice(0, -1)) {
    if (!selectCanAdvance({ ...state, step })) break;
    const next = STEPS[STEPS.indexOf(step) + 1];
    if (next) reachable.push(next);
  }
  return reachable;
}
