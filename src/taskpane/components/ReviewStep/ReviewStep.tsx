import * as React from "react";
import {
  Badge,
  Body1,
  Caption1,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from "@fluentui/react-components";
import type { Quadrant } from "../../../survey";
import { formatNumber } from "../../i18n/enUS";
import { useMessages } from "../../i18n/I18nProvider";
import { ChangeReview } from "../ChangeReview/ChangeReview";
import { ProblemBars } from "../ProblemBars/ProblemBars";
import { useReviewStepStyles } from "./ReviewStep.styles";
import type { ReviewStepProps } from "./ReviewStep.types";

const QUADRANTS: readonly Quadrant[] = [
  "concentrateHere",
  "keepUpTheGoodWork",
  "lowPriority",
  "possibleOverkill",
];

const QUADRANT_COLOR: Record<Quadrant, "danger" | "success" | "informative" | "warning"> = {
  concentrateHere: "danger",
  keepUpTheGoodWork: "success",
  lowPriority: "informative",
  possibleOverkill: "warning",
};

/** Step 3: the analysis in the pane — dimension gaps, key experiences, quadrants, n and missing, problems. */
export function ReviewStep({
  analysis,
  analyzing,
  topKeyExperiences = 5,
  itemLabels = {},
}: ReviewStepProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  if (analyzing || !analysis) return <Spinner label={messages.analyzing} />;
  const dimensionName = (key: string): string => messages.dimensions[key] ?? key;
  const itemName = (item: string): string => itemLabels[item] ?? messages.itemLabel(item);
  const numberCell = (value: number | undefined, highlightNegative = false): React.JSX.Element => (
    <TableCell
      className={mergeClasses(
        styles.number,
        highlightNegative && value !== undefined && value < 0 && styles.negative,
      )}
    >
      {formatNumber(value)}
    </TableCell>
  );

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

      {analysis.dimensions.length > 0 ? (
        <div className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {messages.dimensionGapsTitle}
          </Subtitle2>
          <Table size="small" aria-label={messages.dimensionGapsTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{messages.dimensionHeader}</TableHeaderCell>
                <TableHeaderCell>{messages.expectationHeader}</TableHeaderCell>
                <TableHeaderCell>{messages.perceptionHeader}</TableHeaderCell>
                <TableHeaderCell>{messages.gapHeader}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {analysis.dimensions.map((dimension) => (
                <TableRow key={dimension.key}>
                  <TableCell>{dimensionName(dimension.key)}</TableCell>
                  {numberCell(dimension.expectation)}
                  {numberCell(dimension.perception)}
                  {numberCell(dimension.gap, true)}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}

      {analysis.journey || analysis.waves ? (
        <div className={styles.section}>
          <ChangeReview analysis={analysis} itemLabels={itemLabels} />
        </div>
      ) : null}

      {analysis.keyExperiences.length > 0 ? (
        <div className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {messages.keyExperiencesTitle}
          </Subtitle2>
          <Caption1 className={styles.note}>
            {analysis.importanceSource === "derivedFromOverall"
              ? messages.importanceDerived
              : messages.importanceStated}{" "}
            {messages.keyExperiencesRanking}
          </Caption1>
          <Table size="extra-small" aria-label={messages.keyExperiencesTitle} className={styles.fixedLayout}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.narrow}>{messages.rankHeader}</TableHeaderCell>
                <TableHeaderCell>{messages.itemHeader}</TableHeaderCell>
                <TableHeaderCell className={styles.numberColumn}>{messages.importanceHeader}</TableHeaderCell>
                <TableHeaderCell className={styles.numberColumn}>{messages.shortfallHeader}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {analysis.keyExperiences.slice(0, topKeyExperiences).map((experience) => (
                <TableRow key={experience.item}>
                  <TableCell>{experience.rank}</TableCell>
                  <TableCell className={styles.item}>{itemName(experience.item)}</TableCell>
                  {numberCell(experience.importance)}
                  {numberCell(experience.shortfall)}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}

      {analysis.quadrants ? (
        <div className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {messages.quadrantsTitle}
          </Subtitle2>
          <Caption1 className={styles.note}>
            {messages.crosshairAt(
              analysis.quadrants.crosshair.importance,
              analysis.quadrants.crosshair.performance,
            )}
          </Caption1>
          {/* fixed column widths (see the styles): quadrant badges on one line; the importance and performance
              numbers are on the results sheet, the pane says what to do with each item */}
          <Table size="extra-small" aria-label={messages.quadrantsTitle} className={styles.fixedLayout}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.itemColumn}>{messages.itemHeader}</TableHeaderCell>
                <TableHeaderCell className={styles.quadrantColumn}>{messages.quadrantHeader}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {analysis.quadrants.items.map((item) => (
                <TableRow key={item.item}>
                  <TableCell className={styles.item}>{itemName(item.item)}</TableCell>
                  <TableCell>
                    <Badge
                      appearance="tint"
                      color={QUADRANT_COLOR[item.quadrant]}
                      className={styles.quadrant}
                      title={messages.quadrants[item.quadrant]}
                    >
                      {messages.quadrants[item.quadrant]}
                    </Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Subtitle2 as="h4" className={styles.heading}>
            {messages.quadrantMeaningsTitle}
          </Subtitle2>
          <dl className={styles.meanings}>
            {QUADRANTS.map((quadrant) => (
              <React.Fragment key={quadrant}>
                <dt className={styles.meaningTerm}>
                  <Badge appearance="tint" color={QUADRANT_COLOR[quadrant]}>
                    {messages.quadrants[quadrant]}
                  </Badge>
                </dt>
                <dd className={styles.meaningText}>{messages.quadrantMeanings[quadrant]}</dd>
              </React.Fragment>
            ))}
          </dl>
        </div>
      ) : null}
    </section>
  );
}
