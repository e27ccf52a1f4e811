/**
 * What `<A2FProvider>` gives every hook and widget below it. `useA2F()` reads it, and fails with a
 * message that says what to do when a widget is rendered outside a provider.
 */
import { createContext, useContext } from 'react'
import type { Clock, CourtRegistry } from '@a2f/core'
import type { CredentialStore } from '@a2f/storage'
import type { CodeBook } from '../data/code-book.js'
import type { Locale } from '../i18n/locale.js'
import type { Messages } from '../i18n/messages.js'

export interface A2FContextValue {
  store: CredentialStore
  registry: CourtRegistry
  clock: Clock
  locale: Locale
  messages: Messages
  /** Live codes of stored credentials, shared by every widget of the provider. */
  codeBook: CodeBook
}

export const A2FContext = createContext<A2FContextValue | null>(null)
A2FContext.displayName = 'A2FContext'

export function useA2F(): A2FContextValue {
  const value = useContext(A2FContext)
  if (!value) {
    throw new Error(
      'a2f: this widget or hook needs an <A2FProvider store={…}> above it (import { A2FProvider } from "@a2f/react").',
    )
  }
  return value
}

/** The messages of the provider's locale, with the host's overrides. */
export function useMessages(): Messages {
  return useA2F().messages
}
