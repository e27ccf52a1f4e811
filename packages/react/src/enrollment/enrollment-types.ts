/**
 * The enrolment machine's public shapes: the options a host gives (`EnrollmentOptions`, the store calls
 * of `EnrollmentDraftApi`), the immutable snapshot it renders (`EnrollmentSnapshot`, never a secret) and
 * the actions it calls (`EnrollmentActions`). `createEnrollment` (enrollment-machine.ts) implements them.
 *
 * @example
 * const render = (state: EnrollmentSnapshot) => `${state.position}/5 ${state.step}`
 */
import type { CourtRegistry, CourtSystem } from '@a2f/core'
import type { CredentialInput, CredentialPatch, CredentialSummary } from '@a2f/storage'
import type { EnteredSecret, SecretSource } from '../secret-input/entered-secret.js'
import type { SecretEntry } from '../secret-input/secret-entry.js'
import type { EnrollmentPersistence } from './enrollment-persistence.js'
import type { EnrollmentStep } from './enrollment-steps.js'
import type {
  EnrollmentAccountChoice,
  EnrollmentField,
  EnrollmentFieldError,
  EnrollmentKeylessMethod,
} from './enrollment-validation.js'
import type { EnrollmentDefaults, EnrollmentValues } from './enrollment-values.js'

/** What the machine is waiting for. */
export type EnrollmentActivity = 'creating' | 'updating' | 'saving' | 'removing' | 'loading'

/** A store failure, by its stable code ('UNAVAILABLE', 'CONFLICT', 'LOCKED'…), and what was being done. */
export interface EnrollmentError {
  code: string
  operation: EnrollmentActivity
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
