import type { WizardState } from "../../state/wizardState";

export interface SavedSettingsBarProps {
  refresh: WizardState["refresh"];
  onRefresh: () => void;
  /** the settings are those of the analysis this pane just wrote, not an earlier one */
  justWritten?: boolean;
}
