/**
 * Saves text as a file through the browser's download (a temporary object URL clicked from a hidden
 * link). The backup it saves is encrypted; the URL is revoked right after.
 *
 * @example
 * downloadText(backup.text, 'a2f-backup-2026-11-21.json', 'application/json')
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
