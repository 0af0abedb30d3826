import { makeStyles, tokens } from "@fluentui/react-components";

export const useReviewStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  facts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
  narrow: { width: "44px" },
});
