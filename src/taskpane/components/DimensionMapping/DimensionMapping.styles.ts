import { makeStyles, tokens } from "@fluentui/react-components";

export const useDimensionMappingStyles = makeStyles({
  cell: { paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  control: { minWidth: 0, width: "100%" },
});
