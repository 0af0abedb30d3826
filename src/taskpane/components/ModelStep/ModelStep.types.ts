import type * as React from "react";
import type { WizardAction, WizardState } from "../../state/wizardState";

export interface ModelStepProps {
  state: WizardState;
  dispatch: React.Dispatch<WizardAction>;
}
