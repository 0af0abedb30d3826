import * as React from "react";
import { Body1, TableCell, TableRow } from "@fluentui/react-components";
import type { WaveChange } from "../../survey";
import { formatNumber } from "../i18n/formatNumber";
import { useMessages } from "../i18n/I18nProvider";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";
import { ReviewTable } from "./ReviewTable";
import { SectionFrame, SectionNote } from "./SectionFrame";

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
  const waves = analysis.waves;
  if (!waves) return null;
  const text = messages.waves;
  const change = waves.latestChange;
  if (!change) {
    return (
      <SectionFrame title={text.changeTitle}>
        <Body1 as="p">{text.oneWave(waves.waves[0]?.wave ?? "")}</Body1>
      </SectionFrame>
    );
  }
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
    <SectionFrame title={title} note={text.method}>
      {/* three short columns: they size to their content */}
      <ReviewTable
        label={title}
        fixedLayout={false}
        columns={[
          { header: messages.dimensionHeader },
          { header: text.changeHeader },
          { header: text.verdictHeader },
        ]}
      >
        {[...change.dimensions, ...(change.overall ? [change.overall] : [])].map((c) => (
          <TableRow key={c.key}>
            <TableCell>{c.key === "" ? text.overall : messages.dimensionName(c.key)}</TableCell>
            <TableCell>{signed(c.change)}</TableCell>
            <TableCell>{verdict(c)}</TableCell>
          </TableRow>
        ))}
      </ReviewTable>
      <SectionNote>
        {significantItems.length === 0
          ? text.noItemSignificant
          : text.itemsSignificant(significantItems.map((c) => `${itemName(c.key)} ${signed(c.change)}`))}
      </SectionNote>
    </SectionFrame>
  );
}

export const wavesReview: ReviewSection = { key: "waves", Section: WavesReview };
