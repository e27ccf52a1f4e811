/**
 * The enrolment of a court authenticator ("Credencial 2FA", seed 000) as a framework-free state machine:
 * court → credential → key → authenticator → done. React (`useEnrollment`), another framework or a test
 * drives it through its actions and reads immutable snapshots, as with Zag's machines or TanStack's
 * core objects.
 *
 * Secrets never reach a snapshot: the key's bytes and the court password live in this closure only, and
 * leave it once, in the `CredentialInput`/`CredentialPatch` handed to the injected store functions. A
 * snapshot says `hasSecret`/`passwordEntered`, never what they are. What survives a reload (session
 * storage by default) holds the same non-secret fields only; the key itself is safe by then in the
 * pending draft the machine created when the user left the key step.
 *
 * @example
 * const enrollment = createEnrollment({
 *   registry: courtRegistry,
 *   createDraft: (input) => store.create(input),
 *   updateDraft: (id, patch, expectedVersion) => store.update(id, patch, { expectedVersion }),
 *   removeDraft: (id) => store.remove(id),
 *   getDraft: (id) => store.getSummary(id),
 *   onComplete: (credential) => console.log('enrolled', credential.id),
 * })
 * await enrollment.start()
 * enrollment.selectCourt('trf4-eproc'); await enrollment.next()
 * enrollment.setFields({ account: 'RS054321', personalEmail: 'ana.souza@gmail.com' }); await enrollment.next()
 * enrollment.setSecret(entered); await enrollment.next()          // creates the pending draft
 * enrollment.setConfirmed(true); await enrollment.next()          // 'done'
 * await enrollment.save()                                         // validated → onComplete
 */
import {
  DEFAULT_REFUSED_EMAIL_SUFFIXES,
  validatePersonalEmail,
  type CourtRegistry,
  type CourtSystem,
  type OtpParams,
} from '@a2f/core'
import type { CredentialInput, CredentialPatch, CredentialSummary } from '@a2f/storage'
import type { EnteredSecret, SecretSource } from '../secret-input/entered-secret.js'
import { EMPTY_SECRET_ENTRY, isUnusableEntry, type SecretEntry } from '../secret-input/secret-entry.js'
import { errorCode } from '../util/error-code.js'

/** The steps, in order. */
export const ENROLLMENT_STEPS = ['court', 'credential', 'key', 'authenticator', 'done'] as const

export type EnrollmentStep = (typeof ENROLLMENT_STEPS)[number]

/** A court whose second factor is not an authenticator code: nothing to enrol. */
export type EnrollmentKeylessMethod = 'email-code' | 'govbr'

/** Fields that can carry a validation error. */
export type EnrollmentField = 'court' | 'issuer' | 'account' | 'personalEmail' | 'secret' | 'confirmed'

/** Why a field stops the user, by stable code (the wizard translates them). */
export type EnrollmentFieldError =
  | { code: 'REQUIRED' }
  | { code: 'KEYLESS'; method: EnrollmentKeylessMethod }
  | { code: 'MALFORMED' }
  | { code: 'INSTITUTIONAL_DOMAIN'; suffix: string }
  | { code: 'NOT_CONFIRMED' }
  /**
   * The key field holds something that is not a usable key (a text with a problem, an image that gave no
   * key, an export without its account picked): the step does not move on with it, nor with a key entered
   * before. `keyKept`: a key entered before is held (in memory or in the draft) and an emptied field keeps it.
   */
  | { code: 'UNUSABLE_ENTRY'; entry: SecretEntry; keyKept: boolean }
  /** The key names another account than the login typed: the lawyer has not said which one to keep. */
  | { code: 'ACCOUNT_MISMATCH'; typed: string; fromKey: string }

/**
 * The login typed at the credential step and the account the key names (a QR code, an otpauth:// link, an
 * export entry), when they differ (`RS012345` in the court's QR code, `SC067890` typed). The key step does
 * not move on until the lawyer has chosen; choosing 'key' puts the key's account in the login.
 */
export interface EnrollmentAccountChoice {
  /** The login as typed (the one kept with 'typed'). */
  readonly typed: string
  /** The account the key names. */
  readonly fromKey: string
  /** Where the key came from. */
  readonly source: SecretSource
  /** The lawyer's choice; null: not made yet. */
  readonly chosen: 'typed' | 'key' | null
}

/** What the machine is waiting for. */
export type EnrollmentActivity = 'creating' | 'updating' | 'saving' | 'removing' | 'loading'

/** A store failure, by its stable code ('UNAVAILABLE', 'CONFLICT', 'LOCKED'…), and what was being done. */
export interface EnrollmentError {
  code: string
  operation: EnrollmentActivity
}

/** The non-secret fields the user fills in. */
export interface EnrollmentValues {
  /** The registry system; null when none is chosen or `otherSystem` is on. */
  systemId: string | null
  /** A system outside the registry (an office intranet): `issuer` names it. */
  otherSystem: boolean
  /** The name typed for an `otherSystem`. */
  issuer: string
  /** The court login: CPF, OAB number or user name. */
  account: string
  /** The lawyer who owns the court account. */
  owner: string
  label: string
  /** The personal address eproc sends its activation link to. */
  personalEmail: string
}

/** Initial values (the host knows the lawyer, or the court from the page it came from). */
export type EnrollmentDefaults = Partial<EnrollmentValues>

/** What is kept across a reload: the non-secret fields the user filled in, and where the wizard was. */
export interface PersistedEnrollment extends EnrollmentValues {
  version: 1
  step: EnrollmentStep
  draftId: string | null
  draftVersion: number | null
  confirmed: boolean
  deferred: boolean
}

/** Where the resumable state goes. `load` runs once, in `start()`; `save` after every change. */
export interface EnrollmentPersistence {
  load(): PersistedEnrollment | null
  save(value: PersistedEnrollment): void
  clear(): void
}

/** The store operations the machine needs; `useEnrollment` wires them to the provider's store. */
export interface EnrollmentDraftApi {
  /** Creates the pending draft; the only place the key and password leave the machine on creation. */
  createDraft(input: CredentialInput): Promise<CredentialSummary>
  /** Changes the draft if it is still at `expectedVersion` (else a `ConflictError`). */
  updateDraft(id: string, patch: CredentialPatch, expectedVersion: number): Promise<CredentialSummary>
  removeDraft(id: string): Promise<void>
  /** Reads the draft's summary: to check it on resume and to reload its version after a conflict. */
  getDraft?(id: string): Promise<CredentialSummary>
}

export interface EnrollmentOptions extends EnrollmentDraftApi {
  /** The court registry (the provider's). */
  registry: CourtRegistry
  defaultValues?: EnrollmentDefaults
  /** Where to start; only honoured when its prerequisites are met (e.g. 'credential' with a `systemId`). */
  defaultStep?: EnrollmentStep
  /**
   * Where the resumable state goes. Default: `sessionStorage` under `a2f:enrollment:<tenant>` (touched
   * lazily, inside try/catch: absent on servers, blocked in some private modes). `false`: nothing kept.
   */
  persistence?: EnrollmentPersistence | false
  /** Names the default storage key. Default 'default'. */
  tenant?: string
  /** Called once the credential is saved (validated or pending). */
  onComplete?: (credential: CredentialSummary) => void
  /** Called after `cancel()` removed the draft. */
  onCancel?: () => void
}

/** An immutable picture of the enrolment: what to render. Holds no secret. */
export interface EnrollmentSnapshot extends Readonly<EnrollmentValues> {
  readonly step: EnrollmentStep
  /** 1-based position of `step`. */
  readonly position: number
  /** The chosen registry system, if any. */
  readonly court: CourtSystem | null
  /** What the credential will be called: the court's acronym, or the typed name of another system. */
  readonly issuerName: string
  /** Set when the chosen court sends codes by e-mail or uses gov.br: there is no key to enrol. */
  readonly keyless: EnrollmentKeylessMethod | null
  readonly personalEmailRequired: boolean
  /** The suffixes the court refuses for the personal e-mail ('jus.br', 'gov.br'). */
  readonly refusedEmailSuffixes: readonly string[]
  /** A key is held in memory (this session); its bytes are not here. */
  readonly hasSecret: boolean
  readonly secretSource: SecretSource | null
  /** Codes of the key's non-blocking warnings (a short key). */
  readonly secretWarnings: readonly string[]
  /**
   * What the key field holds now, as `SecretInput` reports it (`setSecretEntry`); 'empty' outside the key
   * step. An unusable entry stops the key step (`UNUSABLE_ENTRY`) even when a key is held.
   */
  readonly secretEntry: SecretEntry
  /** The key names another account than the login typed; null when they agree or it names none. */
  readonly accountChoice: EnrollmentAccountChoice | null
  /** Changes whenever the key or its parameters change: memoize on it. */
  readonly keyRevision: number
  /** A court password was typed in this session (it is never shown again). */
  readonly passwordEntered: boolean
  /** The pending credential, once created (a summary: no secret). */
  readonly draft: CredentialSummary | null
  readonly draftId: string | null
  readonly draftVersion: number | null
  /** "Confirmei o código no site do tribunal". */
  readonly confirmed: boolean
  /** The user chose to save it pending and validate later. */
  readonly deferred: boolean
  readonly busy: boolean
  readonly activity: EnrollmentActivity | null
  readonly error: EnrollmentError | null
  /** Errors of the fields of the steps the user tried to leave. */
  readonly fieldErrors: Readonly<Partial<Record<EnrollmentField, EnrollmentFieldError>>>
  /** 'DRAFT_GONE': the resumed draft no longer exists; the key must be entered again. */
  readonly notice: 'DRAFT_GONE' | null
  /** The state came back from persistence. */
  readonly resumed: boolean
  /** `start()` ran (persistence loaded). */
  readonly started: boolean
  /** The saved credential, once `save()` succeeded. */
  readonly completed: CredentialSummary | null
  /** Which steps can be shown now (their prerequisites are met). */
  readonly reachable: Readonly<Record<EnrollmentStep, boolean>>
  /**
   * Grows by one whenever the step changes by the user's or the machine's decision (not on restore), and
   * on completion: the moments focus should move to the step's heading.
   */
  readonly navigation: number
}

/** The actions, bound (they can be destructured). */
export interface EnrollmentActions {
  /** Loads persisted state and checks a resumed draft. Idempotent; resolves when done. */
  start(): Promise<void>
  selectCourt(systemId: string | null): void
  setOtherSystem(enabled: boolean): void
  setFields(values: Partial<Omit<EnrollmentValues, 'systemId' | 'otherSystem'>>): void
  /** The court password (optional). Kept in the closure only; '' clears it. */
  setPassword(password: string): void
  /** The key from `SecretInput`; null clears it. A new key un-ticks `confirmed`. */
  setSecret(entered: EnteredSecret | null): void
  /**
   * What the key field holds (`SecretInput`'s `onEntryChange`). While it is not a usable key, the key
   * step does not move on, whatever key is held: the user corrects it, empties the field, or discards it
   * (`setSecretEntry(EMPTY_SECRET_ENTRY)`) to keep the key entered before.
   */
  setSecretEntry(entry: SecretEntry): void
  /**
   * When the key names another account than the login (`accountChoice`): keep the typed login ('typed')
   * or take the key's account as the login ('key').
   */
  chooseAccount(choice: 'typed' | 'key'): void
  setConfirmed(confirmed: boolean): void
  /** Validates the step and moves on; from 'key' it creates or updates the draft; from 'done' it saves. */
  next(): Promise<boolean>
  back(): void
  /**
   * Moves to a reachable step (through the step controller when one is set). From the key step it moves
   * forward only when the step stands as it was passed (no entry it could not use, no new key not yet
   * stored, no account to choose); else false: use `next()`.
   */
  goTo(step: EnrollmentStep): boolean
  /** From 'authenticator': skip the confirmation, the credential will be saved pending. */
  validateLater(): void
  /**
   * Finishes: the draft becomes 'validated' when `confirmed` (or `status` says so), else stays
   * 'pending'; then `onComplete`. Resolves to the saved summary, or null on failure (see `error`).
   */
  save(options?: { status?: 'validated' | 'pending' }): Promise<CredentialSummary | null>
  /** Removes the draft, forgets everything, calls `onCancel`. False when the removal failed. */
  cancel(): Promise<boolean>
  dismissError(): void
  /** Back to the start, keeping the draft (if any) in the store. */
  reset(): void
}

export interface Enrollment extends EnrollmentActions {
  getSnapshot(): EnrollmentSnapshot
  subscribe(listener: () => void): () => void
  /** A copy of the key's bytes, for showing it when the user asks (the phone QR code). */
  revealSecret(): Uint8Array | null
  /**
   * Controlled step: when set, step changes are requested from `controller` instead of applied, and the
   * host applies them with `showStep`.
   */
  setStepController(controller: ((step: EnrollmentStep) => void) | null): void
  /** Shows `step` if reachable, bypassing the controller. */
  showStep(step: EnrollmentStep): boolean
}

interface HeldSecret {
  bytes: Uint8Array
  params: Partial<OtpParams>
  source: SecretSource
  warnings: string[]
}

interface MutableState extends EnrollmentValues {
  step: EnrollmentStep
  draft: CredentialSummary | null
  draftId: string | null
  draftVersion: number | null
  confirmed: boolean
  deferred: boolean
  activity: EnrollmentActivity | null
  error: EnrollmentError | null
  fieldErrors: Partial<Record<EnrollmentField, EnrollmentFieldError>>
  secretEntry: SecretEntry
  /** Kept while the key is; shown (in the snapshot) while the two differ or once the lawyer chose. */
  accountChoice: EnrollmentAccountChoice | null
  notice: 'DRAFT_GONE' | null
  resumed: boolean
  started: boolean
  completed: CredentialSummary | null
  navigation: number
}

const EMPTY_VALUES: EnrollmentValues = {
  systemId: null,
  otherSystem: false,
  issuer: '',
  account: '',
  owner: '',
  label: '',
  personalEmail: '',
}

/** The free-text values: what `setFields` sets, strings in the persisted state. */
const TEXT_FIELDS = ['issuer', 'account', 'owner', 'label', 'personalEmail'] as const

/** What is kept across a reload besides the step, in the order it is written. */
const PERSISTED_FIELDS = [
  'systemId',
  'otherSystem',
  ...TEXT_FIELDS,
  'draftId',
  'draftVersion',
  'confirmed',
  'deferred',
] as const

const FIELDS_BY_STEP: Record<EnrollmentStep, readonly EnrollmentField[]> = {
  court: ['court', 'issuer'],
  credential: ['account', 'personalEmail'],
  key: ['secret'],
  authenticator: ['confirmed'],
  done: [],
}

const REQUIRED: EnrollmentFieldError = Object.freeze({ code: 'REQUIRED' })

type FieldErrors = Partial<Record<EnrollmentField, EnrollmentFieldError>>

const hasKeys = (value: object): boolean => Object.keys(value).length > 0

/**
 * Whether two logins are the same for the court: case, spaces and the punctuation of a CPF or OAB number
 * ('123.456.789-00', 'RS 12.345') do not count.
 */
function sameLogin(a: string, b: string): boolean {
  const bare = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/[\s./-]/g, '')
      .toUpperCase()
  return bare(a) === bare(b)
}

/** The default persistence: `sessionStorage[key]`, lazily and defensively. */
export function createSessionPersistence(key: string): EnrollmentPersistence {
  // Storage is touched on each use and inside try: absent on servers, throwing in a sandboxed iframe or
  // when blocked, full (quota). The enrolment still works then, it just does not survive a reload.
  const use = <T>(action: (storage: Storage) => T): T | null => {
    try {
      return action(globalThis.sessionStorage)
    } catch {
      return null
    }
  }
  return {
    load: () =>
      use((storage) => {
        const text = storage.getItem(key)
        return text ? readPersisted(JSON.parse(text)) : null
      }),
    save: (value) => void use((storage) => storage.setItem(key, JSON.stringify(value))),
    clear: () => void use((storage) => storage.removeItem(key)),
  }
}

/** The storage key of the default persistence. */
export function enrollmentStorageKey(tenant: string): string {
  return `a2f:enrollment:${tenant}`
}

/** Accepts a persisted value only if it has the expected shape (storage may hold anything). */
export function readPersisted(value: unknown): PersistedEnrollment | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (v.version !== 1 || !(ENROLLMENT_STEPS as readonly unknown[]).includes(v.step)) return null
  const result: Record<string, unknown> = {
    version: 1,
    step: v.step,
    systemId: typeof v.systemId === 'string' ? v.systemId : null,
    otherSystem: v.otherSystem === true,
  }
  for (const field of TEXT_FIELDS) result[field] = typeof v[field] === 'string' ? v[field] : ''
  result.draftId = (typeof v.draftId === 'string' && v.draftId) || null
  result.draftVersion = typeof v.draftVersion === 'number' ? v.draftVersion : null
  result.confirmed = v.confirmed === true
  result.deferred = v.deferred === true
  return result as unknown as PersistedEnrollment
}

export function createEnrollment(options: EnrollmentOptions): Enrollment {
  const { registry } = options
  const persistence =
    options.persistence === false
      ? null
      : (options.persistence ?? createSessionPersistence(enrollmentStorageKey(options.tenant ?? 'default')))

  const initialState = (): MutableState => {
    const defaults: Record<string, unknown> = options.defaultValues ?? {}
    const values: Record<string, unknown> = { ...EMPTY_VALUES }
    // Only the defaults given: a missing (or undefined) one keeps the empty value.
    for (const key in values) values[key] = defaults[key] ?? values[key]
    return {
      ...(values as unknown as EnrollmentValues),
      step: 'court',
      draft: null,
      draftId: null,
      draftVersion: null,
      confirmed: false,
      deferred: false,
      activity: null,
      error: null,
      fieldErrors: {},
      secretEntry: EMPTY_SECRET_ENTRY,
      accountChoice: null,
      notice: null,
      resumed: false,
      started: false,
      completed: null,
      navigation: 0,
    }
  }

  // ---- private: never in a snapshot ----
  let secret: HeldSecret | null = null
  let secretRevision = 0
  let syncedSecretRevision = 0
  let password = ''
  let passwordRevision = 0
  let syncedPasswordRevision = 0

  // The key's identity for memoization: bumps when the key or the parameters codes are made with change.
  let keyRevision = 0
  let keyStamp = ''

  let state = initialState()
  const listeners = new Set<() => void>()
  let controller: ((step: EnrollmentStep) => void) | null = null
  let startPromise: Promise<void> | null = null
  let lastPersisted: string | null = null
  state.step = furthestReachable(options.defaultStep ?? 'court')
  let snapshot = buildSnapshot()

  // ---- derived facts ----
  function system(): CourtSystem | null {
    if (state.otherSystem || state.systemId === null) return null
    return registry.get(state.systemId) ?? null
  }

  function keyless(court: CourtSystem | null): EnrollmentKeylessMethod | null {
    const method = court?.twoFactor.method
    return method === 'email-code' || method === 'govbr' ? method : null
  }

  function emailRequired(court: CourtSystem | null): boolean {
    return court?.twoFactor.enrollment?.personalEmailRequired === true
  }

  /** The suffixes refused for the personal e-mail: the court's (eproc's by default); none for another system. */
  function refusedSuffixes(court: CourtSystem | null): readonly string[] {
    return court ? (court.twoFactor.enrollment?.refusedEmailSuffixes ?? DEFAULT_REFUSED_EMAIL_SUFFIXES) : []
  }

  function issuerName(): string {
    if (state.otherSystem) return state.issuer.trim()
    return system()?.court.acronym ?? ''
  }

  function otpParams(): Partial<OtpParams> {
    return { ...system()?.twoFactor.totp, ...secret?.params }
  }

  function validateField(field: EnrollmentField): EnrollmentFieldError | null {
    const court = system()
    switch (field) {
      case 'court': {
        if (state.otherSystem) return null
        const method = keyless(court)
        return !court ? REQUIRED : method ? { code: 'KEYLESS', method } : null
      }
      case 'issuer':
        return state.otherSystem && state.issuer.trim() === '' ? REQUIRED : null
      case 'account':
        return state.account.trim() === '' ? REQUIRED : null
      case 'personalEmail': {
        const email = state.personalEmail.trim()
        if (email === '') return emailRequired(court) ? REQUIRED : null
        const result = validatePersonalEmail(email, { refusedSuffixes: refusedSuffixes(court) })
        if (result.ok) return null
        return result.reason === 'INSTITUTIONAL_DOMAIN'
          ? { code: 'INSTITUTIONAL_DOMAIN', suffix: result.suffix ?? '' }
          : { code: 'MALFORMED' }
      }
      case 'secret': {
        const keyKept = secret !== null || state.draftId !== null
        const entry = state.secretEntry
        // Never on with another key than the one the field shows: an entry not taken stops the step.
        if (isUnusableEntry(entry)) return { code: 'UNUSABLE_ENTRY', entry, keyKept }
        if (!keyKept) return REQUIRED
        const choice = pendingAccountChoice()
        return choice ? { code: 'ACCOUNT_MISMATCH', typed: choice.typed, fromKey: choice.fromKey } : null
      }
      case 'confirmed':
        return state.confirmed ? null : { code: 'NOT_CONFIRMED' }
    }
  }

  /** The account choice as shown: while the login and the key's account differ, or once chosen. */
  function shownAccountChoice(): EnrollmentAccountChoice | null {
    const choice = state.accountChoice
    if (!choice || (choice.chosen === null && sameLogin(choice.fromKey, state.account))) return null
    return choice
  }

  /** The account choice the lawyer still has to make. */
  function pendingAccountChoice(): EnrollmentAccountChoice | null {
    const choice = shownAccountChoice()
    return choice?.chosen === null ? choice : null
  }

  /** The errors of `fields` as they stand now (the valid ones left out). */
  function errorsOf(fields: readonly EnrollmentField[]): FieldErrors {
    const errors: FieldErrors = {}
    for (const field of fields) {
      const error = validateField(field)
      if (error) errors[field] = error
    }
    return errors
  }

  function stepValid(step: EnrollmentStep): boolean {
    return !hasKeys(errorsOf(FIELDS_BY_STEP[step]))
  }

  /** A step can be shown when every step before it is done. */
  function reachable(step: EnrollmentStep): boolean {
    const index = ENROLLMENT_STEPS.indexOf(step)
    return (
      (index < 1 || stepValid('court')) &&
      (index < 2 || stepValid('credential')) &&
      // The key step is done once the draft holds the key.
      (index < 3 || state.draftId !== null) &&
      (index < 4 || state.confirmed || state.deferred)
    )
  }

  function furthestReachable(wanted: EnrollmentStep): EnrollmentStep {
    let index = ENROLLMENT_STEPS.indexOf(wanted)
    while (index > 0 && !reachable(ENROLLMENT_STEPS[index]!)) index--
    return ENROLLMENT_STEPS[index] ?? 'court'
  }

  // ---- snapshots, listeners, persistence ----
  function currentKeyRevision(): number {
    // The court's parameters are part of the key's identity (its QR code): another court may change them.
    const stamp = `${secretRevision}:${JSON.stringify(otpParams())}`
    if (stamp !== keyStamp) {
      keyStamp = stamp
      keyRevision++
    }
    return keyRevision
  }

  function buildSnapshot(): EnrollmentSnapshot {
    const court = system()
    const { draft, error, completed } = state
    return Object.freeze({
      ...state,
      draft: draft && Object.freeze({ ...draft, otp: Object.freeze({ ...draft.otp }) }),
      error: error && Object.freeze({ ...error }),
      fieldErrors: Object.freeze({ ...state.fieldErrors }),
      secretEntry: Object.freeze({ ...state.secretEntry }),
      accountChoice: shownAccountChoice(),
      completed: completed && Object.freeze({ ...completed }),
      position: ENROLLMENT_STEPS.indexOf(state.step) + 1,
      court,
      issuerName: issuerName(),
      keyless: keyless(court),
      personalEmailRequired: emailRequired(court),
      refusedEmailSuffixes: Object.freeze([...refusedSuffixes(court)]),
      hasSecret: secret !== null,
      secretSource: secret?.source ?? null,
      secretWarnings: Object.freeze([...(secret?.warnings ?? [])]),
      keyRevision: currentKeyRevision(),
      passwordEntered: password !== '',
      busy: state.activity !== null,
      reachable: Object.freeze(
        Object.fromEntries(ENROLLMENT_STEPS.map((step) => [step, reachable(step)])),
      ) as Record<EnrollmentStep, boolean>,
    })
  }

  function commit(): void {
    snapshot = buildSnapshot()
    persist()
    for (const listener of [...listeners]) listener()
  }

  /** Nothing worth keeping: the first step, no draft, no court, nothing typed. */
  function pristine(): boolean {
    return (
      state.step === 'court' &&
      state.draftId === null &&
      state.systemId === null &&
      !state.otherSystem &&
      !state.account &&
      !state.owner &&
      !state.label &&
      !state.personalEmail
    )
  }

  function persist(): void {
    // Before start() the stored state is not loaded yet: writing would overwrite it with defaults.
    if (!persistence || !state.started || state.completed) return
    let value: Record<string, unknown> | null = null
    if (!pristine()) {
      value = { version: 1, step: state.step }
      for (const field of PERSISTED_FIELDS) value[field] = state[field]
    }
    const text = value && JSON.stringify(value)
    if (text === lastPersisted) return
    lastPersisted = text
    if (value) persistence.save(value as unknown as PersistedEnrollment)
    else persistence.clear()
  }

  function clearPersisted(): void {
    lastPersisted = null
    persistence?.clear()
  }

  // ---- private helpers ----
  function wipeSecret(): void {
    secret?.bytes.fill(0)
    secret = null
  }

  /** Nothing is being waited for and the credential is not saved yet: the user may act. */
  function idle(): boolean {
    return state.activity === null && !state.completed
  }

  /** Shows `step` (a step change: focus moves to its heading). */
  function show(step: EnrollmentStep): void {
    state.step = step
    state.navigation++
    // The key field comes back empty on every visit: what it held is gone with it.
    if (step !== 'key') state.secretEntry = EMPTY_SECRET_ENTRY
  }

  /** Moves to `step`, or asks the step controller to. */
  function moveTo(step: EnrollmentStep): void {
    if (step === state.step) return
    if (controller) controller(step)
    else show(step)
  }

  function draftGone(): void {
    Object.assign(state, {
      draft: null,
      draftId: null,
      draftVersion: null,
      confirmed: false,
      deferred: false,
      notice: 'DRAFT_GONE',
      error: null,
    })
    moveTo(furthestReachable('key'))
  }

  /** Reads the draft's summary and current version (throws what the store throws). */
  async function readDraft(id: string): Promise<void> {
    if (!options.getDraft) return
    const summary = await options.getDraft(id)
    state.draft = summary
    state.draftVersion = summary.version
  }

  /** After a ConflictError: take the draft's current version so that the user's retry can succeed. */
  async function reloadDraft(id: string): Promise<void> {
    try {
      await readDraft(id)
    } catch (error) {
      if (errorCode(error) === 'NOT_FOUND') draftGone()
    }
  }

  async function failed(error: unknown, operation: EnrollmentActivity): Promise<void> {
    const code = errorCode(error) ?? 'UNKNOWN'
    // Creating, there is no draft yet: a missing one can only be the stored draft gone meanwhile.
    if (code === 'NOT_FOUND' && state.draftId !== null) return draftGone()
    state.error = { code, operation }
    if (code === 'CONFLICT' && state.draftId !== null) await reloadDraft(state.draftId)
  }

  /**
   * Runs a store call as `operation`: busy meanwhile, a failure kept in `error` (or the draft found
   * gone). Resolves to whether it succeeded; the caller publishes the outcome.
   */
  async function storeCall(operation: EnrollmentActivity, call: () => Promise<unknown>): Promise<boolean> {
    state.activity = operation
    state.error = null
    commit()
    try {
      await call()
      return true
    } catch (error) {
      await failed(error, operation)
      return false
    } finally {
      state.activity = null
    }
  }

  /** The draft's non-secret fields as entered now; null: left empty. */
  function draftFields(): Record<string, string | null> {
    const optional = (text: string) => text.trim() || null
    return {
      systemId: system()?.id ?? null,
      issuer: issuerName(),
      account: state.account.trim(),
      owner: optional(state.owner),
      label: optional(state.label),
      personalEmail: optional(state.personalEmail),
    }
  }

  function draftInput(held: HeldSecret): CredentialInput {
    const input: Record<string, unknown> = {
      otp: otpParams(),
      secret: held.bytes.slice(),
      status: 'pending',
      ...(password ? { password } : {}),
    }
    for (const [field, value] of Object.entries(draftFields())) if (value !== null) input[field] = value
    return input as unknown as CredentialInput
  }

  /** What the draft lacks of what the user entered since it was written (everything, with no draft). */
  function draftPatch(): CredentialPatch {
    const patch: Record<string, unknown> = {}
    const draft = state.draft as Record<string, unknown> | null
    for (const [field, value] of Object.entries(draftFields()))
      if (!draft || (draft[field] ?? null) !== value) patch[field] = value
    if (secret && secretRevision !== syncedSecretRevision) {
      patch.secret = secret.bytes.slice()
      patch.otp = otpParams()
    } else if (secret) {
      const wanted = otpParams()
      const current = state.draft?.otp
      if (
        !current ||
        (Object.keys(wanted) as (keyof OtpParams)[]).some((name) => wanted[name] !== current[name])
      )
        patch.otp = wanted
    }
    // The field comes back empty on every visit; only a change typed since the last write counts.
    if (passwordRevision !== syncedPasswordRevision) {
      if (password !== '') patch.password = password
      else if (state.draft?.hasPassword) patch.password = null
    }
    return patch
  }

  function markSynced(summary: CredentialSummary): void {
    state.draft = summary
    state.draftId = summary.id
    state.draftVersion = summary.version
    syncedSecretRevision = secretRevision
    syncedPasswordRevision = passwordRevision
  }

  function writeDraft(id: string, patch: CredentialPatch, operation: EnrollmentActivity): Promise<boolean> {
    return storeCall(operation, async () =>
      markSynced(await options.updateDraft(id, patch, state.draftVersion ?? state.draft?.version ?? 1)),
    )
  }

  /** Creates the draft, or brings it up to date. True when the draft matches what the user entered. */
  async function syncDraft(): Promise<boolean> {
    const id = state.draftId
    if (id === null) {
      const held = secret
      return (
        held !== null &&
        storeCall('creating', async () => {
          markSynced(await options.createDraft(draftInput(held)))
          state.notice = null
        })
      )
    }
    if (state.draft === null) {
      // Resumed and the summary could not be read then: compare against the stored draft, not nothing.
      await reloadDraft(id)
      if (state.draftId === null) return false
    }
    const patch = draftPatch()
    return !hasKeys(patch) || writeDraft(id, patch, 'updating')
  }

  // ---- actions ----
  function start(): Promise<void> {
    startPromise ??= (async () => {
      let saved: PersistedEnrollment | null = null
      try {
        saved = persistence?.load() ?? null
      } catch {
        // a custom persistence failing: start afresh
      }
      state.started = true
      if (saved) {
        lastPersisted = JSON.stringify(saved)
        const restored: Record<string, unknown> = {}
        for (const field of PERSISTED_FIELDS) restored[field] = saved[field]
        Object.assign(state, restored, { resumed: true })
        // The key is not in memory any more: with a draft, it is in the store and the code comes from there.
        syncedSecretRevision = secretRevision
        syncedPasswordRevision = passwordRevision
        const { draftId } = saved
        state.step = furthestReachable(draftId === null ? saved.step : 'authenticator')
        if (draftId !== null && options.getDraft) await storeCall('loading', () => readDraft(draftId))
      }
      commit()
    })()
    return startPromise
  }

  /**
   * An edit by the user (ignored once saved): applies it, checks the errors on show again (a field not
   * submitted yet stays quiet) and publishes.
   */
  function edit<A extends unknown[]>(apply: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      if (state.completed) return
      apply(...args)
      state.fieldErrors = errorsOf(Object.keys(state.fieldErrors) as EnrollmentField[])
      commit()
    }
  }

  const selectCourt = edit((systemId: string | null) => {
    state.systemId = systemId
    if (systemId !== null) state.otherSystem = false
  })

  const setOtherSystem = edit((enabled: boolean) => {
    state.otherSystem = enabled
    if (enabled) state.systemId = null
    // The court step's errors are about the other choice.
    const { court: _court, issuer: _issuer, ...others } = state.fieldErrors
    state.fieldErrors = others
  })

  const setFields = edit((values: Partial<Omit<EnrollmentValues, 'systemId' | 'otherSystem'>>) => {
    const choice = state.accountChoice
    // A login typed again is a new login to weigh against the key's account: the choice is asked again.
    if (choice && values.account !== undefined && values.account !== state.account) {
      state.accountChoice = Object.freeze({ ...choice, typed: values.account.trim(), chosen: null })
    }
    for (const field of TEXT_FIELDS) {
      const value = values[field]
      if (value !== undefined) state[field] = value
    }
  })

  const setPassword = edit((value: string) => {
    password = value
    passwordRevision++
  })

  const setSecret = edit((entered: EnteredSecret | null) => {
    wipeSecret()
    secretRevision++
    if (entered) {
      secret = {
        // A copy: the caller may reuse or wipe its buffer.
        bytes: entered.bytes.slice(),
        params: { ...entered.params },
        source: entered.source,
        warnings: entered.warnings.map((warning) => warning.code),
      }
      // Another key means the code typed at the court belonged to the old one.
      state.confirmed = false
      state.deferred = false
      state.notice = null
    }
    // The court's QR code (or link, or export) names the account it was made for: ask when it differs.
    const fromKey = entered?.account?.trim()
    state.accountChoice =
      entered && fromKey && !sameLogin(fromKey, state.account)
        ? Object.freeze({ typed: state.account.trim(), fromKey, source: entered.source, chosen: null })
        : null
  })

  const applySecretEntry = edit((entry: SecretEntry) => {
    state.secretEntry = Object.freeze({ ...entry })
  })

  function setSecretEntry(entry: SecretEntry): void {
    // SecretInput reports on every keystroke: publish only a change.
    if (JSON.stringify(entry) !== JSON.stringify(state.secretEntry)) applySecretEntry(entry)
  }

  const chooseAccount = edit((choice: 'typed' | 'key') => {
    const current = state.accountChoice
    if (!current) return
    state.account = choice === 'key' ? current.fromKey : current.typed
    state.accountChoice = Object.freeze({ ...current, chosen: choice })
  })

  const setConfirmed = edit((confirmed: boolean) => {
    state.confirmed = confirmed
    if (confirmed) state.deferred = false
  })

  async function next(): Promise<boolean> {
    if (!idle()) return false
    const step = state.step
    state.fieldErrors = errorsOf(FIELDS_BY_STEP[step])
    if (hasKeys(state.fieldErrors)) {
      commit()
      return false
    }
    if (step === 'done') return (await save()) !== null
    // From the key step the draft is created (or brought up to date) first.
    if (step === 'key' && !(await syncDraft())) {
      commit()
      return false
    }
    if (step === 'authenticator') state.deferred = false
    moveTo(ENROLLMENT_STEPS[ENROLLMENT_STEPS.indexOf(step) + 1]!)
    commit()
    return true
  }

  /** Leaves the step for `step` (through the controller unless `direct`): its errors go. */
  function leaveFor(step: EnrollmentStep, direct = false): void {
    state.fieldErrors = {}
    if (direct) show(step)
    else moveTo(step)
    commit()
  }

  function back(): void {
    const index = ENROLLMENT_STEPS.indexOf(state.step)
    if (!idle() || index < 1) return
    state.error = null
    leaveFor(ENROLLMENT_STEPS[index - 1]!)
  }

  function goTo(step: EnrollmentStep): boolean {
    if (!idle() || !reachable(step)) return false
    const forward = ENROLLMENT_STEPS.indexOf(step) > ENROLLMENT_STEPS.indexOf(state.step)
    if (state.step === 'key' && forward) {
      // Past the key step only as next() would pass it: a new key is stored first, an entry not taken stops.
      state.fieldErrors = errorsOf(FIELDS_BY_STEP.key)
      if (hasKeys(state.fieldErrors) || (secret !== null && secretRevision !== syncedSecretRevision)) {
        commit()
        return false
      }
    }
    leaveFor(step)
    return true
  }

  function showStep(step: EnrollmentStep): boolean {
    if (step === state.step) return true
    if (!reachable(step)) return false
    leaveFor(step, true)
    return true
  }

  function validateLater(): void {
    if (!idle() || state.draftId === null) return
    state.confirmed = false
    state.deferred = true
    leaveFor('done')
  }

  async function save(
    saveOptions: { status?: 'validated' | 'pending' } = {},
  ): Promise<CredentialSummary | null> {
    if (!idle()) return null
    const id = state.draftId
    if (id === null) {
      // Nothing stored yet: the key step creates the draft first.
      state.fieldErrors = errorsOf(FIELDS_BY_STEP.key)
      commit()
      return null
    }
    const status = saveOptions.status ?? (state.confirmed ? 'validated' : 'pending')
    if (status === 'pending' && !state.confirmed) state.deferred = true
    const patch = draftPatch()
    if (status === 'validated' || state.draft?.status !== 'pending') patch.status = status
    // Without a summary the patch holds every field, so the draft is written (and read back) too.
    if (hasKeys(patch) && !(await writeDraft(id, patch, 'saving'))) {
      commit()
      return null
    }
    const summary = state.draft
    if (!summary) return null
    state.completed = summary
    state.fieldErrors = {}
    state.error = null
    // The heading becomes "Credencial 2FA cadastrada" and the buttons go: focus follows, as on a step change.
    show('done')
    wipeSecret()
    password = ''
    clearPersisted()
    commit()
    options.onComplete?.(summary)
    return summary
  }

  async function cancel(): Promise<boolean> {
    if (state.activity !== null) return false
    const id = state.completed ? null : state.draftId
    const removed =
      id === null ||
      (await storeCall('removing', () =>
        options.removeDraft(id).catch((error: unknown) => {
          if (errorCode(error) !== 'NOT_FOUND') throw error // already gone: fine
        }),
      ))
    if (!removed) {
      commit()
      return false
    }
    clearAll()
    options.onCancel?.()
    return true
  }

  function clearAll(): void {
    wipeSecret()
    secretRevision++
    password = ''
    passwordRevision = syncedPasswordRevision = syncedSecretRevision = 0
    clearPersisted()
    state = { ...initialState(), started: true, navigation: state.navigation + 1 }
    commit()
  }

  function reset(): void {
    if (state.activity === null) clearAll()
  }

  function dismissError(): void {
    if (!state.error && !state.notice) return
    state.error = null
    state.notice = null
    commit()
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    revealSecret: () => secret?.bytes.slice() ?? null,
    setStepController(next) {
      controller = next
    },
    showStep,
    start,
    selectCourt,
    setOtherSystem,
    setFields,
    setPassword,
    setSecret,
    setSecretEntry,
    chooseAccount,
    setConfirmed,
    next,
    back,
    goTo,
    validateLater,
    save,
    cancel,
    dismissError,
    reset,
  }
}
