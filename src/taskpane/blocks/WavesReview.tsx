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
} from "@fluentui/react-components";
import type { WaveChange } from "../../survey";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { formatNumber } from "../i18n/formatNumber";
import { useMessages } from "../i18n/I18nProvider";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";

/** a change with its sign: "+0.57", "−0.42" */
const signed = (value: number | undefined): string =>
  value !== undefined && value > 0 ? `+${formatNumber(value)}` : formatNumber(value);

/**
 * With a wave column, short: each dimension's change between the last two waves (significant or not) and the
 * items that changed significantly; with one wave, what to do to see a change. The tables of every wave and
 * the line chart are on the results sheet.
 */
function WavesReview({ analysis, itemName }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  const waves = analysis.waves;
  if (!waves) return null;
  const text = messages.waves;
  const change = waves.latestChange;
  if (!change) {
    return (
      <div className={styles.section}>
        <Subtitle2 as="h3" className={styles.heading}>
          {text.changeTitle}
        </Subtitle2>
        <Body1 as="p">{text.oneWave(waves.waves[0]?.wave ?? "")}</Body1>
      </div>
    );
  }
  const dimensionName = (key: string): string => messages.dimensions[key] ?? key;
  // the verdict as words that wrap in the narrow pane (a badge would not); a significant change in bold
  const verdict = (c: WaveChange): React.JSX.Element =>
    c.significant ? (
      <strong>{text.verdict(c.direction, true)}</strong>
    ) : (
      <>{text.verdict(c.direction, false)}</>
    );
  const significantItems = change.items.filter((c) => c.significant);
  const title = text.changeFrom(change.previous, change.last);
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      <Caption1 className={styles.note}>{text.method}</Caption1>
      <Table size="extra-small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{messages.dimensionHeader}</TableHeaderCell>
            <TableHeaderCell>{text.changeHeader}</TableHeaderCell>
            <TableHeaderCell>{text.verdictHeader}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...change.dimensions, ...(change.overall ? [change.overall] : [])].map((c) => (
            <TableRow key={c.key}>
              <TableCell>{c.key === "" ? text.overall : dimensionName(c.key)}</TableCell>
              <TableCell>{signed(c.change)}</TableCell>
              <TableCell>{verdict(c)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1 className={styles.note}>
        {significantItems.length === 0
          ? text.noItemSignificant
          : text.itemsSignificant(significantItems.map((c) => `${itemName(c.key)} ${signed(c.change)}`))}
      </Caption1>
    </div>
  );
}

export const wavesReview: ReviewSection = { key: "waves", Section: WavesReview };
