import * as React from "react";
import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { formatNumber } from "../i18n/formatNumber";
import { useMessages } from "../i18n/I18nProvider";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";

/** With the journey framework: the stage where expectations are missed most, and each stage's gap. */
function JourneyReview({ analysis }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  const journey = analysis.journey;
  if (!journey) return null;
  const text = messages.waves;
  const stageName = (key: string): string => messages.dimensions[key] ?? key;
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" className={styles.heading}>
        {text.journeyTitle}
      </Subtitle2>
      <Body1 as="p">
        {journey.missedMost
          ? text.journeyMissed(stageName(journey.missedMost.stage), journey.missedMost.gap)
          : text.journeyMet}
      </Body1>
      <Caption1 className={styles.note}>
        {journey.stages.map((s) => `${stageName(s.stage)} ${formatNumber(s.gap)}`).join(" · ")}
      </Caption1>
    </div>
  );
}

export const journeyReview: ReviewSection = { key: "journey", Section: JourneyReview };
