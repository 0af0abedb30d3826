import * as React from "react";
import {
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { useMessages } from "../i18n/I18nProvider";
import { NumberCell } from "./NumberCell";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";

/** The top key experiences: rank, item, importance and shortfall, with where importance came from. */
function KeyExperiencesReview({
  analysis,
  itemName,
  topKeyExperiences,
}: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  if (analysis.keyExperiences.length === 0) return null;
  return (
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
              <NumberCell value={experience.importance} />
              <NumberCell value={experience.shortfall} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export const keyExperiencesReview: ReviewSection = { key: "keyExperiences", Section: KeyExperiencesReview };
