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

/** What is kept across a reload: non-secret fields only. */
export interface PersistedEnrollment {
  version: 1
  step: EnrollmentStep
  systemId: string | null
  otherSystem: boolean
  issuer: string
  account: string
  owner: string
  label: string
  personalEmail: string
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
  setConfirmed(confirmed: boolean): void
  /** Validates the step and moves on; from 'key' it creates or updates the draft; from 'done' it saves. */
  next(): Promise<boolean>
  back(): void
  /** Moves to a reachable step (through the step controller when one is set). */
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

const FIELDS_BY_STEP: Record<EnrollmentStep, readonly EnrollmentField[]> = {
  court: ['court', 'issuer'],
  credential: ['account', 'personalEmail'],
  key: ['secret'],
  authenticator: ['confirmed'],
  done: [],
}

/** The default persistence: `sessionStorage[key]`, lazily and defensively. */
export function createSessionPersistence(key: string): EnrollmentPersistence {
  const storage = (): Storage | null => {
    try {
      return typeof globalThis.sessionStorage === 'undefined' ? null : globalThis.sessionStorage
    } catch {
      return null // a sandboxed iframe or blocked storage throws on access
    }
  }
  return {
    load() {
      try {
        const text = storage()?.getItem(key)
        return text ? readPersisted(JSON.parse(text)) : null
      } catch {
        return null
      }
    },
    save(value) {
      try {
        storage()?.setItem(key, JSON.stringify(value))
      } catch {
        // quota or blocked storage: the enrolment still works, it just does not survive a reload
      }
    },
    clear() {
      try {
        storage()?.removeItem(key)
      } catch {
        // nothing kept, nothing to clear
      }
    },
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
  const text = (field: unknown) => (typeof field === 'string' ? field : '')
  if (v.version !== 1 || !(ENROLLMENT_STEPS as readonly unknown[]).includes(v.step)) return null
  return {
    version: 1,
    step: v.step as EnrollmentStep,
    systemId: typeof v.systemId === 'string' ? v.systemId : null,
    otherSystem: v.otherSystem === true,
    issuer: text(v.issuer),
    account: text(v.account),
    owner: text(v.owner),
    label: text(v.label),
    personalEmail: text(v.personalEmail),
    draftId: typeof v.draftId === 'string' && v.draftId !== '' ? v.draftId : null,
    draftVersion: typeof v.draftVersion === 'number' ? v.draftVersion : null,
    confirmed: v.confirmed === true,
    deferred: v.deferred === true,
  }
}

export function createEnrollment(options: EnrollmentOptions): Enrollment {
  const { registry } = options
  const persistence =
    options.persistence === false
      ? null
      : (options.persistence ?? createSessionPersistence(enrollmentStorageKey(options.tenant ?? 'default')))

  const initialValues = (): EnrollmentValues => {
    const defaults = options.defaultValues ?? {}
    return {
      systemId: defaults.systemId ?? null,
      otherSystem: defaults.otherSystem ?? false,
      issuer: defaults.issuer ?? '',
      account: defaults.account ?? '',
      owner: defaults.owner ?? '',
      label: defaults.label ?? '',
      personalEmail: defaults.personalEmail ?? '',
    }
  }

  const initialState = (): MutableState => ({
    ...EMPTY_VALUES,
    ...initialValues(),
    step: 'court',
    draft: null,
    draftId: null,
    draftVersion: null,
    confirmed: false,
    deferred: false,
    activity: null,
    error: null,
    fieldErrors: {},
    notice: null,
    resumed: false,
    started: false,
    completed: null,
    navigation: 0,
  })

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
    if (!court) return null
    const method = court.twoFactor.method
    return method === 'email-code' || method === 'govbr' ? method : null
  }

  function issuerName(): string {
    if (state.otherSystem) return state.issuer.trim()
    return system()?.court.acronym ?? ''
  }

  function otpParams(): Partial<OtpParams> {
    return { ...(system()?.twoFactor.totp ?? {}), ...(secret?.params ?? {}) }
  }

  function validateField(field: EnrollmentField): EnrollmentFieldError | null {
    const court = system()
    switch (field) {
      case 'court': {
        if (state.otherSystem) return null
        if (!court) return { code: 'REQUIRED' }
        const method = keyless(court)
        return method ? { code: 'KEYLESS', method } : null
      }
      case 'issuer':
        return state.otherSystem && state.issuer.trim() === '' ? { code: 'REQUIRED' } : null
      case 'account':
        return state.account.trim() === '' ? { code: 'REQUIRED' } : null
      case 'personalEmail': {
        const email = state.personalEmail.trim()
        const required = court?.twoFactor.enrollment?.personalEmailRequired === true
        if (email === '') return required ? { code: 'REQUIRED' } : null
        const result = validatePersonalEmail(
          email,
          court
            ? { refusedSuffixes: court.twoFactor.enrollment?.refusedEmailSuffixes }
            : { refusedSuffixes: [] },
        )
        if (result.ok) return null
        if (result.reason === 'INSTITUTIONAL_DOMAIN')
          return { code: 'INSTITUTIONAL_DOMAIN', suffix: result.suffix ?? '' }
        return { code: 'MALFORMED' }
      }
      case 'secret':
        return secret || state.draftId ? null : { code: 'REQUIRED' }
      case 'confirmed':
        return state.confirmed ? null : { code: 'NOT_CONFIRMED' }
    }
  }

  function stepErrors(step: EnrollmentStep): Partial<Record<EnrollmentField, EnrollmentFieldError>> {
    const errors: Partial<Record<EnrollmentField, EnrollmentFieldError>> = {}
    for (const field of FIELDS_BY_STEP[step]) {
      const error = validateField(field)
      if (error) errors[field] = error
    }
    return errors
  }

  function stepValid(step: EnrollmentStep): boolean {
    return Object.keys(stepErrors(step)).length === 0
  }

  function reachable(step: EnrollmentStep): boolean {
    switch (step) {
      case 'court':
        return true
      case 'credential':
        return stepValid('court')
      case 'key':
        return stepValid('court') && stepValid('credential')
      case 'authenticator':
        return reachable('key') && state.draftId !== null
      case 'done':
        return reachable('authenticator') && (state.confirmed || state.deferred)
    }
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
    const reach = {} as Record<EnrollmentStep, boolean>
    for (const step of ENROLLMENT_STEPS) reach[step] = reachable(step)
    const result: EnrollmentSnapshot = {
      systemId: state.systemId,
      otherSystem: state.otherSystem,
      issuer: state.issuer,
      account: state.account,
      owner: state.owner,
      label: state.label,
      personalEmail: state.personalEmail,
      step: state.step,
      position: ENROLLMENT_STEPS.indexOf(state.step) + 1,
      court,
      issuerName: issuerName(),
      keyless: keyless(court),
      personalEmailRequired: court?.twoFactor.enrollment?.personalEmailRequired === true,
      refusedEmailSuffixes: Object.freeze(
        court
          ? [...(court.twoFactor.enrollment?.refusedEmailSuffixes ?? DEFAULT_REFUSED_EMAIL_SUFFIXES)]
          : [],
      ),
      hasSecret: secret !== null,
      secretSource: secret?.source ?? null,
      secretWarnings: Object.freeze([...(secret?.warnings ?? [])]),
      keyRevision: currentKeyRevision(),
      passwordEntered: password !== '',
      draft: state.draft
        ? Object.freeze({ ...state.draft, otp: Object.freeze({ ...state.draft.otp }) })
        : null,
      draftId: state.draftId,
      draftVersion: state.draftVersion,
      confirmed: state.confirmed,
      deferred: state.deferred,
      busy: state.activity !== null,
      activity: state.activity,
      error: state.error ? Object.freeze({ ...state.error }) : null,
      fieldErrors: Object.freeze({ ...state.fieldErrors }),
      notice: state.notice,
      resumed: state.resumed,
      started: state.started,
      completed: state.completed ? Object.freeze({ ...state.completed }) : null,
      reachable: Object.freeze(reach),
      navigation: state.navigation,
    }
    return Object.freeze(result)
  }

  function commit(): void {
    snapshot = buildSnapshot()
    persist()
    for (const listener of [...listeners]) listener()
  }

  function persisted(): PersistedEnrollment {
    return {
      version: 1,
      step: state.step,
      systemId: state.systemId,
      otherSystem: state.otherSystem,
      issuer: state.issuer,
      account: state.account,
      owner: state.owner,
      label: state.label,
      personalEmail: state.personalEmail,
      draftId: state.draftId,
      draftVersion: state.draftVersion,
      confirmed: state.confirmed,
      deferred: state.deferred,
    }
  }

  function pristine(): boolean {
    return (
      state.step === 'court' &&
      state.draftId === null &&
      state.systemId === null &&
      !state.otherSystem &&
      state.account === '' &&
      state.owner === '' &&
      state.label === '' &&
      state.personalEmail === ''
    )
  }

  function persist(): void {
    // Before start() the stored state is not loaded yet: writing would overwrite it with defaults.
    if (!persistence || !state.started || state.completed) return
    if (pristine()) {
      if (lastPersisted !== null) persistence.clear()
      lastPersisted = null
      return
    }
    const value = persisted()
    const text = JSON.stringify(value)
    if (text === lastPersisted) return
    lastPersisted = text
    persistence.save(value)
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

  function moveTo(step: EnrollmentStep): void {
    if (step === state.step) return
    if (controller) {
      controller(step)
      return
    }
    state.step = step
    state.navigation++
  }

  function errorCode(error: unknown): string {
    return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'UNKNOWN'
  }

  function draftGone(): void {
    state.draft = null
    state.draftId = null
    state.draftVersion = null
    state.confirmed = false
    state.deferred = false
    state.notice = 'DRAFT_GONE'
    state.error = null
    const target = furthestReachable('key')
    if (target !== state.step) {
      if (controller) controller(target)
      else {
        state.step = target
        state.navigation++
      }
    }
  }

  /** After a ConflictError: take the draft's current version so that the user's retry can succeed. */
  async function reloadDraft(id: string): Promise<void> {
    if (!options.getDraft) return
    try {
      const summary = await options.getDraft(id)
      state.draft = summary
      state.draftVersion = summary.version
    } catch (error) {
      if (errorCode(error) === 'NOT_FOUND') draftGone()
    }
  }

  async function failed(error: unknown, operation: EnrollmentActivity): Promise<void> {
    const code = errorCode(error)
    if (code === 'NOT_FOUND' && state.draftId !== null && operation !== 'creating') {
      draftGone()
      return
    }
    state.error = { code, operation }
    if (code === 'CONFLICT' && state.draftId !== null) await reloadDraft(state.draftId)
  }

  function draftInput(held: HeldSecret): CredentialInput {
    const court = system()
    const owner = state.owner.trim()
    const label = state.label.trim()
    const email = state.personalEmail.trim()
    return {
      ...(court ? { systemId: court.id } : {}),
      issuer: issuerName(),
      account: state.account.trim(),
      ...(owner ? { owner } : {}),
      ...(label ? { label } : {}),
      otp: otpParams(),
      secret: held.bytes.slice(),
      ...(password ? { password } : {}),
      ...(email ? { personalEmail: email } : {}),
      status: 'pending',
    }
  }

  /** What the draft lacks of what the user entered since it was written. */
  function draftPatch(): CredentialPatch {
    const patch: CredentialPatch = {}
    const draft = state.draft
    const court = system()
    const systemId = court ? court.id : null
    const optional = (text: string) => (text.trim() === '' ? null : text.trim())
    if (!draft || (draft.systemId ?? null) !== systemId) patch.systemId = systemId
    if (!draft || draft.issuer !== issuerName()) patch.issuer = issuerName()
    if (!draft || draft.account !== state.account.trim()) patch.account = state.account.trim()
    if (!draft || (draft.owner ?? null) !== optional(state.owner)) patch.owner = optional(state.owner)
    if (!draft || (draft.label ?? null) !== optional(state.label)) patch.label = optional(state.label)
    if (!draft || (draft.personalEmail ?? null) !== optional(state.personalEmail))
      patch.personalEmail = optional(state.personalEmail)
    if (secret && secretRevision !== syncedSecretRevision) {
      patch.secret = secret.bytes.slice()
      patch.otp = otpParams()
    } else if (secret) {
      const wanted = otpParams()
      const current = draft?.otp
      if (
        !current ||
        (Object.keys(wanted) as (keyof OtpParams)[]).some((name) => wanted[name] !== current[name])
      )
        patch.otp = wanted
    }
    // The field comes back empty on every visit; only a change typed since the last write counts.
    if (passwordRevision !== syncedPasswordRevision) {
      if (password !== '') patch.password = password
      else if (draft?.hasPassword) patch.password = null
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

  /** Creates the draft, or brings it up to date. True when the draft matches what the user entered. */
  async function syncDraft(): Promise<boolean> {
    if (state.draftId === null) {
      if (!secret) return false
      state.activity = 'creating'
      state.error = null
      commit()
      try {
        markSynced(await options.createDraft(draftInput(secret)))
        state.notice = null
        return true
      } catch (error) {
        await failed(error, 'creating')
        return false
      } finally {
        state.activity = null
      }
    }
    if (state.draft === null && options.getDraft) {
      // Resumed and the summary could not be read then: compare against the stored draft, not nothing.
      await reloadDraft(state.draftId)
      if (state.draftId === null) return false
    }
    const patch = draftPatch()
    if (Object.keys(patch).length === 0) return true
    return updateDraft(patch, 'updating')
  }

  async function updateDraft(patch: CredentialPatch, operation: EnrollmentActivity): Promise<boolean> {
    const id = state.draftId
    if (id === null) return false
    state.activity = operation
    state.error = null
    commit()
    try {
      const summary = await options.updateDraft(id, patch, state.draftVersion ?? state.draft?.version ?? 1)
      markSynced(summary)
      return true
    } catch (error) {
      await failed(error, operation)
      return false
    } finally {
      state.activity = null
    }
  }

  // ---- actions ----
  function start(): Promise<void> {
    startPromise ??= (async () => {
      const saved = (() => {
        try {
          return persistence?.load() ?? null
        } catch {
          return null
        }
      })()
      state.started = true
      if (!saved) {
        commit()
        return
      }
      lastPersisted = JSON.stringify(saved)
      state.systemId = saved.systemId
      state.otherSystem = saved.otherSystem
      state.issuer = saved.issuer
      state.account = saved.account
      state.owner = saved.owner
      state.label = saved.label
      state.personalEmail = saved.personalEmail
      state.draftId = saved.draftId
      state.draftVersion = saved.draftVersion
      state.confirmed = saved.confirmed
      state.deferred = saved.deferred
      state.resumed = true
      // The key is not in memory any more: with a draft, it is in the store and the code comes from there.
      syncedSecretRevision = secretRevision
      syncedPasswordRevision = passwordRevision
      if (saved.draftId === null) {
        state.step = furthestReachable(saved.step)
        commit()
        return
      }
      state.step = furthestReachable('authenticator')
      if (!options.getDraft) {
        commit()
        return
      }
      state.activity = 'loading'
      commit()
      try {
        const summary = await options.getDraft(saved.draftId)
        state.draft = summary
        state.draftVersion = summary.version
      } catch (error) {
        await failed(error, 'loading')
      } finally {
        state.activity = null
      }
      commit()
    })()
    return startPromise
  }

  function revalidateShown(fields: readonly EnrollmentField[]): void {
    for (const field of fields) {
      if (!state.fieldErrors[field]) continue
      const error = validateField(field)
      const next = { ...state.fieldErrors }
      if (error) next[field] = error
      else delete next[field]
      state.fieldErrors = next
    }
  }

  function selectCourt(systemId: string | null): void {
    if (state.completed) return
    state.systemId = systemId
    if (systemId !== null) state.otherSystem = false
    revalidateShown(['court', 'issuer', 'personalEmail'])
    commit()
  }

  function setOtherSystem(enabled: boolean): void {
    if (state.completed) return
    state.otherSystem = enabled
    if (enabled) state.systemId = null
    const next = { ...state.fieldErrors }
    delete next.court
    delete next.issuer
    state.fieldErrors = next
    revalidateShown(['personalEmail'])
    commit()
  }

  function setFields(values: Partial<Omit<EnrollmentValues, 'systemId' | 'otherSystem'>>): void {
    if (state.completed) return
    const touched: EnrollmentField[] = []
    if (values.issuer !== undefined) {
      state.issuer = values.issuer
      touched.push('issuer')
    }
    if (values.account !== undefined) {
      state.account = values.account
      touched.push('account')
    }
    if (values.owner !== undefined) state.owner = values.owner
    if (values.label !== undefined) state.label = values.label
    if (values.personalEmail !== undefined) {
      state.personalEmail = values.personalEmail
      touched.push('personalEmail')
    }
    revalidateShown(touched)
    commit()
  }

  function setPassword(value: string): void {
    if (state.completed) return
    password = value
    passwordRevision++
    commit()
  }

  function setSecret(entered: EnteredSecret | null): void {
    if (state.completed) return
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
    revalidateShown(['secret'])
    commit()
  }

  function setConfirmed(confirmed: boolean): void {
    if (state.completed) return
    state.confirmed = confirmed
    if (confirmed) state.deferred = false
    revalidateShown(['confirmed'])
    commit()
  }

  async function next(): Promise<boolean> {
    if (state.activity !== null || state.completed) return false
    const step = state.step
    const errors = stepErrors(step)
    state.fieldErrors = errors
    if (Object.keys(errors).length > 0) {
      commit()
      return false
    }
    switch (step) {
      case 'court':
        moveTo('credential')
        break
      case 'credential':
        moveTo('key')
        break
      case 'key': {
        const ok = await syncDraft()
        if (!ok) {
          commit()
          return false
        }
        moveTo('authenticator')
        break
      }
      case 'authenticator':
        state.deferred = false
        moveTo('done')
        break
      case 'done':
        return (await save()) !== null
    }
    commit()
    return true
  }

  function back(): void {
    if (state.activity !== null || state.completed) return
    const index = ENROLLMENT_STEPS.indexOf(state.step)
    if (index <= 0) return
    state.fieldErrors = {}
    state.error = null
    moveTo(ENROLLMENT_STEPS[index - 1]!)
    commit()
  }

  function goTo(step: EnrollmentStep): boolean {
    if (state.activity !== null || state.completed || !reachable(step)) return false
    state.fieldErrors = {}
    moveTo(step)
    commit()
    return true
  }

  function showStep(step: EnrollmentStep): boolean {
    if (step === state.step) return true
    if (!reachable(step)) return false
    state.step = step
    state.fieldErrors = {}
    state.navigation++
    commit()
    return true
  }

  function validateLater(): void {
    if (state.activity !== null || state.completed || state.draftId === null) return
    state.confirmed = false
    state.deferred = true
    state.fieldErrors = {}
    moveTo('done')
    commit()
  }

  async function save(
    saveOptions: { status?: 'validated' | 'pending' } = {},
  ): Promise<CredentialSummary | null> {
    if (state.activity !== null || state.completed) return null
    if (state.draftId === null) {
      // Nothing stored yet: the key step creates the draft first.
      state.fieldErrors = stepErrors('key')
      commit()
      return null
    }
    const status = saveOptions.status ?? (state.confirmed ? 'validated' : 'pending')
    if (status === 'pending' && !state.confirmed) state.deferred = true
    const patch = draftPatch()
    if (status === 'validated') patch.status = 'validated'
    else if (!state.draft || state.draft.status !== 'pending') patch.status = 'pending'
    let summary: CredentialSummary | null = state.draft
    if (Object.keys(patch).length > 0 || !summary) {
      const ok = await updateDraft(patch, 'saving')
      if (!ok) {
        commit()
        return null
      }
      summary = state.draft
    }
    if (!summary) return null
    state.completed = summary
    state.fieldErrors = {}
    state.error = null
    // The heading becomes "Credencial 2FA cadastrada" and the buttons go: focus follows, as on a step change.
    state.step = 'done'
    state.navigation++
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
    if (id !== null) {
      state.activity = 'removing'
      state.error = null
      commit()
      try {
        await options.removeDraft(id)
      } catch (error) {
        if (errorCode(error) !== 'NOT_FOUND') {
          state.activity = null
          state.error = { code: errorCode(error), operation: 'removing' }
          commit()
          return false
        }
      }
    }
    clearAll()
    options.onCancel?.()
    return true
  }

  function clearAll(): void {
    wipeSecret()
    secretRevision++
    password = ''
    passwordRevision = 0
    syncedPasswordRevision = 0
    syncedSecretRevision = 0
    clearPersisted()
    const navigation = state.navigation + 1
    state = { ...initialState(), started: true, navigation }
    commit()
  }

  function reset(): void {
    if (state.activity !== null) return
    clearAll()
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
