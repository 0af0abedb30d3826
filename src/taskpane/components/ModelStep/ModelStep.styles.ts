import { makeStyles, tokens } from "@fluentui/react-components";

export const useModelStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});
