import { makeStyles, tokens } from "@fluentui/react-components";

/** The review step's styles, shared by its sections and by one segment's results (the same look). */
export const useReviewStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  facts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
  narrow: { width: "40px" },
  item: { overflowWrap: "break-word" },
  // fixed layout with shares of the pane's width: the columns fit from the narrowest pane (320 px) upwards and
  // a long item name wraps between words instead of squeezing the other columns
  // narrow cell padding too: "Keep up the good work" then fits beside the three other columns at 420 px
  fixedLayout: {
    tableLayout: "fixed",
    "& th, & td": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  },
  itemColumn: { width: "42%" },
  numberColumn: { width: "22%" },
  quadrantColumn: { width: "58%" },
  kanoFeatureColumn: { width: "32%" },
  // "Excitement expectation" on one line from a 420 px pane
  kanoKindColumn: { width: "44%" },
  kanoNumberColumn: { width: "12%" },
  kanoLink: { display: "block", color: tokens.colorNeutralForeground3 },
  meanings: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", gap: tokens.spacingVerticalXS },
  meaningTerm: { margin: 0 },
  meaningText: { margin: 0, color: tokens.colorNeutralForeground2 },
  // one line, never spilling out of its cell: a label longer than the column ends in "…" (full text as title)
  quadrant: {
    maxWidth: "100%",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    display: "inline-block",
    lineHeight: "20px",
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
