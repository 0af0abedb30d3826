import * as React from "react";
import { useMessages } from "../i18n/I18nProvider";
import { RankedItemsTable } from "./RankedItemsTable";
import { SectionFrame } from "./SectionFrame";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";

/** The top key experiences: rank, item, importance and shortfall, with where importance came from. */
function KeyExperiencesReview({
  analysis,
  itemName,
  topKeyExperiences,
}: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
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
      <RankedItemsTable
        label={messages.keyExperiencesTitle}
        rows={analysis.keyExperiences.slice(0, topKeyExperiences)}
        itemName={itemName}
        numbers={[
          { header: messages.importanceHeader, value: (experience) => experience.importance },
          { header: messages.shortfallHeader, value: (experience) => experience.shortfall },
        ]}
      />
    </SectionFrame>
  );
}

export const keyExperiencesReview: ReviewSection = { key: "keyExperiences", Section: KeyExperiencesReview };
