import * as React from "react";
import { TableCell, TableRow } from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { useMessages } from "../i18n/I18nProvider";
import { NumberCell } from "./NumberCell";
import { ReviewTable } from "./ReviewTable";
import { SectionFrame } from "./SectionFrame";
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
    <SectionFrame
      title={messages.keyExperiencesTitle}
      note={
        <>
          {analysis.importanceSource === "derivedFromOverall"
            ? messages.importanceDerived
            : analysis.importanceSource === "derivedRelativeWeights"
              ? messages.importanceRelativeWeights(analysis.derivedImportance?.outcome ?? "overall")
              : messages.importanceStated}{" "}
          {messages.keyExperiencesRanking}
        </>
      }
    >
      <ReviewTable
        label={messages.keyExperiencesTitle}
        columns={[
          { header: messages.rankHeader, className: styles.narrow },
          { header: messages.itemHeader },
          { header: messages.importanceHeader, className: styles.numberColumn },
          { header: messages.shortfallHeader, className: styles.numberColumn },
        ]}
      >
        {analysis.keyExperiences.slice(0, topKeyExperiences).map((experience) => (
          <TableRow key={experience.item}>
            <TableCell>{experience.rank}</TableCell>
            <TableCell className={styles.item}>{itemName(experience.item)}</TableCell>
            <NumberCell value={experience.importance} />
            <NumberCell value={experience.shortfall} />
          </TableRow>
        ))}
      </ReviewTable>
    </SectionFrame>
  );
}

export const keyExperiencesReview: ReviewSection = { key: "keyExperiences", Section: KeyExperiencesReview };
