/**
 * Turns any error from @a2f/core or @a2f/storage into a sentence in the provider's language, by its stable
 * `code`. Messages of the errors themselves are English and meant for logs; they are never shown.
 */
import { useCallback } from 'react'
import { useMessages } from '../provider/a2f-context.js'

export function useErrorMessage(): (error: unknown) => string {
  const { common } = useMessages()
  return useCallback(
    (error: unknown) => {
      const code =
        typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
      return (code && common.errors[code]) || common.errors.fallback
    },
    [common],
  )
}
