/**
 * The code page of the 'esaj' and 'email-code' flows: a code the court e-mails at every login, read by
 * the caller's `emailCode` provider (from a mailbox, a webhook, a person). One submission per turn:
 *
 * - a code "já foi utilizado", expired or replaced by a newer one: ask the court for a new code once
 *   ("Reenviar código") and the provider for the code sent after that; a second such answer ends the run;
 * - a refused code: ask the provider again, at most `maxInvalidCodes` codes in all (default 4);
 * - the code field and its button are checked before the provider is asked or anything typed.
 *
 * ```ts
 * const turns = emailCodeTurns(context, sentAfter)
 * ```
 */
import { throwIfAborted } from './abort.js'
import { firstMissing, has, submitAndWait, typeInto } from './court-page.js'
import { CourtLoginError, errorName } from './errors.js'
import { courtChanged, type LoginContext } from './login-context.js'
import type { EmailCodeRequest } from './options.js'
import type { CodeTurns } from './totp-step.js'

/** Longer than any court's e-mail code: anything else is not a code. */
const MAX_EMAIL_CODE_LENGTH = 32

export function emailCodeTurns(context: LoginContext, sentAfter: number): CodeTurns {
  const { page, selectors, timeoutMs } = context
  let since = sentAfter
  let attempts = 0
  let invalidCodes = 0
  let resent = false
  return {
    get attempts() {
      return attempts
    },
    async turn(kind, message) {
      let reason: EmailCodeRequest['reason'] = 'first'
      if (attempts > 0) {
        if ((kind === 'code-used' || kind === 'code-expired') && !resent) {
          const resend = selectors.resendCode
          if (resend === undefined || !(await has(page, resend)))
            return { kind: 'refused', message: message || 'O tribunal não aceitou o código.' }
          resent = true
          reason = 'resent'
          since = context.now()
          await submitAndWait(page, resend, 'the resend-code button', timeoutMs)
        } else if (kind === 'code-invalid' && ++invalidCodes < context.maxInvalidCodes) {
          reason = 'refused'
        } else {
          return { kind: 'refused', message: message || 'O tribunal não aceitou o código.' }
        }
      }
      const missing = await firstMissing(page, [selectors.code, selectors.codeSubmit])
      if (missing !== undefined) return courtChanged(context, 'email-code', missing)
      const provider = context.emailCode
      if (!provider) return { kind: 'needs-email-code' }

      context.progress({ kind: 'email-code-requested', attempt: attempts + 1, reason })
      let code: string
      try {
        code = await provider({
          systemId: context.systemId,
          login: context.credential.login,
          since,
          attempt: attempts + 1,
          reason,
          ...(context.signal ? { signal: context.signal } : {}),
        })
      } catch (error) {
        throwIfAborted(context.signal)
        throw new CourtLoginError(
          'CODES_FAILED',
          `The emailCode provider failed (${errorName(error)}).`,
          {},
          { cause: error },
        )
      }
      throwIfAborted(context.signal)
      code = typeof code === 'string' ? code.trim() : ''
      if (code === '' || code.length > MAX_EMAIL_CODE_LENGTH)
        throw new CourtLoginError('CODES_FAILED', 'The emailCode provider gave something that is not a code.')
      context.typed.push(code)
      await typeInto(page, selectors.code, code, 'the code field', timeoutMs)
      attempts += 1
      await submitAndWait(page, selectors.codeSubmit, 'the code form', timeoutMs)
      context.progress({ kind: 'email-code-submitted', attempt: attempts })
      return undefined
    },
  }
}
