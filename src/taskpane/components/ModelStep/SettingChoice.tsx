import * as React from "react";
import type { AnalysisSettings } from "../../../survey";
import { useMessages } from "../../i18n/I18nProvider";
import type { WizardAction } from "../../state/wizardState";
import { ChoiceField } from "../ChoiceField/ChoiceField";
import type { ChoiceText } from "../ChoiceField/ChoiceField.types";

/** The settings step 2 offers as a choice of one among a few options. */
export type ChosenSetting = "framework" | "crosshair" | "output";

/** Each setting's options, in the order the pane lists them. */
const OPTIONS: { readonly [S in ChosenSetting]: readonly AnalysisSettings[S][] } = {
  framework: ["servqual22", "experienceContents", "journey", "custom"],
  crosshair: ["mean", "median", "scale"],
  output: ["values", "formulas"],
};

/** The action that records a choice of each setting. */
const CHOSEN: { readonly [S in ChosenSetting]: (value: AnalysisSettings[S]) => WizardAction } = {
  framework: (framework) => ({ type: "frameworkChanged", framework }),
  crosshair: (crosshair) => ({ type: "crosshairChanged", crosshair }),
  output: (output) => ({ type: "outputChanged", output }),
};

/** One setting of step 2 as a choice among its options, each option with its meaning under it. */
export function SettingChoice<S extends ChosenSetting>({
  setting,
  settings,
  dispatch,
}: {
  setting: S;
  settings: AnalysisSettings;
  dispatch: React.Dispatch<WizardAction>;
}): React.JSX.Element {
  const messages = useMessages();
  const text: { readonly [K in ChosenSetting]: ChoiceText<AnalysisSettings[K]> } = {
    framework: messages.frameworkChoice,
    crosshair: messages.crosshairChoice,
    output: messages.outputChoice,
  };
  return (
    <ChoiceField
      text={text[setting]}
      value={settings[setting]}
      choices={OPTIONS[setting]}
      onChange={(value) => dispatch(CHOSEN[setting](value))}
    />
  );
}
