/**
 * What `<A2FProvider>` gives every hook and widget below it. `useA2F()` reads it, and fails with a
 * message that says what to do when a widget is rendered outside a provider.
 * It holds the language and the host's overrides, not the texts: each widget merges its own namespace
 * (`useMessages(namespace)`, the widgets' `use…Messages()` hooks), so no page pays for every text.
 */
import { createContext, useContext } from 'react'
import type { Clock, CourtRegistry } from '@a2f/core'
import type { CredentialStore } from '@a2f/storage'
import type { CodeBook } from '../data/code-book.js'
import type { Locale } from '../i18n/locale.js'
import type { MessageOverrides, Messages } from '../i18n/messages.js'

export interface A2FContextValue {
  store: CredentialStore
  /**
   * The host's registry; else the built-in one (compact, `@a2f/core/courts`), whose data is imported when a
   * widget first asks (`useCourtRegistry`). Until it arrives it answers as an empty registry and
   * `registryReady` is false.
   */
  registry: CourtRegistry
  /** False while the built-in registry's data loads; true with a host's registry. */
  registryReady: boolean
  /** Asks for the built-in registry's data; nothing when it is there or the host gave a registry. */
  loadRegistry: () => void
  clock: Clock
  locale: Locale
  /** The language's texts (a locale bundle's); undefined for the built-in pt-BR. */
  localeMessages: Messages | undefined
  /** The host's `messages` overrides. */
  messageOverrides: MessageOverrides | undefined
  /** Live codes of stored credentials, shared by every widget of the provider. */
  codeBook: CodeBook
}

export const A2FContext = /* @__PURE__ */ createContext<A2FContextValue | null>(null)
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
