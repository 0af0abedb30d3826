import type { WizardState } from "../../state/wizardState";

export interface AppProps {
  /** start somewhere other than the empty first step (tests, screenshots) */
  initialState?: WizardState;
}
