/**
 * One line about a court system's second factor, shared by the picker's options and `CourtDetails`:
 * the status badge (`.a2f-badge[data-status]`), since when, when the fact was last checked against its
 * source, and — for e-SAJ and other e-mail codes — that there is no key to register.
 *
 * @example
 * <CourtStatus system={courtRegistry.get('trf4-eproc')!} />
 * // 2FA: [Obrigatório] desde 22/04/2024 · conferido em 21/11/2026
 */
import type { CourtSystem } from '@a2f/core'
import { useA2F } from '../provider/a2f-context.js'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useCourtPickerMessages } from './messages.js'
import { formatFactDate, statusProvenance } from './court-facts.js'

export interface CourtStatusProps {
  /** The registry entry whose second factor is described. */
  system: CourtSystem
}

/** "2FA: [Obrigatório] desde … · conferido em …", inline; used in picker options and details. */
export function CourtStatus({ system }: CourtStatusProps) {
  const { locale } = useA2F()
  const text = useCourtPickerMessages()
  const common = useCommonMessages()
  const { status, since, method } = system.twoFactor
  const checked = statusProvenance(system)?.checkedAt
  return (
    <span className="a2f-court-status" data-status={status} data-method={method}>
      <span className="a2f-court-status-label">{text.twoFactor}</span>{' '}
      <span className="a2f-badge" data-status={status}>
        {common.twoFactorStatus[status]}
      </span>
      {since !== undefined && (
        <>
          {' '}
          <span className="a2f-court-status-since">{text.since(formatFactDate(since, locale))}</span>
        </>
      )}
      {checked !== undefined && (
        <>
          {' · '}
          <span className="a2f-court-status-checked">{text.checkedAt(formatFactDate(checked, locale))}</span>
        </>
      )}
      {method === 'email-code' && (
        <>
          {' · '}
          <span className="a2f-court-status-method" data-method="email-code">
            {text.emailCode} ({text.noKey})
          </span>
        </>
      )}
    </span>
  )
}
