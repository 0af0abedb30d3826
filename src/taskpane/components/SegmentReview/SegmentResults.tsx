import * as React from "react";
import {
  Body1,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from "@fluentui/react-components";
import { formatNumber } from "../../i18n/formatNumber";
import { useMessages } from "../../i18n/I18nProvider";
import { useSegmentReviewStyles } from "./SegmentReview.styles";
import type { SegmentResultsProps } from "./SegmentReview.types";

/**
 * One store's or segment's results, read from the analysis of the whole survey (SurveyAnalysis.segments), so
 * that they are the numbers the summary sheet shows for it: its gap per dimension beside everyone's, whether it
 * differs from the other respondents (Welch's t, Holm-adjusted), its own top fixes (the whole survey's
 * importance × its shortfall), and the fix-first items whose worst segment it is. Looking at a segment changes
 * nothing that is written.
 */
export function SegmentResults({ analysis, segment, itemLabels }: SegmentResultsProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useSegmentReviewStyles();
  const dimensionName = (key: string): string => messages.dimensions[key] ?? key;
  const itemName = (item: string): string => itemLabels[item] ?? messages.itemLabel(item);
  const numberCell = (value: number | undefined): React.JSX.Element => (
    <TableCell className={mergeClasses(styles.number, value !== undefined && value < 0 && styles.negative)}>
      {formatNumber(value)}
    </TableCell>
  );
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
        <div className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {messages.segmentDimensionsTitle}
          </Subtitle2>
          <Table size="small" aria-label={messages.segmentDimensionsTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{messages.dimensionHeader}</TableHeaderCell>
                <TableHeaderCell>{messages.hereHeader}</TableHeaderCell>
                <TableHeaderCell>{messages.everyoneHeader}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {analysis.dimensions.map((dimension) => (
                <TableRow key={dimension.key}>
                  <TableCell>{dimensionName(dimension.key)}</TableCell>
                  {numberCell(segment.dimensionGaps[dimension.key])}
                  {numberCell(dimension.gap)}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}

      <div className={styles.section}>
        <Subtitle2 as="h3" className={styles.heading}>
          {messages.segmentFixesTitle}
        </Subtitle2>
        <Caption1 className={styles.note}>{messages.segmentFixesNote}</Caption1>
        {segment.topFixes.length > 0 ? (
          <Table size="extra-small" aria-label={messages.segmentFixesTitle} className={styles.fixedLayout}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.narrow}>{messages.rankHeader}</TableHeaderCell>
                <TableHeaderCell>{messages.itemHeader}</TableHeaderCell>
                <TableHeaderCell className={styles.numberColumn}>{messages.gapHereHeader}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {segment.topFixes.map((item, index) => (
                <TableRow key={item}>
                  <TableCell>{index + 1}</TableCell>
                  <TableCell className={styles.item}>{itemName(item)}</TableCell>
                  {numberCell(segment.itemGaps[item])}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Body1>{messages.segmentNoFixes}</Body1>
        )}
      </div>

      <div className={styles.section}>
        <Subtitle2 as="h3" className={styles.heading}>
          {messages.worstHereTitle}
        </Subtitle2>
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
      </div>
    </section>
  );
}
