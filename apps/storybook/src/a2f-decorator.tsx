/**
 * Puts every story inside <A2FProvider>, configured by the story's `parameters.a2f`:
 *
 * - `credentials` (default the sample office) or `many: N` generated credentials;
 * - `now` (frozen time, default FIXED_NOW) or `live: true` (a real ticking clock);
 * - `store`: 'ready' (default), 'loading' (reads never answer), 'failing' (UNAVAILABLE), 'codes-only'
 *   (keys withheld, as an HTTP store);
 * - `locale` (else the toolbar's) and `messages` overrides.
 *
 * The store is built by a loader (async: sealing is real AES-GCM) and handed to the decorator.
 */
import { courtRegistry, createClock, type Clock } from '@a2f/core'
import type { CredentialInput, CredentialStore } from '@a2f/storage'
import { A2FProvider, preloadCourtRegistry, type MessageOverrides } from '@a2f/react'
import type { Decorator, Loader } from '@storybook/react-vite'
import { QueryClient } from '@tanstack/react-query'
import {
  codesOnlyStore,
  createTestStore,
  failingStore,
  FIXED_NOW,
  frozenClock,
  loadingStore,
  localeBundle,
  manyCredentials,
} from '@fixtures'

export interface A2FStoryParameters {
  credentials?: CredentialInput[]
  many?: number
  now?: number
  live?: boolean
  store?: 'ready' | 'loading' | 'failing' | 'codes-only'
  locale?: 'pt-BR' | 'en' | 'es'
  messages?: MessageOverrides
}

interface LoadedA2F {
  store: CredentialStore
  clock: Clock
  queryClient: QueryClient
}

const eprocIds = courtRegistry
  .all()
  .filter((system) => system.system === 'eproc')
  .map((system) => system.id)

export const a2fLoader: Loader = async ({ parameters }) => {
  const options = (parameters.a2f ?? {}) as A2FStoryParameters
  const credentials = options.many ? manyCredentials(options.many, eprocIds) : options.credentials
  // The built-in court registry arrives as its own chunk; a host that shows courts on its first render
  // awaits it the same way before rendering (the stories test the widgets, not the chunk's arrival).
  await preloadCourtRegistry()
  const base = await createTestStore(credentials)
  const store =
    options.store === 'loading'
      ? loadingStore(base)
      : options.store === 'failing'
        ? failingStore(base)
        : options.store === 'codes-only'
          ? codesOnlyStore(base)
          : base
  const clock = options.live ? createClock() : frozenClock(options.now ?? FIXED_NOW)
  // No retries: error stories show their error at once.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const loaded: LoadedA2F = { store, clock, queryClient }
  return { a2f: loaded }
}

export const withA2F: Decorator = (Story, context) => {
  const options = (context.parameters.a2f ?? {}) as A2FStoryParameters
  const loaded = context.loaded.a2f as LoadedA2F
  const locale = options.locale ?? (context.globals.locale as string | undefined) ?? 'pt-BR'
  const theme = (context.globals.theme as string | undefined) ?? 'light'
  return (
    <div className="a2f-story-frame" data-a2f-theme={theme} lang={locale}>
      <A2FProvider
        store={loaded.store}
        clock={loaded.clock}
        queryClient={loaded.queryClient}
        locale={localeBundle(locale)}
        {...(options.messages ? { messages: options.messages } : {})}
      >
        <Story />
      </A2FProvider>
    </div>
  )
}
