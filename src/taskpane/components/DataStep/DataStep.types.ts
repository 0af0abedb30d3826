import type { WizardCommandStepProps } from "../../state/wizardState";

/** Step 1 reads the selection and offers a Refresh when the workbook holds saved settings. */
export type DataStepProps = WizardCommandStepProps;
