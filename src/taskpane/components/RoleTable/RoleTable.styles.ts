import { makeStyles, tokens } from "@fluentui/react-components";

export const useRoleTableStyles = makeStyles({
  header: { wordBreak: "break-word" },
  roleCell: { paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  // Fluent's Dropdown is 250px wide by default; in a narrow pane it must fit its cell
  dropdown: { minWidth: 0, width: "100%" },
  roleColumn: { width: "55%" },
  itemColumn: { width: "48px" },
  item: { color: tokens.colorNeutralForeground3 },
});
