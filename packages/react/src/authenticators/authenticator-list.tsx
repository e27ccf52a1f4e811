/**
 * A lawyer's personal area with their court authenticators, like an authenticator app (seed 000: "o
 * autenticador para uso pessoal na área de gestão de autenticadores"): one card per court account with
 * its live code, tap or Enter to copy, search by court, acronym or account (accents do not matter), and
 * "Ocultar códigos" for screens others can see — then a tap reveals one code.
 *
 * When every code has the same period (all courts use 30 s), one shared countdown sits above the list
 * instead of a ring per card, as Aegis does. Nothing renders per second: each card listens to its own
 * code, the countdown writes its seconds straight into the DOM.
 *
 * Arrow keys move between codes (Home/End to the first/last); Tab reaches every button.
 *
 * @example
 * <AuthenticatorList owner="Ana Beatriz Souza" />
 * <AuthenticatorList hideCodes={hidden} onHideCodesChange={setHidden} searchable={false} />
 */
import { useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react'
import { PeriodCountdown } from '../countdown/period-countdown.js'
import { useLiveRegion } from '../countdown/spoken-code.js'
import { useCredentials } from '../data/use-credentials.js'
import { useA2F } from '../provider/a2f-context.js'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useCourtRegistry } from '../provider/use-court-registry.js'
import { useAuthenticatorsMessages } from './messages.js'
import { cx } from '../util/class-names.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { AuthenticatorCard } from './authenticator-card.js'
import { matchesText } from './match-text.js'

export interface AuthenticatorListProps {
  /** Only this lawyer's credentials (`CredentialSummary.owner`). Default: every credential of the store. */
  owner?: string
  /** Mask every code (controlled). */
  hideCodes?: boolean
  /** Mask every code at first (uncontrolled). Default false. */
  defaultHideCodes?: boolean
  /** Called when the user turns masking on or off. */
  onHideCodesChange?: (hideCodes: boolean) => void
  /** Show the search box. Default true. */
  searchable?: boolean
  className?: string
}

const collator = new Intl.Collator('pt-BR', { sensitivity: 'base', numeric: true })

/** Where each key moves the focus among the code buttons, from the one at `index`. */
const KEY_MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_, last) => last,
}

export function AuthenticatorList(props: AuthenticatorListProps) {
  const { owner } = props
  const { codeBook } = useA2F()
  const { registry } = useCourtRegistry()
  const m = useAuthenticatorsMessages()
  const common = useCommonMessages()
  const errorMessage = useErrorMessage()
  const query = useCredentials(owner !== undefined ? { owner } : {})
  const credentials = query.data ?? []
  const [search, setSearch] = useState('')
  const searchId = useId()
  // Copy feedback goes to one polite region for the whole list, written without a render.
  const [liveRegion, announce] = useLiveRegion()

  const [uncontrolledHidden, setUncontrolledHidden] = useState(props.defaultHideCodes ?? false)
  const hidden = props.hideCodes ?? uncontrolledHidden
  // Codes revealed one by one while masked; forgotten whenever masking is switched.
  const [revealed, setRevealed] = useState({ hidden, ids: new Set<string>() })
  if (revealed.hidden !== hidden) {
    // Adjusting state to a prop during render (React's documented pattern): no extra commit.
    setRevealed({ hidden, ids: new Set() })
  }
  const reveal = useCallback(
    (id: string) => setRevealed((previous) => ({ ...previous, ids: new Set(previous.ids).add(id) })),
    [],
  )
  const toggleHidden = () => {
    if (props.hideCodes === undefined) setUncontrolledHidden(!hidden)
    props.onHideCodesChange?.(!hidden)
  }

  // Alphabetical by issuer, then account, as authenticator apps list them: easy to scan, and stable
  // whatever order the store returns. Then the search, on the credential and its court.
  const rows = useMemo(
    () =>
      credentials
        .map((credential) => ({
          credential,
          court: credential.systemId === undefined ? undefined : registry.get(credential.systemId)?.court,
        }))
        .filter(({ credential, court }) =>
          matchesText(search, [
            credential.issuer,
            credential.account,
            credential.label,
            court?.acronym,
            court?.name,
          ]),
        )
        .sort(
          (a, b) =>
            collator.compare(a.credential.issuer, b.credential.issuer) ||
            collator.compare(a.credential.account, b.credential.account),
        ),
    [credentials, registry, search],
  )

  // The period every credential shares, or undefined when they differ (then each card counts down).
  const firstPeriod = credentials[0]?.otp.period
  const sharedPeriod = credentials.every((credential) => credential.otp.period === firstPeriod)
    ? firstPeriod
    : undefined

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement
    const move = KEY_MOVES[event.key]
    if (!move || !target.matches('[data-code-button]')) return
    const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-code-button]')]
    const next = buttons[move(buttons.indexOf(target), buttons.length - 1)]
    if (!next) return
    event.preventDefault()
    next.focus()
  }

  const state = query.isPending
    ? 'loading'
    : query.isError
      ? 'error'
      : credentials.length === 0
        ? 'empty'
        : 'ready'

  return (
    <section
      className={cx('a2f-authenticators', props.className)}
      aria-label={m.title}
      aria-busy={state === 'loading' || undefined}
      data-state={state}
      data-hide-codes={hidden}
    >
      <div className="a2f-authenticators-toolbar a2f-no-print">
        {props.searchable !== false && (
          <div className="a2f-authenticators-search">
            <label htmlFor={searchId} className="a2f-visually-hidden">
              {m.search}
            </label>
            <input
              id={searchId}
              type="search"
              value={search}
              placeholder={m.searchPlaceholder}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
        )}
        <button
          type="button"
          className="a2f-button a2f-authenticators-hide"
          aria-pressed={hidden}
          onClick={toggleHidden}
        >
          {m.hideCodes}
        </button>
      </div>

      {state === 'loading' && <p className="a2f-authenticators-message">{common.loading}</p>}

      {state === 'error' && (
        <div className="a2f-authenticators-message" data-tone="danger">
          <p>
            {m.loadFailed} {errorMessage(query.error)}
          </p>
          <button
            type="button"
            className="a2f-button"
            onClick={() => {
              void query.refetch()
              codeBook.refresh()
            }}
          >
            {common.retry}
          </button>
        </div>
      )}

      {state === 'empty' && (
        <div className="a2f-authenticators-message">
          <p>{m.empty}</p>
          <p className="a2f-authenticators-hint">{m.emptyHint}</p>
        </div>
      )}

      {state === 'ready' && (
        <>
          <div className="a2f-authenticators-summary">
            <p className="a2f-authenticators-count">{m.count(rows.length)}</p>
            {sharedPeriod !== undefined && rows.length > 0 && (
              <PeriodCountdown period={sharedPeriod} variant="bar" className="a2f-authenticators-countdown" />
            )}
          </div>
          {rows.length === 0 ? (
            <p className="a2f-authenticators-message">{m.noMatches(search.trim())}</p>
          ) : (
            <ul className="a2f-authenticators-list" onKeyDown={onListKeyDown}>
              {rows.map(({ credential, court }) => (
                <AuthenticatorCard
                  key={credential.id}
                  credential={credential}
                  courtName={court?.name}
                  masked={hidden && !revealed.ids.has(credential.id)}
                  sharedTimer={sharedPeriod !== undefined}
                  onReveal={reveal}
                  onAnnounce={announce}
                />
              ))}
            </ul>
          )}
        </>
      )}
      {liveRegion}
    </section>
  )
}
