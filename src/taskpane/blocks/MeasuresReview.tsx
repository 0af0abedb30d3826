import * as React from "react";
import { Badge, Body1, TableCell, TableRow } from "@fluentui/react-components";
import type { DriverResult } from "../../survey";
import { PaneMessageBar } from "../components/PaneMessageBar/PaneMessageBar";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { formatNumber } from "../i18n/formatNumber";
import { useMessages } from "../i18n/I18nProvider";
import { NumberCell, type NumberColumn } from "./NumberCell";
import { RankedItemsTable } from "./RankedItemsTable";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";
import { ReviewTable } from "./ReviewTable";
import { SectionFrame, SectionNote } from "./SectionFrame";

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
    <SectionFrame title={m.headlineTitle}>
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
          <ReviewTable
            label={m.headlineTitle}
            columns={[
              { header: m.segmentHeader },
              ...(nps ? [{ header: m.npsHeader, className: styles.numberColumn }] : []),
              ...(csat ? [{ header: m.csatHeader, className: styles.numberColumn }] : []),
            ]}
          >
            {segmentNames.map((segment) => {
              const n = npsOf.get(segment);
              const c = csatOf.get(segment);
              return (
                <TableRow key={segment}>
                  <TableCell className={styles.item}>{segment}</TableCell>
                  {nps ? (
                    <TableCell className={styles.number}>
                      {formatNumber(n?.nps, 1)}
                      <DiffersMark shown={n?.versusRest?.significant === true} />
                    </TableCell>
                  ) : null}
                  {csat ? (
                    <TableCell className={styles.number}>
                      {c ? `${formatNumber(100 * c.csat, 1)} %` : "–"}
                      <DiffersMark shown={c?.versusRest?.significant === true} />
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </ReviewTable>
          <SectionNote>{m.segmentsNote}</SectionNote>
        </>
      ) : null}
    </SectionFrame>
  );
}

/** Derived importance: relative weights with R², n and the warnings, beside the stated rank. */
function DerivedImportanceReview({ analysis, itemName }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const m = messages.measures;
  const derived = analysis.derivedImportance;
  if (!derived) return null;
  // no R² when the weights could not be found (too few respondents, an item without spread…)
  const rSquared = derived.unavailable === undefined ? derived.rSquared : undefined;
  const hasStatedRank = derived.drivers.some((d) => d.statedRank !== undefined);
  const derivedColumn: NumberColumn<DriverResult> = {
    header: m.derivedHeader,
    value: (driver) => driver.weightPercent,
    decimals: 1,
  };
  // a whole number, "–" for an item without one
  const statedRankColumn: NumberColumn<DriverResult> = {
    header: m.statedRankHeader,
    value: (driver) => driver.statedRank,
    decimals: 0,
  };
  return (
    <SectionFrame
      title={m.driversTitle}
      note={
        rSquared === undefined
          ? m.driversUnavailable[derived.unavailable ?? "fewRespondents"](derived.n)
          : m.driversNote(derived.outcome, derived.drivers.length, rSquared, derived.n)
      }
    >
      {rSquared === undefined ? null : (
        <>
          {derived.n < derived.recommendedN ? (
            <PaneMessageBar intent="warning">{m.driversFew(derived.n, derived.recommendedN)}</PaneMessageBar>
          ) : null}
          {derived.negative.length > 0 ? (
            <PaneMessageBar intent="warning">
              {m.driversNegative(derived.negative.map(itemName).join(", "))}
            </PaneMessageBar>
          ) : null}
          <RankedItemsTable
            label={m.driversTitle}
            rows={derived.drivers.slice(0, TOP_DRIVERS)}
            itemName={itemName}
            numbers={hasStatedRank ? [derivedColumn, statedRankColumn] : [derivedColumn]}
          />
        </>
      )}
    </SectionFrame>
  );
}

/** Each dimension's alpha with its interval; a dimension below 0.7 is named in plain words. */
function ReliabilityReview({ analysis }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const m = messages.measures;
  const styles = useReviewStepStyles();
  const reliability = analysis.reliability;
  if (!reliability || reliability.length === 0) return null;
  const { dimensionName } = messages;
  const flagged = reliability.filter((d) => d.low && d.alpha !== undefined);
  return (
    <SectionFrame title={m.reliabilityTitle} note={m.reliabilityNote}>
      {flagged.map((dimension) => (
        <PaneMessageBar key={dimension.dimension} intent="warning">
          {m.lowAlpha(dimensionName(dimension.dimension), dimension.alpha!)}
        </PaneMessageBar>
      ))}
      <ReviewTable
        label={m.reliabilityTitle}
        columns={[
          { header: messages.dimensionHeader },
          { header: m.alphaHeader, className: styles.numberColumn },
          { header: m.intervalHeader },
        ]}
      >
        {reliability.map((dimension) => (
          <TableRow key={dimension.dimension}>
            <TableCell className={styles.item}>{dimensionName(dimension.dimension)}</TableCell>
            {/* no alpha ("–"): one item, too few respondents or no spread; a low alpha is named in the bars above */}
            <NumberCell value={dimension.alpha} />
            <TableCell>
              {dimension.unavailable === "oneItem"
                ? m.oneItem
                : `${formatNumber(dimension.ciLow)} – ${formatNumber(dimension.ciHigh)}`}
            </TableCell>
          </TableRow>
        ))}
      </ReviewTable>
    </SectionFrame>
  );
}

/** The star beside a segment's number that differs from the other respondents (its title says so). */
function DiffersMark({ shown }: { shown: boolean }): React.JSX.Element | null {
  const m = useMessages().measures;
  if (!shown) return null;
  return (
    <>
      {" "}
      <Badge appearance="tint" color="important" title={m.differs}>
        *
      </Badge>
    </>
  );
}

export const headlineReview: ReviewSection = { key: "headline", Section: HeadlineReview };
export const derivedImportanceReview: ReviewSection = {
  key: "derivedImportance",
  Section: DerivedImportanceReview,
};
export const reliabilityReview: ReviewSection = { key: "reliability", Section: ReliabilityReview };
