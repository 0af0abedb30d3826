import type { StepKey } from "../../state/wizardState";

export interface StepListProps {
  current: StepKey;
  reachable: readonly StepKey[];
  onSelect: (step: StepKey) => void;
}
