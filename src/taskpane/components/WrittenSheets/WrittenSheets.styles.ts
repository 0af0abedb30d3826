import { makeStyles, tokens } from "@fluentui/react-components";

export const useWrittenSheetsStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
