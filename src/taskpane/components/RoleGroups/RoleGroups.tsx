import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
} from "@fluentui/react-components";
import { COLUMN_ROLES, type ColumnAssignment } from "../../../survey";
import { useMessages } from "../../i18n/I18nProvider";
import { RoleTable } from "../RoleTable/RoleTable";
import { useRoleGroupsStyles } from "./RoleGroups.styles";
import type { RoleGroupsProps } from "./RoleGroups.types";

/** The code a header opens with ("E5" of "E5 Keeps promises 按时兑现承诺"), short enough for a summary line. */
function shortHeader(header: string): string {
  const first = header.trim().split(/\s+/)[0] ?? "";
  return first.length > 18 ? `${first.slice(0, 17)}…` : first;
}

/**
 * What the columns were taken for, one line per role ("22 expectation items  E1 … E22"); opening a group
 * shows its columns with a role dropdown each, to correct the detection.
 */
export function RoleGroups({ columns, onRoleChange }: RoleGroupsProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useRoleGroupsStyles();
  const groups = COLUMN_ROLES.map((role) => ({
    role,
    columns: columns.filter((column) => column.role === role),
  })).filter((group) => group.columns.length > 0);
  const span = (group: readonly ColumnAssignment[]): string => {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) return "";
    if (group.length === 1) return first.header;
    return `${shortHeader(first.header)} … ${shortHeader(last.header)}`;
  };
  return (
    <div className={styles.root}>
      <Caption1>{messages.roleGroupsHint}</Caption1>
      <Accordion collapsible multiple>
        {groups.map((group) => (
          <AccordionItem key={group.role} value={group.role}>
            <AccordionHeader size="small">
              {messages.roleGroups[group.role](group.columns.length)}
              <span className={styles.span}>{span(group.columns)}</span>
            </AccordionHeader>
            <AccordionPanel>
              <RoleTable
                label={messages.roleGroups[group.role](group.columns.length)}
                columns={group.columns}
                onRoleChange={onRoleChange}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
