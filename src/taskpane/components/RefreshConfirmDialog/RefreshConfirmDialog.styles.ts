import { makeStyles, tokens } from "@fluentui/react-components";

export const useRefreshConfirmDialogStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
