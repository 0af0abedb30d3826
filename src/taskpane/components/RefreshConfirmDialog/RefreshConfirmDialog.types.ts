import type { OwnResultsSheets } from "../../../excel/types";

export interface RefreshConfirmDialogProps {
  open: boolean;
  /** the add-in's sheets found in the workbook: the ones a confirmed Refresh replaces or updates */
  sheets: OwnResultsSheets;
  onConfirm: () => void;
  onCancel: () => void;
}
