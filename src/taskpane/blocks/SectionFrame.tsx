import * as React from "react";
import { Subtitle2 } from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";

/** A review section's frame: its heading (a level-3 heading under the step's) and its content. */
export function SectionFrame({
  title,
  children,
}: {
  title: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useReviewStepStyles();
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </div>
  );
}
