import * as React from "react";
import {
  Badge,
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { formatNumber } from "../i18n/formatNumber";
import { useMessages } from "../i18n/I18nProvider";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";

/** Derived-importance rows the pane lists, largest weight first. */
const TOP_DRIVERS = 5;

/** NPS and CSAT with their intervals; per segment, marked where a segment differs from the rest. */
function HeadlineReview({ analysis }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const m = messages.measures;
  const styles = useReviewStepStyles();
  const headline = analysis.headline;
  if (!headline) return null;
  const nps = headline.nps;
  const csat = headline.csat;
  const segmentNames = [
    ...new Set([...(nps?.segments ?? []), ...(csat?.segments ?? [])].map((s) => s.segment)),
  ];
  const npsOf = new Map(nps?.segments?.map((s) => [s.segment, s]));
  const csatOf = new Map(csat?.segments?.map((s) => [s.segment, s]));
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" className={styles.heading}>
        {m.headlineTitle}
      </Subtitle2>
      {nps ? (
        <Body1>
          {m.nps(nps.overall.nps, nps.overall.ciLow, nps.overall.ciHigh, nps.overall.n)}{" "}
          {m.npsShares(nps.overall.promoters, nps.overall.detractors)}
        </Body1>
      ) : null}
      {csat ? (
        <Body1>
          {m.csat(csat.overall.csat, csat.overall.ciLow, csat.overall.ciHigh, csat.overall.n)}{" "}
          {m.csatCounts(csat.satisfiedFrom, csat.scale.top, csat.scale.bottom)}
        </Body1>
      ) : null}
      {segmentNames.length > 0 ? (
        <>
          <Table size="extra-small" aria-label={m.headlineTitle} className={styles.fixedLayout}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.segmentHeader}</TableHeaderCell>
                {nps ? (
                  <TableHeaderCell className={styles.numberColumn}>{m.npsHeader}</TableHeaderCell>
                ) : null}
                {csat ? (
                  <TableHeaderCell className={styles.numberColumn}>{m.csatHeader}</TableHeaderCell>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {segmentNames.map((segment) => {
                const n = npsOf.get(segment);
                const c = csatOf.get(segment);
                return (
                  <TableRow key={segment}>
                    <TableCell className={styles.item}>{segment}</TableCell>
                    {nps ? (
                      <TableCell className={styles.number}>
                        {formatNumber(n?.nps, 1)}
                        {n?.versusRest?.significant ? (
                          <>
                            {" "}
                            <Badge appearance="tint" color="important" title={m.differs}>
                              *
                            </Badge>
                          </>
                        ) : null}
                      </TableCell>
                    ) : null}
                    {csat ? (
                      <TableCell className={styles.number}>
                        {c ? `${formatNumber(100 * c.csat, 1)} %` : "–"}
                        {c?.versusRest?.significant ? (
                          <>
                            {" "}
                            <Badge appearance="tint" color="important" title={m.differs}>
                              *
                            </Badge>
                          </>
                        ) : null}
                      </TableCell>
                    ) : null}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Caption1 className={styles.note}>{m.segmentsNote}</Caption1>
        </>
      ) : null}
    </div>
  );
}

/** Derived importance: relative weights with R², n and the warnings, beside the stated rank. */
function DerivedImportanceReview({ analysis, itemName }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const m = messages.measures;
  const styles = useReviewStepStyles();
  const derived = analysis.derivedImportance;
  if (!derived) return null;
  const topDrivers = TOP_DRIVERS;
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" className={styles.heading}>
        {m.driversTitle}
      </Subtitle2>
      {derived.unavailable !== undefined || derived.rSquared === undefined ? (
        <Caption1 className={styles.note}>
          {m.driversUnavailable[derived.unavailable ?? "fewRespondents"](derived.n)}
        </Caption1>
      ) : (
        <>
          <Caption1 className={styles.note}>
            {m.driversNote(derived.outcome, derived.drivers.length, derived.rSquared, derived.n)}
          </Caption1>
          {derived.n < derived.recommendedN ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{m.driversFew(derived.n, derived.recommendedN)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {derived.negative.length > 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{m.driversNegative(derived.negative.map(itemName).join(", "))}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Table size="extra-small" aria-label={m.driversTitle} className={styles.fixedLayout}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.narrow}>{m.rankHeader}</TableHeaderCell>
                <TableHeaderCell>{messages.itemHeader}</TableHeaderCell>
                <TableHeaderCell className={styles.numberColumn}>{m.derivedHeader}</TableHeaderCell>
                {derived.drivers.some((d) => d.statedRank !== undefined) ? (
                  <TableHeaderCell className={styles.numberColumn}>{m.statedRankHeader}</TableHeaderCell>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {derived.drivers.slice(0, topDrivers).map((driver) => (
                <TableRow key={driver.item}>
                  <TableCell>{driver.rank}</TableCell>
                  <TableCell className={styles.item}>{itemName(driver.item)}</TableCell>
                  <TableCell className={styles.number}>{formatNumber(driver.weightPercent, 1)}</TableCell>
                  {derived.drivers.some((d) => d.statedRank !== undefined) ? (
                    <TableCell className={styles.number}>{driver.statedRank ?? "–"}</TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}

/** Each dimension's alpha with its interval; a dimension below 0.7 is named in plain words. */
function ReliabilityReview({ analysis }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const m = messages.measures;
  const styles = useReviewStepStyles();
  const reliability = analysis.reliability;
  if (!reliability || reliability.length === 0) return null;
  const dimensionName = (key: string): string => messages.dimensions[key] ?? key;
  const flagged = reliability.filter((d) => d.low && d.alpha !== undefined);
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" className={styles.heading}>
        {m.reliabilityTitle}
      </Subtitle2>
      <Caption1 className={styles.note}>{m.reliabilityNote}</Caption1>
      {flagged.map((dimension) => (
        <MessageBar key={dimension.dimension} intent="warning" layout="multiline">
          <MessageBarBody>{m.lowAlpha(dimensionName(dimension.dimension), dimension.alpha!)}</MessageBarBody>
        </MessageBar>
      ))}
      <Table size="extra-small" aria-label={m.reliabilityTitle} className={styles.fixedLayout}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{messages.dimensionHeader}</TableHeaderCell>
            <TableHeaderCell className={styles.numberColumn}>{m.alphaHeader}</TableHeaderCell>
            <TableHeaderCell>{m.intervalHeader}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {reliability.map((dimension) => (
            <TableRow key={dimension.dimension}>
              <TableCell className={styles.item}>{dimensionName(dimension.dimension)}</TableCell>
              <TableCell className={dimension.low ? `${styles.number} ${styles.negative}` : styles.number}>
                {dimension.unavailable === "oneItem" ? "–" : formatNumber(dimension.alpha)}
              </TableCell>
              <TableCell>
                {dimension.unavailable === "oneItem"
                  ? m.oneItem
                  : `${formatNumber(dimension.ciLow)} – ${formatNumber(dimension.ciHigh)}`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export const headlineReview: ReviewSection = { key: "headline", Section: HeadlineReview };
export const derivedImportanceReview: ReviewSection = {
  key: "derivedImportance",
  Section: DerivedImportanceReview,
};
export const reliabilityReview: ReviewSection = { key: "reliability", Section: ReliabilityReview };
