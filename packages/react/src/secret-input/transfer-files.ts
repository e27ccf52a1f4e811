/**
 * Finds the files in a paste or a drop. Browsers disagree on where a pasted screenshot lives: Chromium
 * and Firefox put it in `clipboardData.files`, Safari (and older Chromium) only as an `items` entry of
 * kind 'file'; a drop has both. The first image wins.
 *
 * @example
 * const file = firstFile(event.clipboardData)   // the pasted screenshot, or undefined for plain text
 */

/** Whether the transfer carries files (while dragging, only the types are readable). */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return Array.from(transfer?.types ?? []).includes('Files')
}

/** The first image of the transfer, else its first file of any type (for a "not an image" message). */
export function firstFile(transfer: DataTransfer | null): File | undefined {
  let files = Array.from(transfer?.files ?? [])
  if (files.length === 0) {
    files = Array.from(transfer?.items ?? []).flatMap(
      (item) => (item.kind === 'file' && item.getAsFile()) || [],
    )
  }
  return files.find(isImage) ?? files[0]
}

/** Whether a file or blob declares an image type (image/png, image/jpeg…). */
export function isImage(file: Blob): boolean {
  return file.type.startsWith('image/')
}
