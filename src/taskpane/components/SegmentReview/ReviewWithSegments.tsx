import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { ReviewStep } from "../ReviewStep/ReviewStep";
import { SegmentResults } from "./SegmentResults";
import { useReviewStepStyles } from "../ReviewStep/ReviewStep.styles";
import type { ReviewWithSegmentsProps } from "./SegmentReview.types";

/**
 * Step 3 with a filter when the survey has a segment column (store, channel…): all respondents (the review
 * itself) or one segment's results. The choice only changes what the pane shows; what is written is always the
 * analysis of the whole survey, so the summary's "worst store" stays the worst of all stores.
 */
export function ReviewWithSegments(props: ReviewWithSegmentsProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useReviewStepStyles();
  const [chosen, setChosen] = React.useState("");
  const { analysis, analyzing } = props;
  const segments = analyzing ? undefined : analysis?.segments;
  const segment = segments?.segments.find((s) => s.segment === chosen);
  if (!segments || !analysis) return <ReviewStep {...props} />;
  return (
    <div className={styles.root}>
      <Field label={messages.segmentFilterLabel(segments.header)}>
        <Select value={segment ? segment.segment : ""} onChange={(_event, data) => setChosen(data.value)}>
          <option value="">{messages.allRespondents}</option>
          {segments.segments.map((s) => (
            <option key={s.segment} value={s.segment}>
              {messages.segmentOption(s.segment, s.respondents)}
            </option>
          ))}
        </Select>
      </Field>
      {segment ? (
        <SegmentResults analysis={analysis} segment={segment} itemLabels={props.itemLabels ?? {}} />
      ) : (
        <ReviewStep {...props} />
      )}
    </div>
  );
}
