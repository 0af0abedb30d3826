import { makeStyles, tokens } from "@fluentui/react-components";

export const useRoleTableStyles = makeStyles({
  header: { wordBreak: "break-word" },
  roleCell: { paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  dropdown: { minWidth: "150px", width: "100%" },
  item: { color: tokens.colorNeutralForeground3 },
});
