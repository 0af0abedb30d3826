import * as React from "react";
import { Body1, Button, Caption1, Field, ProgressBar, Text } from "@fluentui/react-components";
import { pairItems } from "../../../survey";
import { lazyNamed } from "../lazyNamed";
import { useMessages } from "../../i18n/I18nProvider";
import { selectPairs } from "../../state/selectors";
import { useDataStepStyles } from "./DataStep.styles";
import type { DataStepProps } from "./DataStep.types";

// What the survey was read as loads with the survey (its own chunk), so the pane opens with less JavaScript;
// message bars appear only once there is something to say (saved settings, an error, findings).
const loadSurveyLayout = () => import(/* webpackChunkName: "survey-layout" */ "./surveyLayout");
const loadMessageBars = () => import(/* webpackChunkName: "message-bars" */ "./messageBars");
const RoleGroups = lazyNamed(loadSurveyLayout, "RoleGroups");
const ItemNames = lazyNamed(loadSurveyLayout, "ItemNames");
const WaveChoice = lazyNamed(loadSurveyLayout, "WaveChoice");
const SavedSettingsBar = lazyNamed(loadMessageBars, "SavedSettingsBar");
const HostErrorBar = lazyNamed(loadMessageBars, "HostErrorBar");
const ProblemBars = lazyNamed(loadMessageBars, "ProblemBars");

/** Step 1: read the selected survey, show what each column was taken for, let the manager correct it. */
export function DataStep({ state, dispatch, commands }: DataStepProps): React.JSX.Element {
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
        <React.Suspense fallback={null}>
          <SavedSettingsBar
            refresh={state.refresh}
            ownResultsSheet={state.ownResultsSheet}
            onRefresh={commands.refresh}
            justWritten={state.write.status === "done"}
          />
        </React.Suspense>
      ) : null}
      <Body1>{messages.dataIntro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={commands.useSelection} disabled={reading}>
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
      {read.error ? (
        <React.Suspense fallback={null}>
          <HostErrorBar error={read.error} onRetry={commands.useSelection} />
        </React.Suspense>
      ) : null}
      {survey && settings ? (
        <>
          <Caption1>
            {messages.surveySummary(
              survey.rows.length,
              survey.headers.length,
              // the rows read: a table's selected rows (their headers come from its header row) or the range
              `${survey.sheetName}!${survey.tableRows ?? survey.address}`,
            )}
          </Caption1>
          {survey.leftOut ? (
            <Caption1>{messages.surveyLeftOut(survey.leftOut.totalRow, survey.leftOut.hiddenRows)}</Caption1>
          ) : null}
          <div className={styles.facts}>
            <Text weight="semibold">{messages.detectedScale(settings.scale.bottom, settings.scale.top)}</Text>
            <Text>·</Text>
            <Text weight="semibold">{messages.pairsFound(pairs.length)}</Text>
          </div>
          <React.Suspense fallback={null}>
            <ProblemBars problems={problems} />
          </React.Suspense>
          <React.Suspense fallback={<ProgressBar />}>
            <RoleGroups
              columns={settings.roles}
              onRoleChange={(column, role) =>
                dispatch({ type: "roleChanged", column, role, language: messages.nameLanguage })
              }
            />
            <WaveChoice
              survey={survey}
              settings={settings}
              onPeriodChange={(period) => dispatch({ type: "wavePeriodChanged", period })}
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
          </React.Suspense>
        </>
      ) : null}
    </section>
  );
}
