import type { WizardState } from "../../state/wizardState";

export interface SavedSettingsBarProps {
  refresh: WizardState["refresh"];
  onRefresh: () => void;
}
