/**
 * The credential grid: `CredentialGrid` (every 2FA credential of the office with live codes, search,
 * filters, groups and row actions, smooth at 10,000 rows) and `ComplianceView` (mandatory courts ×
 * owners), plus the pure helpers behind them for hosts that draw their own.
 */
export { CredentialGrid } from './credential-grid.js'
export type { CredentialGridProps, CredentialGridVirtualization } from './credential-grid.js'
export { ComplianceView } from './compliance-view.js'
export type { ComplianceViewProps } from './compliance-view.js'
export { computeCompliance } from './compliance.js'
export type {
  ComplianceCell,
  ComplianceColumn,
  ComplianceGroup,
  ComplianceReport,
  ComplianceState,
} from './compliance.js'
export { GRID_ACTIONS } from './grid-types.js'
export type {
  GridAction,
  GridActionListener,
  GridGroupBy,
  GridSort,
  GridSortKey,
  GridStatusFilter,
  GridView,
} from './grid-types.js'
export type * from './messages.js'
