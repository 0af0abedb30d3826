import { makeStyles, tokens } from "@fluentui/react-components";

export const useWriteStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});
