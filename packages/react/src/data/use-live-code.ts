/**
 * The live code of a stored credential, computed by the store: re-renders when the code changes and when
 * it starts expiring, never every second. Many rows share one fetch per tick and one timer (the code book).
 *
 * @example
 * const { code, expiring } = useLiveCode(credential.id)
 * return <span>{code?.code}</span>
 */
import { useCallback, useSyncExternalStore } from 'react'
import { EMPTY_ENTRY, type LiveEntry } from '../data/code-book.js'
import { useA2F } from '../provider/a2f-context.js'

export function useLiveCode(id: string | undefined): LiveEntry {
  const { codeBook } = useA2F()
  const subscribe = useCallback(
    (onChange: () => void) => (id ? codeBook.subscribe(id, onChange) : () => {}),
    [codeBook, id],
  )
  const getSnapshot = () => (id ? codeBook.get(id) : EMPTY_ENTRY)
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
