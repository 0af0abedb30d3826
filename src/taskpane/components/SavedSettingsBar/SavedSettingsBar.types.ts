import type { WizardState } from "../../state/wizardState";

export interface SavedSettingsBarProps {
  refresh: WizardState["refresh"];
  /** the add-in's sheets a Refresh would replace; the manager is asked first when there are any */
  ownResultsSheet: WizardState["ownResultsSheet"];
  /** runs the Refresh; `confirmed`: the manager agreed to replace the sheets the dialog named */
  onRefresh: (confirmed: boolean) => void;
  /** the settings are those of the analysis this pane just wrote, not an earlier one */
  justWritten?: boolean;
}
