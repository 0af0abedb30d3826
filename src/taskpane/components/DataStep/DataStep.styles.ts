import { makeStyles, tokens } from "@fluentui/react-components";

export const useDataStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});
