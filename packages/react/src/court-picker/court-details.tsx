/**
 * What the lawyer should know about the chosen court system before asking it for a key, shown below
 * `CourtPicker`: the 2FA status and its source, the other systems that accept the same authenticator
 * ("Um mesmo autenticador serve TRF4, JFRS, JFSC e JFPR"), the warning of seed 000 step 1 (a new key
 * disables an authenticator registered elsewhere), whether a personal e-mail is asked for and which
 * domains are refused, and links to the court's login (and registration) page in a new tab.
 * Systems whose second factor is an e-mailed code say that there is no key to register.
 *
 * Renders nothing for an id the registry does not know.
 *
 * @example
 * <CourtDetails systemId="trf4-eproc" />
 * <CourtDetails system={registry.get('tjsp-esaj')!} />
 */
import type { CourtSystem } from '@a2f/core'
import { useA2F } from '../provider/a2f-context.js'
import { useCourtRegistry } from '../provider/use-court-registry.js'
import { useCourtPickerMessages } from './messages.js'
import { cx } from '../util/class-names.js'
import { formatFactDate, joinList, shortNames, statusProvenance, systemLine } from './court-facts.js'
import { CourtStatus } from './court-status.js'

export interface CourtDetailsProps {
  /** The system's registry id; ignored when `system` is given. */
  systemId?: string
  /** The system itself, e.g. one not in the provider's registry. */
  system?: CourtSystem
  /** Added after the stable `a2f-court-details` class. */
  className?: string
}

/** Notes on one court system for the lawyer about to enrol; renders nothing for an unknown id. */
export function CourtDetails({ systemId, system: given, className }: CourtDetailsProps) {
  const { locale } = useA2F()
  const { registry } = useCourtRegistry()
  const text = useCourtPickerMessages()
  const system = given ?? (systemId === undefined ? undefined : registry.get(systemId))
  if (!system) return null

  const { court, twoFactor } = system
  const usesAuthenticator = twoFactor.method === 'totp'
  const shared = usesAuthenticator ? registry.sharedWith(system.id) : []
  const provenance = statusProvenance(system)
  const enrollment = twoFactor.enrollment
  const refused = enrollment?.refusedEmailSuffixes ?? []
  const courtName = `${court.acronym} ${systemLine(system, text)}`

  // Each fact by its data-kind, in the order shown; the ones that do not apply are left out.
  const facts = Object.entries({
    'email-code': twoFactor.method === 'email-code' && text.emailCodeNoKey,
    'shared-group':
      shared.length > 0 && text.sharedGroup(joinList(shortNames([system, ...shared], text), locale)),
    'personal-email':
      enrollment?.personalEmailRequired &&
      (refused.length > 0
        ? text.personalEmail(
            joinList(
              refused.map((suffix) => `"${suffix}"`),
              locale,
            ),
          )
        : text.personalEmailNoSuffixes),
    govbr: twoFactor.alternatives?.includes('govbr') && text.govbrAlternative,
  }).filter((fact): fact is [string, string] => typeof fact[1] === 'string')

  /** A link that opens in a new tab, and says so to screen readers. */
  const newTabLink = (kind: string, href: string, label: string) => (
    <a
      className="a2f-court-details-link"
      data-kind={kind}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
    >
      {label} <span className="a2f-visually-hidden">{text.opensInNewTab}</span>
    </a>
  )

  return (
    <div
      className={cx('a2f-court-details', className)}
      data-status={twoFactor.status}
      data-method={twoFactor.method}
      data-system-id={system.id}
    >
      <p className="a2f-court-details-title">
        <strong className="a2f-court-details-acronym">{court.acronym}</strong>{' '}
        <span className="a2f-court-details-name">{court.name}</span>{' '}
        <span className="a2f-court-details-system">{systemLine(system, text, true)}</span>
      </p>
      <p className="a2f-court-details-status">
        <CourtStatus system={system} />
      </p>

      {facts.length > 0 && (
        <ul className="a2f-court-details-facts">
          {facts.map(([kind, fact]) => (
            <li key={kind} className="a2f-court-details-fact" data-kind={kind}>
              {fact}
            </li>
          ))}
        </ul>
      )}

      {usesAuthenticator && (
        <p className="a2f-court-details-warning" data-kind="warning">
          <strong>{text.warningTitle}</strong> {text.removeOtherAuthenticator}
        </p>
      )}

      <p className="a2f-court-details-links">
        {newTabLink('login', system.loginUrl, text.loginLink(courtName))}
        {usesAuthenticator && enrollment?.url !== undefined && (
          <> {newTabLink('enrollment', enrollment.url, text.enrollmentLink(courtName))}</>
        )}
      </p>

      {provenance && (
        <p className="a2f-court-details-source a2f-field-hint">
          {text.source(
            provenance.source,
            text.checkedAt(formatFactDate(provenance.checkedAt, locale)),
            text.confidence[provenance.confidence],
          )}
        </p>
      )}
    </div>
  )
}
