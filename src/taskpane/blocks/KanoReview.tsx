import * as React from "react";
import { Badge, Caption1, TableCell, TableRow } from "@fluentui/react-components";
import type { ExpectationKind } from "../../core/kano/kanoCategory";
import { EXPECTATION_KIND_NAMES, KANO_CATEGORY_NAMES } from "../../core/kano/kanoNames";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";
import { formatNumber } from "../i18n/formatNumber";
import { useMessages } from "../i18n/I18nProvider";
import type { ReviewSection, ReviewSectionProps } from "./reviewSection";
import { ReviewTable } from "./ReviewTable";
import { SectionFrame } from "./SectionFrame";

const KIND_COLOR: Record<ExpectationKind, "danger" | "warning" | "success"> = {
  basic: "danger",
  expected: "warning",
  excitement: "success",
};

/**
 * The Kano part of the review: each feature's kind of expectation as the course names it (basic, expected,
 * excitement) with Kano's category beside it, its category strength and whether Fong's test finds the
 * category clear, the gap item it is the same feature as, and the attractive features worth a surprise moment.
 */
function KanoReview({ analysis, itemName }: ReviewSectionProps): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  const kano = analysis.kano;
  if (!kano || kano.features.length === 0) return null;
  const language = messages.nameLanguage;
  const featureName = (f: { feature: string; name?: string }): string =>
    f.name ?? (/^\d+$/.test(f.feature) ? messages.kanoFeatureLabel(f.feature) : f.feature);
  return (
    <SectionFrame title={messages.kanoTitle} note={messages.kanoNote(kano.scale)}>
      <ReviewTable
        label={messages.kanoTitle}
        columns={[
          { header: messages.kanoFeatureHeader, className: styles.kanoFeatureColumn },
          { header: messages.kanoKindHeader, className: styles.kanoKindColumn },
          { header: messages.kanoStrengthHeader, className: styles.kanoNumberColumn },
          { header: messages.kanoClearHeader, className: styles.kanoNumberColumn },
        ]}
      >
        {kano.features.map((f) => {
          const kanoName = KANO_CATEGORY_NAMES[language][f.category];
          return (
            <TableRow key={f.feature}>
              <TableCell className={styles.item}>
                {featureName(f)}
                {f.item !== undefined ? (
                  <Caption1 className={styles.kanoLink}>
                    {itemName(f.item) === featureName(f)
                      ? messages.kanoAlsoGapItem
                      : messages.kanoSameAs(itemName(f.item))}
                  </Caption1>
                ) : null}
              </TableCell>
              <TableCell>
                {f.kind !== undefined ? (
                  <>
                    <Badge appearance="tint" color={KIND_COLOR[f.kind]} className={styles.quadrant}>
                      {EXPECTATION_KIND_NAMES[language][f.kind]}
                    </Badge>
                    <Caption1 className={styles.kanoLink}>{kanoName}</Caption1>
                  </>
                ) : (
                  <Badge appearance="outline" color="informative" className={styles.quadrant}>
                    {kanoName}
                  </Badge>
                )}
              </TableCell>
              <TableCell className={styles.number}>{formatNumber(f.categoryStrength * 100, 0)}%</TableCell>
              <TableCell>{f.significant ? messages.kanoClearYes : messages.kanoClearNo}</TableCell>
            </TableRow>
          );
        })}
      </ReviewTable>
      {kano.delightCandidates.length > 0 ? (
        <Caption1>{messages.kanoDelight(kano.delightCandidates.map(featureName))}</Caption1>
      ) : null}
    </SectionFrame>
  );
}

export const kanoReview: ReviewSection = { key: "kano", Section: KanoReview };
