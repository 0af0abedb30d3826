import type * as React from "react";
import type {
  AnalysisSettings,
  ColumnRole,
  CrosshairRule,
  DetectedLayout,
  Framework,
  OutputMode,
  RawSurvey,
  SurveyAnalysis,
  SurveyProblem,
  WavePeriod,
} from "../../survey";
import type { NameLanguage } from "../../core";
import type { HostErrorInfo, OwnResultsSheets, ReadProgress, WriteReport } from "../../excel/types";

export type StepKey = "data" | "model" | "review" | "write";

export const STEPS: readonly StepKey[] = ["data", "model", "review", "write"];

/** Work that talks to Excel, as the pane shows it. */
export type TaskStatus = "idle" | "running" | "done" | "failed";

export interface WizardState {
  step: StepKey;
  read: { status: TaskStatus; progress?: ReadProgress; error?: HostErrorInfo };
  survey?: RawSurvey;
  layout?: DetectedLayout;
  /** what the manager has chosen so far; undefined until a survey is read */
  settings?: AnalysisSettings;
  /** weights as typed, kept while the weights switch is off so that turning it on again restores them */
  weightDraft: Record<string, number>;
  weightsEnabled: boolean;
  analysis?: SurveyAnalysis;
  analyzing: boolean;
  /** the add-in's own earlier results sheet (with its summary and action plan), when the workbook has one */
  ownResultsSheet: OwnResultsSheets | null;
  replaceExisting: boolean;
  write: { status: TaskStatus; report?: WriteReport; error?: HostErrorInfo };
  savedSettings: AnalysisSettings | null;
  /** problems that stopped a Refresh (the survey changed so that it cannot be analysed as saved) */
  refresh: { status: TaskStatus; report?: WriteReport; error?: HostErrorInfo; problems?: SurveyProblem[] };
}

export type WizardAction =
  | { type: "stepChanged"; step: StepKey }
  | { type: "readStarted" }
  | { type: "readProgressed"; progress: ReadProgress }
  | { type: "readSucceeded"; survey: RawSurvey; layout: DetectedLayout; settings: AnalysisSettings }
  | { type: "readFailed"; error: HostErrorInfo }
  | { type: "roleChanged"; column: number; role: ColumnRole; language?: NameLanguage }
  | { type: "frameworkChanged"; framework: Framework }
  /** undefined: the dates' spread chooses the period on every analysis */
  | { type: "wavePeriodChanged"; period: WavePeriod | undefined }
  | { type: "dimensionChanged"; item: string; dimension: string }
  | { type: "itemNameChanged"; item: string; name: string }
  | { type: "weightsToggled"; enabled: boolean }
  | { type: "weightChanged"; dimension: string; points: number }
  | { type: "crosshairChanged"; crosshair: CrosshairRule }
  | { type: "outputChanged"; output: OutputMode }
  | { type: "analysisStarted" }
  | { type: "analysisFinished"; analysis: SurveyAnalysis }
  | { type: "ownResultsSheetFound"; sheet: OwnResultsSheets | null }
  | { type: "replaceExistingToggled"; replace: boolean }
  | { type: "writeStarted" }
  | { type: "writeSucceeded"; report: WriteReport }
  | { type: "writeFailed"; error: HostErrorInfo }
  | { type: "savedSettingsLoaded"; settings: AnalysisSettings | null }
  | { type: "refreshStarted" }
  | { type: "refreshSucceeded"; report: WriteReport }
  | { type: "refreshFailed"; error: HostErrorInfo }
  | { type: "refreshBlocked"; problems: SurveyProblem[] };

/** What every step of the wizard is given: the state, and where its changes go. */
export interface WizardStepProps {
  state: WizardState;
  dispatch: React.Dispatch<WizardAction>;
}

/**
 * What the steps can ask of Excel, each started from a button: it runs on its own and reports through the state.
 * The pane makes them once and hands them to every step that offers them.
 */
export interface WizardCommands {
  /** reads the selected survey */
  useSelection: () => void;
  /** writes the results sheets */
  write: () => void;
  /** runs a Refresh; `confirmed`: the manager agreed to replace the sheets the dialog named */
  refresh: (confirmed: boolean) => void;
  /** shows the results sheet in Excel */
  goToResults: () => void;
}

/** A step with buttons that reach Excel (read, write, refresh). */
export interface WizardCommandStepProps extends WizardStepProps {
  commands: WizardCommands;
}

export const initialWizardState: WizardState = {
  step: "data",
  read: { status: "idle" },
  weightDraft: {},
  weightsEnabled: false,
  analyzing: false,
  ownResultsSheet: null,
  replaceExisting: true,
  write: { status: "idle" },
  savedSettings: null,
  refresh: { status: "idle" },
};
