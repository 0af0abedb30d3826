import * as React from "react";
import { Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useChoiceFieldStyles } from "./ChoiceField.styles";
import type { ChoiceFieldProps } from "./ChoiceField.types";

/** A choice of one among a few, each option with a one-line meaning under it (and as its description). */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>): React.JSX.Element {
  const { text, value, choices, onChange } = props;
  const styles = useChoiceFieldStyles();
  const id = React.useId();
  return (
    <Field label={text.label}>
      <RadioGroup value={value} onChange={(_event, data) => onChange(data.value as T)}>
        {choices.map((choice) => (
          <React.Fragment key={choice}>
            <Radio
              value={choice}
              label={text.names[choice]}
              input={{ "aria-describedby": `${id}-${choice}` }}
            />
            <Caption1 id={`${id}-${choice}`} className={styles.meaning}>
              {text.meanings[choice]}
            </Caption1>
          </React.Fragment>
        ))}
      </RadioGroup>
    </Field>
  );
}
