/**
 * The enrolment of a court authenticator ("Credencial 2FA", seed 000) as a framework-free state machine:
 * court → credential → key → authenticator → done. React (`useEnrollment`), another framework or a test
 * drives it through its actions and reads immutable snapshots, as with Zag's machines or TanStack's
 * core objects.
 *
 * This file holds the machine's life (its state, store calls, snapshots and actions); each rule it follows
 * lives in a file of its own: the steps (enrollment-steps.ts), what stops a field
 * (enrollment-validation.ts), what survives a reload (enrollment-persistence.ts) and the draft's
 * patches (enrollment-draft-sync.ts). Their names are re-exported here, where they were first published.
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
import type { CourtSystem, OtpParams } from '@a2f/core'
import type { CredentialPatch, CredentialSummary } from '@a2f/storage'
import type { EnteredSecret } from '../secret-input/entered-secret.js'
import { EMPTY_SECRET_ENTRY, type SecretEntry } from '../secret-input/secret-entry.js'
import { errorCode } from '../util/error-code.js'
import { draftFields, draftInput, draftPatch, type HeldSecret } from './enrollment-draft-sync.js'
import {
  createSessionPersistence,
  enrollmentStorageKey,
  PERSISTED_FIELDS,
  type PersistedEnrollment,
} from './enrollment-persistence.js'
import {
  ENROLLMENT_STEPS,
  FIELDS_BY_STEP,
  furthestReachable as nearestReachable,
  isStepReachable,
  type EnrollmentStep,
} from './enrollment-steps.js'
import type {
  Enrollment,
  EnrollmentActivity,
  EnrollmentError,
  EnrollmentOptions,
  EnrollmentSnapshot,
} from './enrollment-types.js'
import {
  enrollmentErrors,
  hasKeys,
  keylessMethod,
  pendingAccountChoice as pendingChoiceOf,
  personalEmailRequired,
  refusedEmailSuffixes,
  sameLogin,
  shownAccountChoice as shownChoiceOf,
  type EnrollmentAccountChoice,
  type EnrollmentField,
  type EnrollmentFieldError,
  type FieldErrors,
} from './enrollment-validation.js'
import { EMPTY_VALUES, TEXT_FIELDS, type EnrollmentValues } from './enrollment-values.js'

export { ENROLLMENT_STEPS } from './enrollment-steps.js'
export type { EnrollmentStep } from './enrollment-steps.js'
export type {
  EnrollmentAccountChoice,
  EnrollmentField,
  EnrollmentFieldError,
  EnrollmentKeylessMethod,
} from './enrollment-validation.js'
export type { EnrollmentDefaults, EnrollmentValues } from './enrollment-values.js'
export { createSessionPersistence, enrollmentStorageKey, readPersisted } from './enrollment-persistence.js'
export type { EnrollmentPersistence, PersistedEnrollment } from './enrollment-persistence.js'
export type {
  Enrollment,
  EnrollmentActions,
  EnrollmentActivity,
  EnrollmentDraftApi,
  EnrollmentError,
  EnrollmentOptions,
  EnrollmentSnapshot,
} from './enrollment-types.js'

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

  function issuerName(): string {
    if (state.otherSystem) return state.issuer.trim()
    return system()?.court.acronym ?? ''
  }

  function otpParams(): Partial<OtpParams> {
    return { ...system()?.twoFactor.totp, ...secret?.params }
  }

  function shownAccountChoice(): EnrollmentAccountChoice | null {
    return shownChoiceOf(state.accountChoice, state.account)
  }

  /** The errors of `fields` as they stand now (the valid ones left out). */
  function errorsOf(fields: readonly EnrollmentField[]): FieldErrors {
    return enrollmentErrors(fields, {
      values: state,
      court: system(),
      secretEntry: state.secretEntry,
      keyKept: secret !== null || state.draftId !== null,
      pendingChoice: pendingChoiceOf(state.accountChoice, state.account),
      confirmed: state.confirmed,
    })
  }

  function stepValid(step: EnrollmentStep): boolean {
    return !hasKeys(errorsOf(FIELDS_BY_STEP[step]))
  }

  function reachable(step: EnrollmentStep): boolean {
    return isStepReachable(step, {
      courtValid: stepValid('court'),
      credentialValid: stepValid('credential'),
      hasDraft: state.draftId !== null,
      confirmedOrDeferred: state.confirmed || state.deferred,
    })
  }

  function furthestReachable(wanted: EnrollmentStep): EnrollmentStep {
    return nearestReachable(wanted, reachable)
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
      keyless: keylessMethod(court),
      personalEmailRequired: personalEmailRequired(court),
      refusedEmailSuffixes: Object.freeze([...refusedEmailSuffixes(court)]),
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

  function currentDraftFields() {
    return draftFields({ ...state, systemId: system()?.id ?? null, issuerName: issuerName() })
  }

  function currentDraftPatch(): CredentialPatch {
    return draftPatch({
      fields: currentDraftFields(),
      draft: state.draft,
      otp: otpParams(),
      secret,
      secretChanged: secretRevision !== syncedSecretRevision,
      password,
      passwordChanged: passwordRevision !== syncedPasswordRevision,
    })
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
          markSynced(await options.createDraft(draftInput(held, currentDraftFields(), otpParams(), password)))
          state.notice = null
        })
      )
    }
    if (state.draft === null) {
      // Resumed and the summary could not be read then: compare against the stored draft, not nothing.
      await reloadDraft(id)
      if (state.draftId === null) return false
    }
    const patch = currentDraftPatch()
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

  /**
   * Whether leaving the key step for `step` would leave something behind: forwards, only as next() would
   * pass it (a new key is stored first, an entry not taken stops). Shows the key field's errors if so.
   */
  function keyStepHolds(step: EnrollmentStep): boolean {
    const forward = ENROLLMENT_STEPS.indexOf(step) > ENROLLMENT_STEPS.indexOf(state.step)
    if (state.step !== 'key' || !forward) return false
    state.fieldErrors = errorsOf(FIELDS_BY_STEP.key)
    if (hasKeys(state.fieldErrors) || (secret !== null && secretRevision !== syncedSecretRevision)) {
      commit()
      return true
    }
    return false
  }

  function goTo(step: EnrollmentStep): boolean {
    if (!idle() || !reachable(step) || keyStepHolds(step)) return false
    leaveFor(step)
    return true
  }

  // The host's choice (controlled step) goes around the controller, not around the key step's guard: a
  // host's own stepper must not drop a key typed in and not stored yet.
  function showStep(step: EnrollmentStep): boolean {
    if (step === state.step) return true
    if (!reachable(step) || keyStepHolds(step)) return false
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
    const patch = currentDraftPatch()
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
