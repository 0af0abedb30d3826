import {
  dimensionMapFor,
  itemKey,
  ownValue,
  pairItems,
  readHeader,
  readKanoHeader,
  suggestItemNames,
  suggestKanoNames,
  textRecord,
} from "../../survey";
import type { NameLanguage } from "../../core";
import type { OwnResultsSheets, WriteReport } from "../../excel/types";
import type { AnalysisSettings, ColumnAssignment, ColumnRole } from "../../survey";
import { selectDimensions } from "./selectors";
import { initialWizardState, type WizardAction, type WizardState } from "./wizardState";

const ITEM_ROLES: readonly ColumnRole[] = ["expectation", "perception", "importance"];
const KANO_ROLES: readonly ColumnRole[] = ["kanoFunctional", "kanoDysfunctional"];

/** The wizard's state machine; pure, so every transition is testable without a workbook. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "stepChanged":
      return { ...state, step: action.step };
    case "readStarted":
      return { ...state, read: { status: "running" } };
    case "readProgressed":
      return state.read.status === "running"
        ? { ...state, read: { status: "running", progress: action.progress } }
        : state;
    case "readSucceeded":
      return {
        ...initialWizardState,
        savedSettings: state.savedSettings,
        ownResultsSheet: state.ownResultsSheet,
        read: { status: "done" },
        survey: action.survey,
        layout: action.layout,
        settings: action.settings,
      };
    case "readFailed":
      return { ...state, read: { status: "failed", error: action.error } };
    case "roleChanged":
      return withSettings(state, (settings) =>
        changeRole(settings, action.column, action.role, action.language ?? "en"),
      );
    case "frameworkChanged":
      return withSettings(state, (settings) => ({
        ...settings,
        framework: action.framework,
        dimensionOfItem: dimensionMapFor(
          action.framework,
          itemsOf(settings),
          settings.dimensionOfItem,
          settings.itemNames,
          settings.roles,
        ),
      }));
    case "wavePeriodChanged":
      return withSettings(state, (settings) => {
        const { wavePeriod: _previous, ...rest } = settings;
        return action.period === undefined ? rest : { ...rest, wavePeriod: action.period };
      });
    case "itemNameChanged":
      return withSettings(state, (settings) => ({
        ...settings,
        itemNames: withTypedText(settings.itemNames, action.item, action.name),
      }));
    case "dimensionChanged":
      return withSettings(state, (settings) => ({
        ...settings,
        dimensionOfItem: withTypedText(settings.dimensionOfItem, action.item, action.dimension),
      }));
    case "weightsToggled":
      return {
        ...state,
        weightsEnabled: action.enabled,
        weightDraft: action.enabled ? withEvenWeights(state) : state.weightDraft,
        analysis: undefined,
      };
    case "weightChanged":
      return {
        ...state,
        weightDraft: { ...state.weightDraft, [action.dimension]: action.points },
        analysis: undefined,
      };
    case "crosshairChanged":
      return withSettings(state, (settings) => ({ ...settings, crosshair: action.crosshair }));
    case "outputChanged":
      return withSettings(state, (settings) => ({ ...settings, output: action.output }));
    case "analysisStarted":
      return { ...state, analyzing: true };
    case "analysisFinished":
      return { ...state, analyzing: false, analysis: action.analysis };
    case "ownResultsSheetFound":
      return { ...state, ownResultsSheet: action.sheet };
    case "replaceExistingToggled":
      return { ...state, replaceExisting: action.replace };
    case "writeStarted":
    case "refreshStarted":
      return withSheetTask(state, sheetTaskOf(action), { status: "running" });
    case "writeSucceeded":
    case "refreshSucceeded":
      return withSheetTask(state, sheetTaskOf(action), { status: "done", report: action.report });
    case "writeFailed":
    case "refreshFailed":
      return withSheetTask(state, sheetTaskOf(action), { status: "failed", error: action.error });
    case "savedSettingsLoaded":
      return { ...state, savedSettings: action.settings };
    case "refreshBlocked":
      return { ...state, refresh: { status: "failed", problems: action.problems } };
  }
}

/** Work that writes the results sheets: a write from step 4, or a Refresh of saved settings. */
type SheetTask = "write" | "refresh";

function sheetTaskOf(action: WizardAction): SheetTask {
  return action.type.startsWith("refresh") ? "refresh" : "write";
}

/**
 * A write and a Refresh go the same way (running, then done with a report or failed with an error); one that
 * is done leaves the add-in's sheets its report names, the ones a later Refresh or Replace would replace.
 */
function withSheetTask(state: WizardState, task: SheetTask, progress: WizardState[SheetTask]): WizardState {
  const next: WizardState = { ...state };
  next[task] = progress;
  if (progress.status === "done" && progress.report) next.ownResultsSheet = ownSheetsOf(progress.report);
  return next;
}

/**
 * A copy of a text record (item names, the dimension map) with one key set to what the manager typed, trimmed;
 * typed empty, the key is removed. Keyed by item names from headers: no prototype, so "__proto__" is stored as a
 * key.
 */
function withTypedText(
  record: Readonly<Record<string, string>> | undefined,
  key: string,
  typed: string,
): Record<string, string> {
  const next = Object.assign(textRecord<string>(), record);
  const text = typed.trim();
  if (text === "") delete next[key];
  else next[key] = text;
  return next;
}

/** The add-in's sheets a write just made: the ones a later Refresh or Replace would replace or update. */
function ownSheetsOf(report: WriteReport): OwnResultsSheets {
  const sheets: OwnResultsSheets = { name: report.sheetName };
  if (report.summarySheetName !== undefined) sheets.summaryName = report.summarySheetName;
  if (report.actionPlanSheetName !== undefined) sheets.actionPlanName = report.actionPlanSheetName;
  return sheets;
}

/** Applies a change to the settings; any change makes the earlier analysis and write outdated. */
function withSettings(
  state: WizardState,
  change: (settings: AnalysisSettings) => AnalysisSettings,
): WizardState {
  if (!state.settings) return state;
  return { ...state, settings: change(state.settings), analysis: undefined, write: { status: "idle" } };
}

/** Turning weights on for dimensions that have none yet shares the 100 points evenly (whole points). */
function withEvenWeights(state: WizardState): Record<string, number> {
  const dimensions = selectDimensions(state);
  if (
    dimensions.length === 0 ||
    dimensions.some((dimension) => ownValue(state.weightDraft, dimension) !== undefined)
  ) {
    return state.weightDraft;
  }
  const share = Math.floor(100 / dimensions.length);
  const draft = Object.assign(textRecord<number>(), state.weightDraft);
  dimensions.forEach((dimension, index) => {
    draft[dimension] = index === 0 ? 100 - share * (dimensions.length - 1) : share;
  });
  return draft;
}

function itemsOf(settings: AnalysisSettings): string[] {
  return pairItems(settings.roles).pairs.map((pair) => pair.item);
}

/**
 * Sets one column's role. An item column needs an item key to pair by: the one its header gives, else the
 * whole header. The dimension map follows the new set of items (new items get the framework's suggestion).
 */
function changeRole(
  settings: AnalysisSettings,
  column: number,
  role: ColumnRole,
  language: NameLanguage,
): AnalysisSettings {
  const roles = settings.roles.map((assignment): ColumnAssignment => {
    if (assignment.column !== column) return assignment;
    const { item: _previous, ...rest } = assignment;
    if (KANO_ROLES.includes(role)) {
      // a Kano question pairs by its feature key; a header that names none pairs by its whole text
      const feature = readKanoHeader(assignment.header)?.feature ?? itemKey(assignment.header);
      return { ...rest, role, item: feature === "" ? assignment.header : feature };
    }
    if (!ITEM_ROLES.includes(role)) return { ...rest, role };
    const item = assignment.item ?? readHeader(assignment.header).item ?? itemKey(assignment.header);
    return { ...rest, role, item: item === "" ? assignment.header : item };
  });
  const items = itemsOf({ ...settings, roles });
  // items new to the pairing get the name their headers suggest; names already given stay
  const suggestedNames = suggestItemNames(roles, language);
  const itemNames = textRecord<string>();
  for (const item of items) {
    const name = ownValue(settings.itemNames, item) ?? ownValue(suggestedNames, item);
    if (name !== undefined) itemNames[item] = name;
  }
  const next: AnalysisSettings = { ...settings, roles, itemNames };
  if (roles.some((r) => KANO_ROLES.includes(r.role))) {
    const kanoNames = Object.assign(suggestKanoNames(roles, language), settings.kanoNames);
    next.kanoNames = kanoNames;
    next.kanoScale = settings.kanoScale ?? 5;
  }
  const suggested = dimensionMapFor(settings.framework, items, settings.dimensionOfItem, itemNames, roles);
  const dimensionOfItem = textRecord<string>();
  for (const item of items) {
    const dimension = ownValue(settings.dimensionOfItem, item) ?? ownValue(suggested, item);
    if (dimension !== undefined) dimensionOfItem[item] = dimension;
  }
  return { ...next, dimensionOfItem };
}
