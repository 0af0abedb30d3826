import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { STEPS, type StepKey } from "../../state/wizardState";
import type { StepListProps } from "./StepList.types";

/** The four steps as tabs; a step opens once the steps before it are complete. */
export function StepList({ current, reachable, onSelect }: StepListProps): React.JSX.Element {
  const messages = useMessages();
  return (
    <TabList
      size="small"
      aria-label={messages.stepsLabel}
      selectedValue={current}
      onTabSelect={(_event, data) => onSelect(data.value as StepKey)}
    >
      {STEPS.map((step, index) => (
        <Tab key={step} value={step} disabled={!reachable.includes(step)}>
          {`${index + 1} ${messages.steps[step]}`}
        </Tab>
      ))}
    </TabList>
  );
}
