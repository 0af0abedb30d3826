import * as React from "react";
import { Body1, Button, Caption1, Field, ProgressBar, Text } from "@fluentui/react-components";
import { pairItems } from "../../../survey";
import { useMessages } from "../../i18n/I18nProvider";
import { selectPairs } from "../../state/selectors";
import { HostErrorBar } from "../HostErrorBar/HostErrorBar";
import { ProblemBars } from "../ProblemBars/ProblemBars";
import { ItemNames } from "../ItemNames/ItemNames";
import { RoleGroups } from "../RoleGroups/RoleGroups";
import { SavedSettingsBar } from "../SavedSettingsBar/SavedSettingsBar";
import { useDataStepStyles } from "./DataStep.styles";
import type { DataStepProps } from "./DataStep.types";

/** Step 1: read the selected survey, show what each column was taken for, let the manager correct it. */
export function DataStep({ state, dispatch, onUseSelection, onRefresh }: DataStepProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useDataStepStyles();
  const { read, survey, settings, layout } = state;
  const reading = read.status === "running";
  const progress = read.progress;
  const pairs = selectPairs(state);
  // detection findings about the columns (duplicate headers, text answers) plus pairing as now set
  const problems = settings
    ? [
        ...(layout?.problems.filter(
          (problem) => problem.code !== "unpairedColumn" && problem.code !== "duplicateHeader",
        ) ?? []),
        ...pairItems(settings.roles).problems,
        ...(pairs.length === 0 ? [{ code: "noPairs" as const, severity: "error" as const }] : []),
      ]
    : [];

  return (
    <section className={styles.root}>
      {state.savedSettings ? (
        <SavedSettingsBar
          refresh={state.refresh}
          onRefresh={onRefresh}
          justWritten={state.write.status === "done"}
        />
      ) : null}
      <Body1>{messages.dataIntro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onUseSelection} disabled={reading}>
          {messages.useSelection}
        </Button>
      </div>
      {reading ? (
        <Field
          label={messages.reading}
          validationState="none"
          validationMessage={
            progress ? messages.readProgress(progress.rowsRead, progress.totalRows) : undefined
          }
        >
          <ProgressBar
            value={progress && progress.totalRows > 0 ? progress.rowsRead / progress.totalRows : undefined}
          />
        </Field>
      ) : null}
      {read.error ? <HostErrorBar error={read.error} onRetry={onUseSelection} /> : null}
      {survey && settings ? (
        <>
          <Caption1>
            {messages.surveySummary(
              survey.rows.length,
              survey.headers.length,
              `${survey.sheetName}!${survey.address}`,
            )}
          </Caption1>
          <div className={styles.facts}>
            <Text weight="semibold">{messages.detectedScale(settings.scale.bottom, settings.scale.top)}</Text>
            <Text>·</Text>
            <Text weight="semibold">{messages.pairsFound(pairs.length)}</Text>
          </div>
          <ProblemBars problems={problems} />
          <RoleGroups
            columns={settings.roles}
            onRoleChange={(column, role) =>
              dispatch({ type: "roleChanged", column, role, language: messages.nameLanguage })
            }
          />
          {pairs.length > 0 ? (
            <ItemNames
              // new pairings start new fields (their typed text belongs to the old items)
              key={pairs.map((pair) => pair.item).join("|")}
              items={pairs.map((pair) => pair.item)}
              names={settings.itemNames ?? {}}
              onChange={(item, name) => dispatch({ type: "itemNameChanged", item, name })}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
