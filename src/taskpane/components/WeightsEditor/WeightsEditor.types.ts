import type { WeightsProblem } from "../../state/selectors";

export interface WeightsEditorProps {
  dimensions: readonly string[];
  points: Readonly<Record<string, number>>;
  total: number;
  problem: WeightsProblem;
  onChange: (dimension: string, points: number) => void;
}
