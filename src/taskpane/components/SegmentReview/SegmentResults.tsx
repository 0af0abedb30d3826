import * as React from "react";
import { Body1 } from "@fluentui/react-components";
import { DimensionsTable } from "../../blocks/DimensionsTable";
import { RankedItemsTable } from "../../blocks/RankedItemsTable";
import { SectionFrame } from "../../blocks/SectionFrame";
import { useMessages } from "../../i18n/I18nProvider";
import { useReviewStepStyles } from "../ReviewStep/ReviewStep.styles";
import type { SegmentResultsProps } from "./SegmentReview.types";

/**
 * One store's or segment's results, read from the analysis of the whole survey (SurveyAnalysis.segments), so
 * that they are the numbers the summary sheet shows for it: its gap per dimension beside everyone's, whether it
 * differs from the other respondents (Welch's t, Holm-adjusted), its own top fixes (the whole survey's
 * importance × its shortfall), and the fix-first items whose worst segment it is. Looking at a segment changes
 * nothing that is written. It reads like the review of all respondents: the same sections, tables and styles.
 */
export function SegmentResults({ analysis, segment, itemLabels }: SegmentResultsProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  const itemName = (item: string): string => itemLabels[item] ?? messages.itemLabel(item);
  const worstHere = analysis.priorities.filter(
    (priority) => priority.fixFirst && priority.worstSegment?.segment === segment.segment,
  );
  const versus = segment.versusRest;

  return (
    <section className={styles.root}>
      <div className={styles.facts}>
        <Body1>{messages.segmentFacts(segment.respondents, segment.overallGap)}</Body1>
        {versus ? (
          <Body1>{messages.segmentVersusRest(versus.difference, versus.adjustedP, versus.significant)}</Body1>
        ) : null}
      </div>

      {analysis.dimensions.length > 0 ? (
        <SectionFrame title={messages.segmentDimensionsTitle}>
          <DimensionsTable
            label={messages.segmentDimensionsTitle}
            rows={analysis.dimensions}
            numbers={[
              {
                header: messages.hereHeader,
                value: (dimension) => segment.dimensionGaps[dimension.key],
                highlightNegative: true,
              },
              {
                header: messages.everyoneHeader,
                value: (dimension) => dimension.gap,
                highlightNegative: true,
              },
            ]}
          />
        </SectionFrame>
      ) : null}

      <SectionFrame title={messages.segmentFixesTitle} note={messages.segmentFixesNote}>
        {segment.topFixes.length > 0 ? (
          <RankedItemsTable
            label={messages.segmentFixesTitle}
            rows={segment.topFixes.map((item, index) => ({ item, rank: index + 1 }))}
            itemName={itemName}
            numbers={[
              {
                header: messages.gapHereHeader,
                value: ({ item }) => segment.itemGaps[item],
                highlightNegative: true,
              },
            ]}
          />
        ) : (
          <Body1>{messages.segmentNoFixes}</Body1>
        )}
      </SectionFrame>

      <SectionFrame title={messages.worstHereTitle}>
        {worstHere.length > 0 ? (
          <ul className={styles.list} aria-label={messages.worstHereTitle}>
            {worstHere.map((priority) => (
              <li key={priority.item}>
                {messages.worstHereItem(itemName(priority.item), priority.worstSegment?.gap)}
              </li>
            ))}
          </ul>
        ) : (
          <Body1>{messages.worstHereNone}</Body1>
        )}
      </SectionFrame>
    </section>
  );
}
