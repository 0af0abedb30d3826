import { makeStyles, tokens } from "@fluentui/react-components";

export const useDimensionMappingStyles = makeStyles({
  cell: { paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  control: { minWidth: "160px", width: "100%" },
});
