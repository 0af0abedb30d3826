import { defaultSettings } from "../../src/survey";
import { detectColumnRoles } from "../../src/survey";
import {
  selectCanAdvance,
  selectDimensions,
  selectEffectiveSettings,
  selectItemLabels,
  selectPairs,
  selectReachableSteps,
  selectUnmappedItems,
  selectWeightTotal,
  selectWeightsProblem,
} from "../../src/taskpane/state/selectors";
import { wizardReducer } from "../../src/taskpane/state/wizardReducer";
import { initialWizardState, type WizardState } from "../../src/taskpane/state/wizardState";
import { sampleRawSurvey } from "./sampleSurvey";

function readSample(): WizardState {
  const survey = sampleRawSurvey();
  const layout = detectColumnRoles(survey);
  return wizardReducer(initialWizardState, {
    type: "readSucceeded",
    survey,
    layout,
    settings: defaultSettings(survey, layout),
  });
}

describe("item names", () => {
  it("renames an item in the settings the analysis and Refresh run with; an emptied name gives back the number", () => {
    const read = readSample();
    expect(selectItemLabels(read)["5"]).toBe("Keeps promises");
    const renamed = wizardReducer(read, { type: "itemNameChanged", item: "5", name: "  On-time delivery " });
    expect(renamed.settings?.itemNames?.["5"]).toBe("On-time delivery");
    expect(selectEffectiveSettings(renamed)?.itemNames?.["5"]).toBe("On-time delivery");
    expect(renamed.analysis).toBeUndefined();
    const cleared = wizardReducer(renamed, { type: "itemNameChanged", item: "5", name: "" });
    expect(selectItemLabels(cleared)["5"]).toBeUndefined();
  });

  it("keeps names across a role change and names an item that becomes paired from its headers", () => {
    const read = readSample();
    const renamed = wizardReducer(read, { type: "itemNameChanged", item: "2", name: "Clean stores" });
    const p1 = renamed.settings!.roles.find((role) => role.header.startsWith("P1 "))!.column;
    const ignored = wizardReducer(renamed, { type: "roleChanged", column: p1, role: "ignore" });
    expect(ignored.settings?.itemNames?.["1"]).toBeUndefined();
    expect(ignored.settings?.itemNames?.["2"]).toBe("Clean stores");
    const restored = wizardReducer(ignored, {
      type: "roleChanged",
      column: p1,
      role: "perception",
      language: "zh-CN",
    });
    expect(restored.settings?.itemNames?.["1"]).toBe("设备现代化");
  });
});

describe("wizardReducer and selectors", () => {
  it("starts on the data step with nothing read and cannot advance", () => {
    expect(initialWizardState.step).toBe("data");
    expect(selectCanAdvance(initialWizardState)).toBe(false);
    expect(selectReachableSteps(initialWizardState)).toEqual(["data"]);
  });

  it("takes the detected layout of the sample: 22 pairs, SERVQUAL, five dimensions in item order", () => {
    const state = readSample();
    expect(state.read.status).toBe("done");
    expect(selectPairs(state)).toHaveLength(22);
    expect(state.settings?.framework).toBe("servqual22");
    expect(selectDimensions(state)).toEqual([
      "tangibles",
      "reliability",
      "responsiveness",
      "assurance",
      "empathy",
    ]);
    expect(selectUnmappedItems(state)).toEqual([]);
    expect(selectCanAdvance(state)).toBe(true);
    expect(selectReachableSteps(state)).toEqual(["data", "model", "review"]);
  });

  it("drops a pair and its dimension entry when a perception column is ignored, and restores both", () => {
    const read = readSample();
    const p1 = read.settings!.roles.find((role) => role.header.startsWith("P1 "))!.column;
    const ignored = wizardReducer(read, { type: "roleChanged", column: p1, role: "ignore" });
    expect(selectPairs(ignored).map((pair) => pair.item)).not.toContain("1");
    expect(ignored.settings?.dimensionOfItem["1"]).toBeUndefined();
    const restored = wizardReducer(ignored, { type: "roleChanged", column: p1, role: "perception" });
    expect(selectPairs(restored).map((pair) => pair.item)).toContain("1");
    expect(restored.settings?.dimensionOfItem["1"]).toBe("tangibles");
  });

  it("does not mutate the state it is given", () => {
    const read = readSample();
    const frozen = JSON.stringify(read);
    wizardReducer(read, { type: "frameworkChanged", framework: "custom" });
    wizardReducer(read, { type: "weightsToggled", enabled: true });
    expect(JSON.stringify(read)).toBe(frozen);
  });

  it("keeps the map when switching to a custom mapping and accepts typed dimension names", () => {
    const custom = wizardReducer(readSample(), { type: "frameworkChanged", framework: "custom" });
    expect(custom.settings?.dimensionOfItem["5"]).toBe("reliability");
    const renamed = wizardReducer(custom, { type: "dimensionChanged", item: "5", dimension: " Speed " });
    expect(renamed.settings?.dimensionOfItem["5"]).toBe("Speed");
    const cleared = wizardReducer(renamed, { type: "dimensionChanged", item: "5", dimension: "" });
    expect(selectUnmappedItems(cleared)).toEqual(["5"]);
  });

  it("shares 100 points evenly when weights are switched on, and validates the total", () => {
    const on = wizardReducer(readSample(), { type: "weightsToggled", enabled: true });
    expect(on.weightDraft).toEqual({
      tangibles: 20,
      reliability: 20,
      responsiveness: 20,
      assurance: 20,
      empathy: 20,
    });
    expect(selectWeightTotal(on)).toBe(100);
    expect(selectWeightsProblem(on)).toBeUndefined();
    expect(selectEffectiveSettings(on)?.weights).toEqual(on.weightDraft);

    const off100 = wizardReducer(
      { ...on, step: "model" },
      { type: "weightChanged", dimension: "reliability", points: 35 },
    );
    expect(selectWeightTotal(off100)).toBe(115);
    expect(selectWeightsProblem(off100)).toBe("mustSum100");
    expect(selectCanAdvance(off100)).toBe(false);
    expect(selectEffectiveSettings(off100)?.weights).toBeUndefined();

    const negative = wizardReducer(off100, { type: "weightChanged", dimension: "tangibles", points: -15 });
    expect(selectWeightsProblem(negative)).toBe("negative");
  });

  it("three even shares of 100 give 34 + 33 + 33", () => {
    let state = wizardReducer(readSample(), { type: "frameworkChanged", framework: "custom" });
    for (let item = 1; item <= 22; item++) {
      const dimension = item <= 8 ? "A" : item <= 15 ? "B" : "C";
      state = wizardReducer(state, { type: "dimensionChanged", item: String(item), dimension });
    }
    const on = wizardReducer(state, { type: "weightsToggled", enabled: true });
    expect(on.weightDraft).toEqual({ A: 34, B: 33, C: 33 });
  });

  it("forgets the analysis when a setting changes, and records the written sheet as the add-in's own", () => {
    const read = { ...readSample(), analysis: { problems: [] } as never };
    expect(wizardReducer(read, { type: "crosshairChanged", crosshair: "median" }).analysis).toBeUndefined();
    const written = wizardReducer(read, {
      type: "writeSucceeded",
      report: {
        sheetName: "CX Gap results 2",
        replaced: false,
        tables: [],
        chartsDrawn: [],
        chartsSkipped: [],
        syncs: 2,
      },
    });
    expect(written.ownResultsSheet).toEqual({ name: "CX Gap results 2" });
  });

  it("ignores progress reports that arrive after the read finished", () => {
    const read = readSample();
    expect(wizardReducer(read, { type: "readProgressed", progress: { rowsRead: 1, totalRows: 2 } })).toBe(
      read,
    );
  });
});
