/**
 * One sandbox court, one Chromium and one test clock per test file, and `run()`: one login in a
 * browser context of its own (a new "device", no cookies), with every progress event, every request
 * the page made, and a look at the page before the context closes.
 */
import type { SandboxCourt } from '@a2f/sandbox-court'
import type { SandboxCourtSystem } from '@a2f/sandbox-court/court-system'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { loginToCourt, type LoginOutcome, type LoginProgress, type LoginToCourtOptions } from '../../index.js'
import { launchChromium } from './chromium.js'
import { startCourt, type SandboxFlow } from './sandbox-court.js'
import { testClock, type TestClock } from './test-clock.js'

export interface Harness {
  readonly court: SandboxCourt
  readonly clock: TestClock
  system(flow: SandboxFlow): SandboxCourtSystem
  run<T = undefined>(
    options: Omit<LoginToCourtOptions, 'page'> & {
      /** Before the login: routes that change the court's pages. */
      prepare?: (page: Page) => Promise<void>
      /** After the login, before the context closes. */
      inspect?: (page: Page) => Promise<T>
    },
  ): Promise<RunResult<T>>
}

export interface RunResult<T> {
  outcome: LoginOutcome
  events: LoginProgress[]
  /** 'POST /eproc/' and the like, in order. */
  posts: string[]
  inspected: T
}

export function useHarness(): Harness {
  let court: SandboxCourt
  let systems: Record<SandboxFlow, SandboxCourtSystem>
  let browser: Browser
  const clock = testClock()
  beforeAll(async () => {
    ;({ court, systems } = await startCourt({ now: () => clock.now() }))
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await court?.close()
  })
  return {
    get court() {
      return court
    },
    clock,
    system: (flow) => systems[flow],
    async run(options) {
      const { prepare, inspect, ...login } = options
      const events: LoginProgress[] = []
      const posts: string[] = []
      const context = await browser.newContext({ locale: 'pt-BR' })
      try {
        const page = await context.newPage()
        page.on('request', (request) => {
          if (request.method() === 'POST') posts.push(`POST ${new URL(request.url()).pathname}`)
        })
        await prepare?.(page)
        const outcome = await loginToCourt({
          sleep: clock.sleep,
          now: clock.now,
          timeoutMs: 15_000,
          ...login,
          page,
          onProgress: (event) => {
            events.push(event)
            login.onProgress?.(event)
          },
        })
        const inspected = (await inspect?.(page)) as never
        return { outcome, events, posts, inspected }
      } finally {
        await context.close()
      }
    },
  }
}

/**
 * Serves what a `method` request to `pattern` answers with `edit` applied to its HTML (the court
 * "changed its page"). Playwright routes only the first request of a redirect chain, so a page reached
 * through a redirect (eproc's code page after `POST /eproc/`) is edited at the request that leads to it:
 * the fetch follows the redirects, with the context's cookies.
 */
export async function editPage(
  page: Page,
  pattern: string | RegExp,
  edit: (html: string) => string,
  method = 'GET',
) {
  await page.route(pattern, async (route) => {
    if (route.request().method() !== method) return route.fallback()
    const response = await route.fetch()
    const type = response.headers()['content-type'] ?? ''
    if (!type.includes('text/html')) return route.fulfill({ response })
    await route.fulfill({ response, body: edit(await response.text()) })
  })
}

/** How many codes a run submitted. */
export const codesSubmitted = (events: LoginProgress[]) =>
  events.filter((event) => event.kind === 'code-submitted' || event.kind === 'email-code-submitted').length
