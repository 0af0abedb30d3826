import type { ColumnAssignment, ColumnRole } from "../../../survey";

export interface RoleGroupsProps {
  columns: readonly ColumnAssignment[];
  onRoleChange: (column: number, role: ColumnRole) => void;
}
