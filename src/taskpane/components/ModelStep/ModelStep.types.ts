import type { WizardStepProps } from "../../state/wizardState";

export type ModelStepProps = WizardStepProps;
