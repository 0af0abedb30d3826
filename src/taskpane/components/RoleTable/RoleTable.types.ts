import type { ColumnAssignment, ColumnRole } from "../../../core/survey/types";

export interface RoleTableProps {
  columns: readonly ColumnAssignment[];
  onRoleChange: (column: number, role: ColumnRole) => void;
}
