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
  item: { overflowWrap: "anywhere" },
  // shares of the pane's width, so that the columns fit from the narrowest pane (320 px) upwards
  numberColumn: { width: "21%" },
  quadrantColumn: { width: "38%" },
  // one line, never spilling out of its cell: a label longer than the column ends in "…" (full text as title)
  quadrant: {
    maxWidth: "100%",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    display: "inline-block",
    lineHeight: "20px",
  },
});
