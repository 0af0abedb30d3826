import * as React from "react";
import { EXPECTATION_KIND_NAMES } from "../../core/kano/kanoNames";
import { useMessages } from "../i18n/I18nProvider";
import { RankedItemsTable } from "./RankedItemsTable";
import { SectionFrame } from "./SectionFrame";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";

/**
 * The top key experiences: rank, item, importance and shortfall, with where importance came from. The list is
 * the one ranking of the summary sheet, the details and the action plan (analysis.priorities): with Kano
 * questions an unmet basic expectation comes first there, so it does here, named as such. Without expectations
 * (no priorities) it is CX.KEYEXP's ranking by importance × (scale top − performance).
 */
function KeyExperiencesReview({
  analysis,
  itemName,
  topKeyExperiences,
}: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  if (analysis.keyExperiences.length === 0) return null;
  const ranked: ReadonlyArray<{ item: string; rank: number; importance?: number; shortfall: number }> =
    analysis.priorities.length > 0 ? analysis.priorities : analysis.keyExperiences;
  const basicFirst = analysis.priorities.some((p) => p.reason === "unmetBasic");
  const basic = EXPECTATION_KIND_NAMES[messages.nameLanguage].basic;
  const named = (item: string): string =>
    analysis.priorities.some((p) => p.item === item && p.reason === "unmetBasic")
      ? messages.unmetBasicItem(itemName(item), basic)
      : itemName(item);
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
          {basicFirst ? ` ${messages.keyExperiencesBasicFirst}` : null}
        </>
      }
    >
      <RankedItemsTable
        label={messages.keyExperiencesTitle}
        rows={ranked.slice(0, topKeyExperiences)}
        itemName={named}
        numbers={[
          { header: messages.importanceHeader, value: (experience) => experience.importance },
          { header: messages.shortfallHeader, value: (experience) => experience.shortfall },
        ]}
      />
    </SectionFrame>
  );
}

export const keyExperiencesReview: ReviewSection = { key: "keyExperiences", Section: KeyExperiencesReview };
