import * as React from "react";
import {
  Badge,
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
import type { SurveyAnalysis, WaveChange } from "../../../survey";
import { formatNumber } from "../../i18n/enUS";
import { useMessages } from "../../i18n/I18nProvider";

export interface ChangeReviewProps {
  analysis: SurveyAnalysis;
  itemLabels?: Record<string, string>;
}

/** a change with its sign: "+0.57", "−0.42" */
const signed = (value: number | undefined): string =>
  value !== undefined && value > 0 ? `+${formatNumber(value)}` : formatNumber(value);

const DIRECTION_COLOR = { improved: "success", worse: "danger", unchanged: "informative" } as const;

/**
 * Step 3, short: with the journey framework, the stage where expectations are missed most and each stage's
 * gap; with a wave column, each dimension's change between the last two waves (significant or not) and the
 * items that changed significantly. The full tables and the line chart are on the results sheet.
 */
export function ChangeReview({ analysis, itemLabels = {} }: ChangeReviewProps): React.JSX.Element | null {
  const messages = useMessages();
  const text = messages.waves;
  const journey = analysis.journey;
  const change = analysis.waves?.latestChange;
  if (!journey && !analysis.waves) return null;
  const dimensionName = (key: string): string => messages.dimensions[key] ?? key;
  const itemName = (item: string): string => itemLabels[item] ?? messages.itemLabel(item);
  const verdict = (c: WaveChange): React.JSX.Element => (
    <Badge appearance="tint" color={DIRECTION_COLOR[c.direction]}>
      {text.verdict(c.direction, c.significant)}
    </Badge>
  );
  const significantItems = change?.items.filter((c) => c.significant) ?? [];

  return (
    <>
      {journey ? (
        <div>
          <Subtitle2 as="h3">{text.journeyTitle}</Subtitle2>
          <Body1 as="p">
            {journey.missedMost
              ? text.journeyMissed(dimensionName(journey.missedMost.stage), journey.missedMost.gap)
              : text.journeyMet}
          </Body1>
          <Caption1>
            {journey.stages.map((s) => `${dimensionName(s.stage)} ${formatNumber(s.gap)}`).join(" · ")}
          </Caption1>
        </div>
      ) : null}
      {analysis.waves && !change ? (
        <div>
          <Subtitle2 as="h3">{text.changeTitle}</Subtitle2>
          <Body1 as="p">{text.oneWave(analysis.waves.waves[0]?.wave ?? "")}</Body1>
        </div>
      ) : null}
      {change ? (
        <div>
          <Subtitle2 as="h3">{text.changeFrom(change.previous, change.last)}</Subtitle2>
          <Caption1 as="p">{text.method}</Caption1>
          <Table size="extra-small" aria-label={text.changeFrom(change.previous, change.last)}>
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
          <Caption1 as="p">
            {significantItems.length === 0
              ? text.noItemSignificant
              : text.itemsSignificant(significantItems.map((c) => `${itemName(c.key)} ${signed(c.change)}`))}
          </Caption1>
        </div>
      ) : null}
    </>
  );
}
