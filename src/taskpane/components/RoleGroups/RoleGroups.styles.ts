import { makeStyles, tokens } from "@fluentui/react-components";

export const useRoleGroupsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  span: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
});
