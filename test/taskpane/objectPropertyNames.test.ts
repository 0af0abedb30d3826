/**
 * The pane's state keeps a dimension or item named like a JavaScript object property (constructor, __proto__…)
 * as a plain key: typing "__proto__" as a dimension used to replace the map's prototype and blank the pane.
 */
import { defaultSettings, detectColumnRoles } from "../../src/survey";
import { selectDimensions, selectEffectiveSettings } from "../../src/taskpane/state/selectors";
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

describe.each(["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"])(
  "a dimension typed as %s",
  (name) => {
    it("is a dimension like any other, weights included", () => {
      let state = readSample();
      state = wizardReducer(state, { type: "dimensionChanged", item: "1", dimension: name });
      expect(Object.prototype.hasOwnProperty.call(state.settings!.dimensionOfItem, "1")).toBe(true);
      expect(state.settings!.dimensionOfItem["1"]).toBe(name);
      expect(selectDimensions(state)).toContain(name);
      state = wizardReducer(state, { type: "weightsToggled", enabled: true });
      const weights = selectEffectiveSettings(state)?.weights;
      expect(weights && Object.prototype.hasOwnProperty.call(weights, name)).toBe(true);
    });

    it("as an item key, is stored as a key of a map without a prototype", () => {
      let state = readSample();
      state = wizardReducer(state, { type: "dimensionChanged", item: name, dimension: "Service" });
      expect(Object.prototype.hasOwnProperty.call(state.settings!.dimensionOfItem, name)).toBe(true);
      expect(Object.getPrototypeOf(state.settings!.dimensionOfItem)).toBeNull();
    });
  },
);
