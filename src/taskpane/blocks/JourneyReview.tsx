import * as React from "react";
import { Body1 } from "@fluentui/react-components";
import { formatNumber } from "../i18n/formatNumber";
import { useMessages } from "../i18n/I18nProvider";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";
import { SectionFrame, SectionNote } from "./SectionFrame";

/** With the journey framework: the stage where expectations are missed most, and each stage's gap. */
function JourneyReview({ analysis }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const journey = analysis.journey;
  if (!journey) return null;
  const text = messages.waves;
  const stageName = messages.dimensionName;
  return (
    <SectionFrame title={text.journeyTitle}>
      <Body1 as="p">
        {journey.missedMost
          ? text.journeyMissed(stageName(journey.missedMost.stage), journey.missedMost.gap)
          : text.journeyMet}
      </Body1>
      <SectionNote>
        {journey.stages.map((s) => `${stageName(s.stage)} ${formatNumber(s.gap)}`).join(" · ")}
      </SectionNote>
    </SectionFrame>
  );
}

export const journeyReview: ReviewSection = { key: "journey", Section: JourneyReview };
