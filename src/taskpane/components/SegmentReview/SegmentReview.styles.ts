import { makeStyles, tokens } from "@fluentui/react-components";

export const useSegmentReviewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  facts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
  item: { overflowWrap: "break-word" },
  // the same fixed layout as the review's tables: columns fit from the narrowest pane (320 px) upwards
  fixedLayout: {
    tableLayout: "fixed",
    "& th, & td": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  },
  narrow: { width: "40px" },
  numberColumn: { width: "22%" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
