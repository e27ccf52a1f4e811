/**
 * The root of every a2f widget: which store keeps the credentials, which court registry and clock to use,
 * and in which language to speak.
 *
 * - `store`: any `CredentialStore` (sealed IndexedDB in a browser app, `createHttpStore` against a
 *   server that keeps the keys, memory in tests).
 * - `registry`: default the built-in registry in compact form (`@a2f/core/courts`, without most provenance), imported when a
 *   widget that shows courts first mounts, so pages without one never download it; pass
 *   `courtRegistry.extend([...])` (from `@a2f/core`) to add systems, or `await preloadCourtRegistry()`
 *   to have it before the first render.
 * - `clock`: default one shared page clock; pass `createClock({ offsetMs })` after measuring a court's
 *   clock, or a clock on fake time in tests and stories.
 * - `locale`: Portuguese by default; another language is a bundle imported from its own entry
 *   (`import { en } from '@a2f/react/locales/en'`, then `locale={en}`), so apps download only the
 *   languages they use. `messages` overrides any text. The provider keeps only these two; each widget
 *   merges its own texts.
 * - `queryClient`: default the app's own `QueryClientProvider`, else a private one.
 *
 * @example
 * <A2FProvider store={store}>
 *   <CredentialGrid />
 * </A2FProvider>
 */
import type { Clock, CourtRegistry } from '@a2f/core'
import type { CredentialStore } from '@a2f/storage'
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import { useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { createCodeBook } from '../data/code-book.js'
import { credentialKeys } from '../data/query-keys.js'
import type { LocaleBundle } from '../i18n/locale-bundle.js'
import type { MessageOverrides } from '../i18n/messages.js'
import { getDefaultClock } from '../time/default-clock.js'
import { A2FContext, type A2FContextValue } from './a2f-context.js'
import { loadedCourtRegistry, pendingCourtRegistry, preloadCourtRegistry } from './built-in-registry.js'

export interface A2FProviderProps {
  store: CredentialStore
  /** Default: the built-in court registry (compact), imported when a widget first needs it. */
  registry?: CourtRegistry
  /** Default: one clock shared by the page. */
  clock?: Clock
  /** Default Brazilian Portuguese. Other languages: `locale={en}` with `en` from '@a2f/react/locales/en'. */
  locale?: LocaleBundle | 'pt-BR'
  messages?: MessageOverrides
  /** Default: the surrounding QueryClientProvider's client, else a private one. */
  queryClient?: QueryClient
  children?: ReactNode
}

export function A2FProvider(props: A2FProviderProps) {
  const { store, registry, clock, locale, messages, queryClient, children } = props
  const outerClient = useContext(QueryClientContext)
  // Constructing a QueryClient is cheap and starts nothing; it is only used when no other client exists.
  const [privateClient] = useState(() => new QueryClient())
  const client = queryClient ?? outerClient ?? privateClient
  const resolvedClock = clock ?? getDefaultClock()
  const bundle = typeof locale === 'object' ? locale : undefined
  const resolvedLocale = bundle?.locale ?? 'pt-BR'

  // The built-in registry, once its chunk has arrived (already there when another provider or
  // preloadCourtRegistry() fetched it). Asked for by the widgets that show courts, not here.
  const [builtIn, setBuiltIn] = useState(loadedCourtRegistry)
  const loadRegistry = useCallback(() => {
    if (registry !== undefined || builtIn !== undefined) return
    // A failed import leaves the widgets loading; the next widget that mounts asks again.
    preloadCourtRegistry().then(setBuiltIn, () => undefined)
  }, [registry, builtIn])

  // Created in render, so it must own nothing that needs disposing: its subscribers are its lifetime (the
  // first starts its tick, the last to leave stops it), as with TanStack's QueryObserver. A cleanup that
  // disposed it here broke every live code under StrictMode, which runs mount → cleanup → mount in
  // development: the second mount kept a disposed book that never fetched.
  const codeBook = useMemo(() => createCodeBook(store, resolvedClock), [store, resolvedClock])

  // Changes from this tab, other tabs (IndexedDB) or other processes (PostgreSQL, HTTP): lists and codes
  // are fetched again, so every widget shows what the store holds.
  useEffect(
    () =>
      store.subscribe(() => {
        void client.invalidateQueries({ queryKey: credentialKeys.all(store.tenant) })
        codeBook.refresh()
      }),
    [store, client, codeBook],
  )

  const value = useMemo<A2FContextValue>(
    () => ({
      store,
      registry: registry ?? builtIn ?? pendingCourtRegistry,
      registryReady: registry !== undefined || builtIn !== undefined,
      loadRegistry,
      clock: resolvedClock,
      locale: resolvedLocale,
      localeMessages: bundle?.messages,
      messageOverrides: messages,
      codeBook,
    }),
    [store, registry, builtIn, loadRegistry, resolvedClock, resolvedLocale, bundle, messages, codeBook],
  )

  const content = <A2FContext.Provider value={value}>{children}</A2FContext.Provider>
  return client === outerClient ? (
    content
  ) : (
    <QueryClientProvider client={client}>{content}</QueryClientProvider>
  )
}
