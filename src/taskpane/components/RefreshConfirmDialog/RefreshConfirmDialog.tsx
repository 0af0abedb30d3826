import * as React from "react";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { useRefreshConfirmDialogStyles } from "./RefreshConfirmDialog.styles";
import type { RefreshConfirmDialogProps } from "./RefreshConfirmDialog.types";

/**
 * Asks before a Refresh deletes anything: names each sheet that will be replaced (the summary and the details,
 * found by their stored ids) and says that the action plan is updated in place, keeping what the manager typed.
 * Cancel, Escape or closing the dialog writes nothing.
 */
export function RefreshConfirmDialog({
  open,
  sheets,
  onConfirm,
  onCancel,
}: RefreshConfirmDialogProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useRefreshConfirmDialogStyles();
  return (
    <Dialog open={open} onOpenChange={(_event, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="cx-refresh-confirm-text">
        <DialogBody>
          <DialogTitle>{messages.refreshConfirmTitle}</DialogTitle>
          <DialogContent id="cx-refresh-confirm-text" className={styles.content}>
            <Body1 as="p" block className={styles.paragraph}>
              {messages.refreshConfirmIntro}
            </Body1>
            <ul className={styles.list}>
              {sheets.summaryName !== undefined ? (
                <li>{messages.refreshConfirmSheet(sheets.summaryName, "summary")}</li>
              ) : null}
              <li>{messages.refreshConfirmSheet(sheets.name, "details")}</li>
            </ul>
            {sheets.actionPlanName !== undefined ? (
              <Body1 as="p" block className={styles.paragraph}>
                {messages.actionPlanKept(sheets.actionPlanName)}
              </Body1>
            ) : null}
            <Body1 as="p" block className={styles.paragraph}>
              {messages.refreshConfirmNothingElse}
            </Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {messages.refreshConfirm}
            </Button>
            <Button onClick={onCancel}>{messages.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
