/**
 * Renders UI inside an A2FProvider with a test store and a hand-driven clock, and gives both back.
 * Everything renders under `<StrictMode>`, as host apps run in development: StrictMode renders twice and
 * runs mount → cleanup → mount, so a resource disposed in a cleanup but created in render fails a test
 * here instead of a user's `pnpm dev`. Tests that call Testing Library directly use `renderStrict` and
 * `renderHookStrict`.
 */
import type { Clock } from '@a2f/core'
import type { CredentialInput, CredentialStore } from '@a2f/storage'
import { QueryClient } from '@tanstack/react-query'
import {
  act,
  render,
  renderHook,
  type RenderHookOptions,
  type RenderHookResult,
  type RenderOptions,
  type RenderResult,
} from '@testing-library/react'
import { StrictMode, type ReactElement, type ReactNode } from 'react'
import { A2FProvider } from '../provider/a2f-provider.js'
import { preloadCourtRegistry } from '../provider/built-in-registry.js'
import type { MessageOverrides } from '../i18n/messages.js'
import { createTestStore, manualClock, type ManualClock } from './fixtures.js'
import { localeBundle } from './locales.js'

export interface RenderWithA2FOptions {
  store?: CredentialStore
  credentials?: CredentialInput[]
  clock?: Clock
  locale?: string
  messages?: MessageOverrides
}

export interface RenderWithA2FResult extends RenderResult {
  store: CredentialStore
  clock: ManualClock
  queryClient: QueryClient
}

export async function renderWithA2F(
  ui: ReactElement,
  options: RenderWithA2FOptions = {},
): Promise<RenderWithA2FResult> {
  // The built-in registry arrives as a chunk in an app; tests that watch it arrive render their own
  // provider (court-picker/__tests__/registry-loading.test.tsx). Here it is there from the first render.
  await preloadCourtRegistry()
  const clock = (options.clock ?? manualClock()) as ManualClock
  const store = options.store ?? (await createTestStore(options.credentials, { now: () => clock.now() }))
  // No retries: a failing query must show its error state in the test, not wait.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const wrap = (node: ReactElement) => (
    <StrictMode>
      <A2FProvider
        store={store}
        clock={clock}
        queryClient={queryClient}
        {...(options.locale ? { locale: localeBundle(options.locale) } : {})}
        {...(options.messages ? { messages: options.messages } : {})}
      >
        {node}
      </A2FProvider>
    </StrictMode>
  )
  const result = render(wrap(ui))
  return {
    ...result,
    rerender: (next) => result.rerender(wrap(next as ReactElement)),
    store,
    clock,
    queryClient,
  }
}

/** Testing Library's `render` under StrictMode (its `wrapper`, if any, inside it); `rerender` too. */
export function renderStrict(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  return render(ui, { ...options, wrapper: strictWrapper(options.wrapper) })
}

/** Testing Library's `renderHook` under StrictMode (its `wrapper`, if any, inside it). */
export function renderHookStrict<Result, Props>(
  hook: (props: Props) => Result,
  options: RenderHookOptions<Props> = {},
): RenderHookResult<Result, Props> {
  return renderHook(hook, { ...options, wrapper: strictWrapper(options.wrapper) })
}

function strictWrapper(Inner: RenderOptions['wrapper']) {
  return function Strict(props: { children: ReactNode }) {
    return <StrictMode>{Inner ? <Inner>{props.children}</Inner> : props.children}</StrictMode>
  }
}

/** Moves the manual clock one second at a time, letting store fetches settle after each tick. */
export async function advance(result: RenderWithA2FResult, ms: number): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += 1000) {
    await act(async () => {
      result.clock.advance(Math.min(1000, ms - elapsed))
      await Promise.resolve()
    })
  }
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

/** A 6-digit code as the widgets show it (3 + 3), written here independently of `groupCode`. */
export const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`
