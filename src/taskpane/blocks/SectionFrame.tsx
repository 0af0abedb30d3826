import * as React from "react";
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { useReviewStepStyles } from "../components/ReviewStep/ReviewStep.styles";

/** A line of a review section that says how to read it, in the muted note colour. */
export function SectionNote({ children }: { children: React.ReactNode }): React.JSX.Element {
  const styles = useReviewStepStyles();
  return <Caption1 className={styles.note}>{children}</Caption1>;
}

/**
 * A review section's frame: its heading (a level-3 heading under the step's), the note under it that says how
 * to read the section, when it has one, and its content.
 */
export function SectionFrame({
  title,
  note,
  children,
}: {
  title: string;
  note?: React.ReactNode;
  children?: React.ReactNode;
}): React.JSX.Element {
  const styles = useReviewStepStyles();
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      {note !== undefined ? <SectionNote>{note}</SectionNote> : null}
      {children}
    </div>
  );
}
