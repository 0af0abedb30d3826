import * as React from "react";
import { Button, Caption1, ProgressBar, Subtitle1, Text } from "@fluentui/react-components";
import { useAnalysis } from "../../hooks/useAnalysis";
import { useSavedSettings } from "../../hooks/useSavedSettings";
import { useSurveySelection } from "../../hooks/useSurveySelection";
import { useGoToResults, useWriteResults } from "../../hooks/useWriteResults";
import { lazyNamed } from "../lazyNamed";
import { useMessages } from "../../i18n/I18nProvider";
import {
  selectCanAdvance,
  selectItemLabels,
  selectReachableSteps,
  selectStepNumber,
} from "../../state/selectors";
import { selectAnnouncement } from "../../state/announcement";
import { wizardReducer } from "../../state/wizardReducer";
import { STEPS, initialWizardState, type WizardCommands } from "../../state/wizardState";
import { DataStep } from "../DataStep/DataStep";
import { StepList } from "../StepList/StepList";
import { useAppStyles } from "./App.styles";
import type { AppProps } from "./App.types";

// Steps 2–4 load when first opened, so the pane starts with only what step 1 needs; the review comes with its
// segment filter (store, channel…) around it.
const loadModelStep = () => import(/* webpackChunkName: "model-step" */ "../ModelStep/ModelStep");
const loadReviewStep = () =>
  import(/* webpackChunkName: "review-step" */ "../SegmentReview/ReviewWithSegments");
const loadWriteStep = () => import(/* webpackChunkName: "write-step" */ "../WriteStep/WriteStep");
const ModelStep = lazyNamed(loadModelStep, "ModelStep");
const ReviewStep = lazyNamed(loadReviewStep, "ReviewWithSegments");
const WriteStep = lazyNamed(loadWriteStep, "WriteStep");

/** The CX Gap wizard: Data → Model → Review → Write. */
export function App({ initialState = initialWizardState }: AppProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useAppStyles();
  const [state, dispatch] = React.useReducer(wizardReducer, initialState);
  const useSelection = useSurveySelection(dispatch);
  const refresh = useSavedSettings(state.savedSettings, state.ownResultsSheet, dispatch);
  const write = useWriteResults(state, dispatch);
  const goToResults = useGoToResults(state);
  useAnalysis(state, dispatch);

  const number = selectStepNumber(state.step);
  const previous = STEPS[number - 2];
  const next = STEPS[number];
  const canAdvance = selectCanAdvance(state);
  const fire = (action: () => Promise<void>) => () => void action();
  const commands: WizardCommands = {
    useSelection: fire(useSelection),
    write: fire(write),
    refresh: (confirmed) => void refresh(confirmed),
    goToResults: fire(goToResults),
  };
  const heading = React.useRef<HTMLHeadingElement>(null);
  const firstStep = React.useRef(true);
  // a new step moves focus to its heading, so that keyboard and screen-reader users start reading there
  React.useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [state.step]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          {messages.appTitle}
        </Subtitle1>
        <Caption1 className={styles.subtitle}>{messages.appSubtitle}</Caption1>
        <StepList
          current={state.step}
          reachable={selectReachableSteps(state)}
          onSelect={(step) => dispatch({ type: "stepChanged", step })}
        />
      </header>
      <div className={styles.content}>
        <Text
          as="h2"
          size={400}
          weight="semibold"
          id="cx-step-heading"
          ref={heading}
          tabIndex={-1}
          className={styles.stepHeading}
        >
          {messages.stepTitles[state.step]}
        </Text>
        {state.step === "data" ? <DataStep state={state} dispatch={dispatch} commands={commands} /> : null}
        <React.Suspense fallback={<ProgressBar />}>
          {state.step === "model" ? <ModelStep state={state} dispatch={dispatch} /> : null}
          {state.step === "review" ? (
            <ReviewStep
              analysis={state.analysis}
              analyzing={state.analyzing}
              itemLabels={selectItemLabels(state)}
            />
          ) : null}
          {state.step === "write" ? (
            <WriteStep state={state} dispatch={dispatch} commands={commands} />
          ) : null}
        </React.Suspense>
      </div>
      {/* what is going on, for screen readers: reading, analysing, results written (Fluent has no live region) */}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {selectAnnouncement(state, messages)}
      </div>
      <footer className={styles.footer}>
        <Caption1>{messages.stepOf(number, STEPS.length)}</Caption1>
        {next && !canAdvance && messages.nextBlocked[state.step] !== "" ? (
          <Caption1 id="cx-next-blocked" className={styles.blocked}>
            {messages.nextBlocked[state.step]}
          </Caption1>
        ) : null}
        <div className={styles.buttons}>
          {previous ? (
            <Button onClick={() => dispatch({ type: "stepChanged", step: previous })}>{messages.back}</Button>
          ) : null}
          {next ? (
            <Button
              appearance="primary"
              disabled={!canAdvance}
              aria-describedby={canAdvance ? undefined : "cx-next-blocked"}
              onClick={() => dispatch({ type: "stepChanged", step: next })}
            >
              {messages.next}
            </Button>
          ) : null}
        </div>
      </footer>
    </main>
  );
}
