/**
 * Turns any error from @a2f/core or @a2f/storage into a sentence in the provider's language, by its stable
 * `code`. Messages of the errors themselves are English and meant for logs; they are never shown.
 */
import { useCallback } from 'react'
import { useCommonMessages } from '../i18n/common-messages.js'
import { errorCode } from './error-code.js'

export function useErrorMessage(): (error: unknown) => string {
  const common = useCommonMessages()
  return useCallback(
    (error: unknown) => {
      const code = errorCode(error)
      return (code && common.errors[code]) || common.errors.fallback
    },
    [common],
  )
}
