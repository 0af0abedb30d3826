import type * as React from "react";
import type { WizardAction, WizardState } from "../../state/wizardState";

export interface WriteStepProps {
  state: WizardState;
  dispatch: React.Dispatch<WizardAction>;
  onWrite: () => void;
  onRefresh: (confirmed: boolean) => void;
  /** shows the results sheet in Excel */
  onGoToResults: () => void;
}
