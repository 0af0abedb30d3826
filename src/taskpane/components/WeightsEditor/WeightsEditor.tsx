import * as React from "react";
import { Caption1, Field, MessageBar, MessageBarBody, SpinButton } from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { useWeightsEditorStyles } from "./WeightsEditor.styles";
import type { WeightsEditorProps } from "./WeightsEditor.types";

/** 100 importance points shared out over the dimensions, with their running total. */
export function WeightsEditor({
  dimensions,
  points,
  total,
  problem,
  onChange,
}: WeightsEditorProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useWeightsEditorStyles();
  return (
    <div className={styles.root}>
      <div className={styles.grid}>
        {dimensions.map((dimension) => {
          const name = messages.dimensionName(dimension);
          return (
            <Field key={dimension} label={name}>
              <SpinButton
                aria-label={messages.weightOf(name)}
                min={0}
                max={100}
                value={points[dimension] ?? 0}
                onChange={(_event, data) => {
                  const value = data.value ?? Number(data.displayValue);
                  if (typeof value === "number" && Number.isFinite(value)) onChange(dimension, value);
                }}
              />
            </Field>
          );
        })}
      </div>
      <Caption1>{messages.weightsTotal(total)}</Caption1>
      {problem ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {problem === "negative" ? messages.weightsNegative : messages.weightsMustSum(total)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
