/**
 * The name of a downloaded backup: `a2f-backup-<date>.json`, the local calendar date of the export (what
 * the user sees on their calendar, not UTC).
 *
 * @example
 * backupFileName(new Date(2026, 10, 21, 23, 30)) // 'a2f-backup-2026-11-21.json'
 */
export function backupFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `a2f-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`
}
