import * as React from "react";
import { Caption1, Field, Switch } from "@fluentui/react-components";
import { EXPERIENCE_CONTENTS, JOURNEY_STAGES } from "../../../survey";
import { SERVQUAL_DIMENSION_KEYS } from "../../../core/servqualDimensions";
import { useMessages } from "../../i18n/I18nProvider";
import {
  selectDimensions,
  selectItemLabels,
  selectItems,
  selectUnmappedItems,
  selectWeightTotal,
  selectWeightsProblem,
} from "../../state/selectors";
import { DimensionMapping } from "../DimensionMapping/DimensionMapping";
import { PaneMessageBar } from "../PaneMessageBar/PaneMessageBar";
import { WeightsEditor } from "../WeightsEditor/WeightsEditor";
import { useModelStepStyles } from "./ModelStep.styles";
import { SettingChoice } from "./SettingChoice";
import type { ModelStepProps } from "./ModelStep.types";

/** Step 2: framework and item → dimension map, optional weights, crosshair rule, values or formulas. */
export function ModelStep({ state, dispatch }: ModelStepProps): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useModelStepStyles();
  const settings = state.settings;
  if (!settings) return null;
  const items = selectItems(state);
  const dimensions = selectDimensions(state);
  const unmapped = selectUnmappedItems(state);
  const choices =
    settings.framework === "experienceContents"
      ? EXPERIENCE_CONTENTS
      : settings.framework === "journey"
        ? JOURNEY_STAGES
        : [...new Set([...SERVQUAL_DIMENSION_KEYS, ...EXPERIENCE_CONTENTS, ...dimensions])];

  return (
    <section className={styles.root}>
      <SettingChoice setting="framework" settings={settings} dispatch={dispatch} />

      {settings.framework === "experienceContents" && unmapped.length > 0 ? (
        // the six contents cannot be guessed from bare codes: say what to do instead of a silent, disabled Next
        <PaneMessageBar
          intent={dimensions.length === 0 ? "warning" : "info"}
          title={messages.contentsGuideTitle}
        >
          {messages.contentsGuide(unmapped.length, items.length)}
        </PaneMessageBar>
      ) : null}

      {settings.framework !== "servqual22" ? (
        <Field
          label={messages.mappingTableLabel}
          validationState={unmapped.length > 0 ? "warning" : "none"}
          validationMessage={unmapped.length > 0 ? messages.unmappedItems(unmapped.length) : undefined}
        >
          <DimensionMapping
            // a new framework starts a new set of editors (their typed text belongs to the old map)
            key={settings.framework}
            items={items}
            names={selectItemLabels(state)}
            dimensionOfItem={settings.dimensionOfItem}
            choices={choices}
            freeform={settings.framework === "custom"}
            onChange={(item, dimension) => dispatch({ type: "dimensionChanged", item, dimension })}
          />
        </Field>
      ) : null}

      <Switch
        label={messages.useWeights}
        checked={state.weightsEnabled}
        onChange={(_event, data) => dispatch({ type: "weightsToggled", enabled: data.checked })}
      />
      {state.weightsEnabled ? (
        <WeightsEditor
          dimensions={dimensions}
          points={state.weightDraft}
          total={selectWeightTotal(state)}
          problem={selectWeightsProblem(state)}
          onChange={(dimension, points) => dispatch({ type: "weightChanged", dimension, points })}
        />
      ) : null}

      <SettingChoice setting="crosshair" settings={settings} dispatch={dispatch} />

      <SettingChoice setting="output" settings={settings} dispatch={dispatch} />
      {/* live formulas: which numbers are formulas and which stay numbers, said before the manager writes */}
      {settings.output === "formulas" ? <Caption1>{messages.formulasWhatStaysNumbers}</Caption1> : null}
    </section>
  );
}
