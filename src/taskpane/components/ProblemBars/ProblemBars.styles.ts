import { makeStyles, tokens } from "@fluentui/react-components";

export const useProblemBarsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
