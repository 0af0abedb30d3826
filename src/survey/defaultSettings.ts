import type { NameLanguage } from "../core";
import { dimensionMapFor } from "./frameworks";
import { suggestItemNames } from "./itemNames";
import { suggestKanoNames } from "./analyzeKano";
import { SETTINGS_VERSION, WAVE_PERIODS } from "./types";
import type { AnalysisSettings, DetectedLayout, RawSurvey } from "./types";

/**
 * The settings the wizard starts from: detected roles and scale, item names from the headers (or the
 * standard SERVQUAL statements) in the reader's language, the suggested framework with its map, unweighted,
 * the gap priority matrix with its importance line at the mean, results pasted as values; with Kano
 * questions, their detected answer scale and the features' names from their headers.
 *
 * @example
 * const survey = { sheetName: "Survey", address: "A1:C3", headers: ["ID", "E1", "P1"], rows: [[1, 5, 4], [2, 4, 4]] };
 * const settings = defaultSettings(survey, detectColumnRoles(survey));
 * [settings.framework, settings.scale, settings.priorityMatrix, settings.output]
 * // => ["experienceContents", { bottom: 1, top: 5 }, "gap", "values"]
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
  if (survey.wholeRegion === true) source.wholeRegion = true;
  const settings: AnalysisSettings = {
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
  if (layout.kanoFeatures.length > 0) {
    settings.kanoScale = layout.kanoScale;
    settings.kanoNames = suggestKanoNames(layout.columns, language);
  }
  return settings;
}

/**
 * Settings read back from the workbook, or null when they are not ours or from an unknown version.
 *
 * @example
 * parseSettings(JSON.stringify(settings))?.framework // => settings.framework
 * parseSettings("{}") // => null
 */
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
