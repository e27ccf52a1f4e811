/**
 * What every step of a login shares: the page, the merged selectors, the options with their defaults,
 * and how to say that the page is not what the flow expects.
 */
import type { Page } from 'playwright-core'
import type { CodeToSubmit } from './code-source.js'
import type { DrivenFlow, FlowSelectors } from './flow-selectors.js'
import type { LoginOutcome, LoginProgress, LoginStep } from './outcome.js'
import type { CourtCredential, EmailCodeRequest } from './options.js'

export interface LoginContext {
  page: Page
  flow: DrivenFlow
  systemId: string
  url: string
  selectors: FlowSelectors
  credential: CourtCredential
  nextCode?: (lastCounter?: number) => Promise<CodeToSubmit>
  emailCode?: (request: EmailCodeRequest) => Promise<string>
  progress: (event: LoginProgress) => void
  signal: AbortSignal | undefined
  sleep: (ms: number) => Promise<void>
  now: () => number
  timeoutMs: number
  maxInvalidCodes: number
  saveDevice: boolean
  profile: string | undefined
  /** What this run typed that is secret (the password, each code): scrubbed from any court message. */
  typed: string[]
}

export function courtChanged(
  context: LoginContext,
  step: LoginStep,
  selector: string,
  message = '',
): LoginOutcome {
  return {
    kind: 'court-changed',
    step,
    selector,
    url: safeUrl(context.page.url()),
    ...(message === '' ? {} : { message }),
  }
}

/** The page's address without its query and fragment: an OAuth `code` or `state` is no one's business. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return ''
  }
}

/**
 * An outcome without anything this run typed: a court that echoes the code ("Código 123456 inválido")
 * or the password in its message must not put them in a log.
 */
export function scrubbed(outcome: LoginOutcome, typed: readonly string[]): LoginOutcome {
  if (!('message' in outcome) || outcome.message === undefined) return outcome
  let message = outcome.message
  for (const secret of typed) if (secret.length >= 4) message = message.split(secret).join('••••')
  return { ...outcome, message }
}
