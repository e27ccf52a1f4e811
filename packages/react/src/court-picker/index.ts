/**
 * Step 1 of enrolment: choosing the court system (`CourtPicker`) and what to know about it before asking
 * it for a key (`CourtDetails`), plus the small pure helpers they use.
 */
export { CourtPicker } from './court-picker.js'
export type { CourtPickerProps } from './court-picker.js'
export { CourtDetails } from './court-details.js'
export type { CourtDetailsProps } from './court-details.js'
export { CourtStatus } from './court-status.js'
export type { CourtStatusProps } from './court-status.js'
export { formatFactDate, groupByStatus, statusProvenance, TWO_FACTOR_STATUS_FIELD } from './court-facts.js'
export type { StatusGroup } from './court-facts.js'
export type * from './messages.js'
