import { makeStyles, tokens } from "@fluentui/react-components";

export const useItemNamesStyles = makeStyles({
  rows: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignItems: "center",
    gap: tokens.spacingVerticalXXS,
  },
  code: { color: tokens.colorNeutralForeground3, paddingRight: tokens.spacingHorizontalS },
  input: { minWidth: 0 },
});
