import { makeStyles, tokens } from "@fluentui/react-components";

export const useRefreshConfirmDialogStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // paragraphs spaced by the column's gap alone (a <p>'s own margins do not collapse in a flex column)
  paragraph: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
