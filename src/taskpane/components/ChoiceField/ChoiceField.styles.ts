import { makeStyles, tokens } from "@fluentui/react-components";

export const useChoiceFieldStyles = makeStyles({
  // the meaning sits under its radio's label, aligned with the label text (radio indicator + gap ≈ 36px)
  meaning: {
    display: "block",
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
    marginBottom: tokens.spacingVerticalXS,
    paddingLeft: "36px",
    color: tokens.colorNeutralForeground3,
  },
});
