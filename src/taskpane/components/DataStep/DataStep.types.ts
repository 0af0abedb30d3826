import type * as React from "react";
import type { WizardAction, WizardState } from "../../state/wizardState";

export interface DataStepProps {
  state: WizardState;
  dispatch: React.Dispatch<WizardAction>;
  onUseSelection: () => void;
  onRefresh: (confirmed: boolean) => void;
}
