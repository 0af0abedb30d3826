import * as React from "react";
import { Body1, Spinner } from "@fluentui/react-components";
import { REVIEW_SECTIONS } from "../../blocks";
import { useMessages } from "../../i18n/I18nProvider";
import { ProblemBars } from "../ProblemBars/ProblemBars";
import { useReviewStepStyles } from "./ReviewStep.styles";
import type { ReviewStepProps } from "./ReviewStep.types";

/**
 * Step 3: the analysis in the pane — n and missing, the overall gap, problems, then one section per result
 * block (src/taskpane/blocks: dimension gaps, key experiences, quadrants).
 */
export function ReviewStep({
  analysis,
  analyzing,
  topKeyExperiences = 5,
  itemLabels = {},
}: ReviewStepProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  if (analyzing || !analysis) return <Spinner label={messages.analyzing} />;
  const itemName = (item: string): string => itemLabels[item] ?? messages.itemLabel(item);

  return (
    <section className={styles.root}>
      <div className={styles.facts}>
        <Body1>{messages.respondentsAndMissing(analysis.respondents, analysis.missingAnswers)}</Body1>
        {analysis.overall ? <Body1>{messages.overallGap(analysis.overall.gap)}</Body1> : null}
        {analysis.overall?.weightedScore !== undefined ? (
          <Body1>{messages.weightedScore(analysis.overall.weightedScore)}</Body1>
        ) : null}
      </div>
      <ProblemBars problems={analysis.problems} />
      {REVIEW_SECTIONS.map(({ key, Section }) => (
        <Section key={key} analysis={analysis} itemName={itemName} topKeyExperiences={topKeyExperiences} />
      ))}
    </section>
  );
}
