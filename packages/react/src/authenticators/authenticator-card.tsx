/**
 * One authenticator of the personal area: the court and account, the live code (computed by the store
 * through the shared code book), tap or Enter to copy it, the next code while it expires. Masked codes
 * ("••• •••") are revealed one at a time by tapping, and can be copied without revealing.
 *
 * Each card subscribes to its own code, so it renders when that code changes or starts expiring, never
 * every second; `memo` keeps typing in the search box from re-rendering cards whose props did not change.
 *
 * @example
 * <AuthenticatorCard credential={summary} courtName="Tribunal Regional Federal da 4ª Região"
 *   masked={false} sharedTimer onReveal={reveal} onAnnounce={announce} />
 */
import type { CredentialSummary } from '@a2f/storage'
import { memo } from 'react'
import { CountdownTimer } from '../countdown/countdown-timer.js'
import { spellCode } from '../countdown/spell-code.js'
import { NextCode, SeenAndSpoken } from '../countdown/spoken-code.js'
import { useLiveCode } from '../data/use-live-code.js'
import { useA2F } from '../provider/a2f-context.js'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useAuthenticatorsMessages } from './messages.js'
import { useClockSnapshot } from '../time/use-clock-snapshot.js'
import { groupCode } from '../util/group-code.js'
import { useCopy } from '../util/use-copy.js'

export interface AuthenticatorCardProps {
  credential: CredentialSummary
  /** Full court name from the registry, when the credential names a court system. */
  courtName?: string | undefined
  /** Show "••• •••" instead of the code; tapping reveals it. */
  masked: boolean
  /** A countdown above the list serves every card; otherwise each card shows its own. */
  sharedTimer: boolean
  onReveal: (id: string) => void
  /** Says something through the list's polite status region (copy feedback). */
  onAnnounce: (text: string) => void
}

export const AuthenticatorCard = /* @__PURE__ */ memo(function AuthenticatorCard(
  props: AuthenticatorCardProps,
) {
  const { credential, courtName, masked, onAnnounce } = props
  const { clock } = useA2F()
  const m = useAuthenticatorsMessages()
  const common = useCommonMessages()
  const entry = useLiveCode(credential.id)
  const { copy, state: copyState } = useCopy()
  const { issuer, account } = credential
  // While the store fails, the code book keeps the last code: hide it once its window is over. Only
  // watched while failing, so a healthy card gets no extra render.
  const failing = entry.error !== undefined
  const lastValidUntil = entry.code?.validUntil ?? Infinity
  const expired = useClockSnapshot(clock, 1000, (now) => failing && now >= lastValidUntil)
  const code = expired ? undefined : entry.code

  const copyCode = () => void copy(code!.code).then((ok) => onAnnounce(ok ? m.copied(issuer) : m.copyFailed))

  const state = entry.unreadable
    ? 'unreadable'
    : code
      ? entry.expiring
        ? 'expiring'
        : 'running'
      : failing
        ? 'error'
        : 'loading'

  return (
    <li
      className="a2f-authenticators-item"
      data-state={state}
      data-status={credential.status}
      data-masked={masked}
    >
      <div className="a2f-authenticators-identity">
        <span className="a2f-authenticators-issuer">{issuer}</span>
        {credential.status === 'pending' && (
          <span className="a2f-badge" data-status="pending">
            {common.credentialStatus.pending}
          </span>
        )}
        {courtName && <span className="a2f-authenticators-court">{courtName}</span>}
        <span className="a2f-authenticators-account">{account}</span>
      </div>

      {code ? (
        <div className="a2f-authenticators-live">
          <button
            type="button"
            className="a2f-authenticators-code"
            data-state={copyState}
            data-code-button=""
            translate="no"
            onClick={masked ? () => props.onReveal(credential.id) : copyCode}
          >
            <SeenAndSpoken
              className="a2f-authenticators-digits"
              seen={masked ? m.maskedCode : groupCode(code.code)}
              spoken={
                masked ? m.revealCode(issuer, account) : m.copyCode(issuer, account, spellCode(code.code))
              }
            />
          </button>
          {masked && (
            <button
              type="button"
              className="a2f-button a2f-authenticators-copy"
              data-state={copyState}
              onClick={copyCode}
            >
              <SeenAndSpoken seen={common.copy} spoken={m.copyHidden(issuer, account)} />
            </button>
          )}
          {!props.sharedTimer && (
            <CountdownTimer
              key={code.validUntil}
              className="a2f-authenticators-timer"
              endsAt={code.validUntil}
              period={credential.otp.period}
              variant="ring"
              label={m.timerLabel(issuer)}
            />
          )}
          {copyState !== 'idle' && (
            <span className="a2f-authenticators-feedback" data-state={copyState} aria-hidden="true">
              {copyState === 'copied' ? common.copied : common.copyFailed}
            </span>
          )}
          {entry.expiring && !masked && (
            <NextCode className="a2f-authenticators-next" translate="no" code={code.nextCode} messages={m} />
          )}
        </div>
      ) : (
        <p className="a2f-authenticators-status">
          {state === 'unreadable' ? m.unreadable : failing ? m.codeUnavailable : m.codeLoading}
        </p>
      )}
    </li>
  )
})
