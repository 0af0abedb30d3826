import type { NameLanguage } from "../core";
import { dimensionMapFor } from "./frameworks";
import { suggestItemNames } from "./itemNames";
import { SETTINGS_VERSION, WAVE_PERIODS } from "./types";
import type { AnalysisSettings, DetectedLayout, RawSurvey } from "./types";

/**
 * The settings the wizard starts from: detected roles and scale, item names from the headers (or the
 * standard SERVQUAL statements) in the reader's language, the suggested framework with its map, unweighted,
 * the gap priority matrix with its importance line at the mean, results pasted as values.
 */
export function defaultSettings(
  survey: RawSurvey,
  layout: DetectedLayout,
  language: NameLanguage = "en",
): AnalysisSettings {
  const itemNames = suggestItemNames(layout.columns, language);
  const source: AnalysisSettings["source"] = { sheetName: survey.sheetName, address: survey.address };
  if (survey.tableName !== undefined) source.tableName = survey.tableName;
  if (survey.tableRows !== undefined) source.tableRows = survey.tableRows;
  return {
    version: SETTINGS_VERSION,
    source,
    roles: layout.columns.map((column) => ({ ...column })),
    scale: { ...layout.scale },
    framework: layout.suggestedFramework,
    dimensionOfItem: dimensionMapFor(
      layout.suggestedFramework,
      layout.pairs.map((pair) => pair.item),
      {},
      itemNames,
      layout.columns,
    ),
    itemNames,
    crosshair: "mean",
    priorityMatrix: "gap",
    output: "values",
  };
}

/** Settings read back from the workbook, or null when they are not ours or from an unknown version. */
export function parseSettings(json: string | null | undefined): AnalysisSettings | null {
  if (typeof json !== "string" || json === "") return null;
  try {
    const value = JSON.parse(json) as Partial<AnalysisSettings> | null;
    if (value === null || typeof value !== "object" || value.version !== SETTINGS_VERSION) return null;
    if (!value.source || !Array.isArray(value.roles) || !value.scale || !value.dimensionOfItem) return null;
    // settings saved before the priority matrix could be chosen read the default, the gap matrix
    if (value.priorityMatrix !== "classic") value.priorityMatrix = "gap";
    // a wave period that is not one of ours (or absent, as in settings saved before waves) is chosen anew
    if (value.wavePeriod !== undefined && !WAVE_PERIODS.includes(value.wavePeriod)) delete value.wavePeriod;
    return value as AnalysisSettings;
  } catch {
    return null;
  }
}
