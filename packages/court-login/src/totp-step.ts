/**
 * The TOTP code page of the 'eproc-form', 'keycloak' and 'pje-sso' flows, one submission per turn:
 *
 * - each code comes from `codes` after the last counter this run submitted: never one the court has
 *   seen, never one with under 5 s left (the source waits for the next window instead);
 * - "O código informado já foi utilizado" (someone else used this window's code): wait for the next
 *   window and try once more; a second such answer ends the run;
 * - a refused code ("Código inválido. Restam N tentativas."): a later window's code, at most
 *   `maxInvalidCodes` in all (default 4, one less than eproc's lockout at 5);
 * - the code field and its button are checked before a code is claimed or typed;
 * - "save this device" is left unticked unless the caller asked for it.
 *
 * ```ts
 * const turns = totpTurns(context)
 * const stop = await turns.turn(classifyMessage(message), message) // undefined: a code was submitted
 * ```
 */
import { abortableSleep, throwIfAborted } from './abort.js'
import { firstMissing, has, setChecked, submitAndWait, typeInto } from './court-page.js'
import { CourtLoginError } from './errors.js'
import { courtChanged, type LoginContext } from './login-context.js'
import type { MessageKind } from './messages.js'
import type { LoginOutcome, WaitReason } from './outcome.js'

export interface CodeTurns {
  /** Codes submitted so far. */
  readonly attempts: number
  /** Reads the last answer (`kind`, `message`) and submits the next code, or says why it stops. */
  turn(kind: MessageKind, message: string): Promise<LoginOutcome | undefined>
}

export function totpTurns(context: LoginContext): CodeTurns {
  const { page, selectors, timeoutMs } = context
  let lastCounter: number | undefined
  let attempts = 0
  let invalidCodes = 0
  let waitedAfterReuse = false
  return {
    get attempts() {
      return attempts
    },
    async turn(kind, message) {
      let reason: WaitReason = 'window-ending'
      if (attempts > 0) {
        if (kind === 'code-used' && !waitedAfterReuse) {
          waitedAfterReuse = true
          reason = 'code-used'
        } else if (kind === 'code-invalid' && ++invalidCodes < context.maxInvalidCodes) {
          reason = 'code-refused'
        } else {
          // A second "já foi utilizado", too many refused codes, or a message we do not know after a code.
          return { kind: 'refused', message: message || 'O tribunal não aceitou o código.' }
        }
      }
      const missing = await firstMissing(page, [selectors.code, selectors.codeSubmit])
      if (missing !== undefined) return courtChanged(context, 'code', missing)
      if (!context.nextCode)
        throw new CourtLoginError('CODES_FAILED', 'The court asks for a code and no `codes` were given.')

      const next = await context.nextCode(lastCounter)
      if (next.waitMs > 0) {
        context.progress({ kind: 'waiting', ms: next.waitMs, reason })
        await abortableSleep(context.sleep, next.waitMs, context.signal)
      }
      throwIfAborted(context.signal)
      context.typed.push(next.code)
      await typeInto(page, selectors.code, next.code, 'the code field', timeoutMs)
      const saveDevice = context.saveDevice && (await has(page, selectors.saveDevice))
      if (selectors.saveDevice !== undefined && (await has(page, selectors.saveDevice)))
        await setChecked(page, selectors.saveDevice, context.saveDevice, timeoutMs)
      // From here the court may have seen this counter, whatever happens next.
      lastCounter = next.counter
      attempts += 1
      await submitAndWait(page, selectors.codeSubmit, 'the code form', timeoutMs)
      context.progress({ kind: 'code-submitted', attempt: attempts, saveDevice })
      return undefined
    },
  }
}
