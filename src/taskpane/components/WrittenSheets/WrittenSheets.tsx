import * as React from "react";
import type { WriteReport } from "../../../excel/types";
import { writtenSheetLine } from "../../state/writtenReport";
import { useMessages } from "../../i18n/I18nProvider";
import { useWrittenSheetsStyles } from "./WrittenSheets.styles";

/** Every sheet a write produced or updated (summary, action plan, details), with its tables and charts. */
export function WrittenSheets({ report }: { report: WriteReport }): React.JSX.Element | null {
  const messages = useMessages();
  const styles = useWrittenSheetsStyles();
  const sheets = report.sheets ?? [];
  if (sheets.length <= 1)
    return (
      <>{`${messages.tablesWritten(report.tables.length)} · ${messages.chartsDrawn(report.chartsDrawn.length)}`}</>
    );
  return (
    <ul className={styles.list}>
      {sheets.map((sheet) => (
        <li key={sheet.kind}>{writtenSheetLine(sheet, messages)}</li>
      ))}
    </ul>
  );
}
