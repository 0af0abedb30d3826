import type { WizardCommandStepProps } from "../../state/wizardState";

/** Step 4 writes, offers a Refresh after a write, and goes to the results sheet. */
export type WriteStepProps = WizardCommandStepProps;
