import * as React from "react";
import { Field, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import { EXPERIENCE_CONTENTS } from "../../../survey";
import { SERVQUAL_DIMENSION_KEYS } from "../../../core/servqualDimensions";
import type { CrosshairRule, Framework, OutputMode } from "../../../survey";
import { useMessages } from "../../i18n/I18nProvider";
import {
  selectDimensions,
  selectItems,
  selectUnmappedItems,
  selectWeightTotal,
  selectWeightsProblem,
} from "../../state/selectors";
import { DimensionMapping } from "../DimensionMapping/DimensionMapping";
import { WeightsEditor } from "../WeightsEditor/WeightsEditor";
import { useModelStepStyles } from "./ModelStep.styles";
import type { ModelStepProps } from "./ModelStep.types";

const FRAMEWORKS: readonly Framework[] = ["servqual22", "experienceContents", "custom"];
const CROSSHAIRS: readonly CrosshairRule[] = ["mean", "median", "scale"];
const OUTPUTS: readonly OutputMode[] = ["values", "formulas"];

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
      : [...new Set([...SERVQUAL_DIMENSION_KEYS, ...EXPERIENCE_CONTENTS, ...dimensions])];

  return (
    <section className={styles.root}>
      <Field label={messages.frameworkLabel}>
        <RadioGroup
          value={settings.framework}
          onChange={(_event, data) =>
            dispatch({ type: "frameworkChanged", framework: data.value as Framework })
          }
        >
          {FRAMEWORKS.map((framework) => (
            <Radio key={framework} value={framework} label={messages.frameworks[framework]} />
          ))}
        </RadioGroup>
      </Field>

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

      <Field label={messages.crosshairLabel}>
        <RadioGroup
          value={settings.crosshair}
          onChange={(_event, data) =>
            dispatch({ type: "crosshairChanged", crosshair: data.value as CrosshairRule })
          }
        >
          {CROSSHAIRS.map((rule) => (
            <Radio key={rule} value={rule} label={messages.crosshairs[rule]} />
          ))}
        </RadioGroup>
      </Field>

      <Field label={messages.outputLabel}>
        <RadioGroup
          value={settings.output}
          onChange={(_event, data) => dispatch({ type: "outputChanged", output: data.value as OutputMode })}
        >
          {OUTPUTS.map((output) => (
            <Radio key={output} value={output} label={messages.outputs[output]} />
          ))}
        </RadioGroup>
      </Field>
    </section>
  );
}
