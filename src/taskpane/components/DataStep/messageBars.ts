// The message bars of step 1: one chunk ("message-bars"), loaded once there is something to say.
export { HostErrorBar } from "../HostErrorBar/HostErrorBar";
export { ProblemBars } from "../ProblemBars/ProblemBars";
export { SavedSettingsBar } from "../SavedSettingsBar/SavedSettingsBar";
