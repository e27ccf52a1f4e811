/**
 * The enrolment of a court authenticator, as Legal One's "Credencial 2FA" (seed 000) with the court
 * screens of eproc (seeds 001 and 003): Tribunal → Credencial → Chave de autenticação → Autenticador →
 * Conclusão. The lawyer picks the court, fills in the login and personal e-mail, pastes the key the
 * court shows, types the live code back at the court, ticks "Confirmei o código no site do tribunal" and
 * concludes; the credential is then in the store, validated (or pending, to validate later).
 *
 * Leaving the key step creates the credential as a pending draft, so a reload loses nothing: the
 * wizard comes back at the code (read from the store) and the lawyer goes on.
 *
 * Accessible by design: a step indicator with `aria-current="step"`, each step a form (Enter moves on),
 * its heading focused on every step change, labelled fields with errors tied by `aria-describedby`.
 *
 * Headless control: `useEnrollment()` in the host, passed as `enrollment`. Controlled step: `step` +
 * `onStepChange`. Slots: `renderStep` replaces any step's body (the default body comes in the context).
 *
 * @example
 * <EnrollmentWizard
 *   defaultValues={{ owner: 'Ana Beatriz Souza' }}
 *   onComplete={(credential) => navigate(`/credenciais/${credential.id}`)}
 *   onCancel={() => navigate('/credenciais')}
 * />
 */
import type { CredentialSummary } from '@a2f/storage'
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react'
import { useWizardMessages } from './messages.js'
import { cx } from '../util/class-names.js'
import { lazyPart } from '../util/lazy-part.js'
import { useCommonMessages } from '../i18n/common-messages.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { AuthenticatorStep } from './authenticator-step.js'
import { CourtStep } from './court-step.js'
import { CredentialStep } from './credential-step.js'
import { DoneStep } from './done-step.js'
import type {
  EnrollmentDefaults,
  EnrollmentField,
  EnrollmentPersistence,
  EnrollmentStep,
} from './enrollment-machine.js'
import { ENROLLMENT_STEPS } from './enrollment-machine.js'
import { EnrollmentStepIndicator } from './enrollment-step-indicator.js'
import type { QrDecoder } from '../secret-input/qr-decoder.js'
import type { StepBodyProps } from './step-body-props.js'
import { useEnrollment, type UseEnrollmentResult } from './use-enrollment.js'

/** What a `renderStep` slot receives: the enrolment (state and actions) and the default body. */
export interface EnrollmentStepContext extends UseEnrollmentResult {
  /** The step being rendered. */
  step: EnrollmentStep
  /** The body the wizard would render: wrap it, or ignore it. */
  defaultContent: ReactNode
  /** The prefix of the wizard's element ids (`${idBase}-account`, …). */
  idBase: string
}

export interface EnrollmentWizardProps {
  /** Called with the saved credential (validated, or pending when validation was left for later). */
  onComplete?: (credential: CredentialSummary) => void
  /** Called after "Cancelar" removed the pending draft. */
  onCancel?: () => void
  /**
   * An enrolment the host created with `useEnrollment()` (headless control). When given,
   * `defaultValues`, `defaultStep` and `persistence` are the hook's business and ignored here; the hook's
   * own `onComplete`/`onCancel` run as well as this component's.
   */
  enrollment?: UseEnrollmentResult
  /** The step to show (controlled). Steps whose prerequisites are not met are not shown. */
  step?: EnrollmentStep
  /** The first step (uncontrolled), if its prerequisites are met. Default 'court'. */
  defaultStep?: EnrollmentStep
  /** Called when the wizard moves (or, controlled, wants to move) to another step. */
  onStepChange?: (step: EnrollmentStep) => void
  /** Values to start with: the court the host knows, the lawyer's login, name and e-mail. */
  defaultValues?: EnrollmentDefaults
  /**
   * Where the resumable state goes (non-secret fields). Default: `sessionStorage` under
   * `a2f:enrollment:<tenant>`. `false`: a reload starts over (a pending draft stays in the store).
   */
  persistence?: EnrollmentPersistence | false
  /** Replaces the body of any step; the heading, errors and buttons stay. */
  renderStep?: Partial<Record<EnrollmentStep, (context: EnrollmentStepContext) => ReactNode>>
  /**
   * Reads the court's QR code from a screenshot in the key step (see `SecretInput`). Default: zxing-wasm,
   * loaded on the first image, its .wasm next to the bundle. Pass `createZxingQrDecoder({ wasmUrl })`
   * when your bundler cannot serve that file (CommonJS builds, pre-bundled dev servers).
   */
  qrDecoder?: QrDecoder
  /** Added after the stable `a2f-enrollment` class. */
  className?: string
}

export function EnrollmentWizard(props: EnrollmentWizardProps) {
  if (props.enrollment) return <WizardView {...props} enrollment={props.enrollment} />
  return <OwnWizard {...props} />
}

/** The wizard creating its own enrolment. Completion and cancellation are reported by the view. */
function OwnWizard(props: EnrollmentWizardProps) {
  // defaultValues, defaultStep and persistence go to the hook; the callbacks stay with the view.
  const { onComplete: _onComplete, onCancel: _onCancel, ...options } = props
  const enrollment = useEnrollment(options)
  return <WizardView {...props} enrollment={enrollment} />
}

// The key step carries the whole key reader (otpauth links, Google exports, QR screenshots): it arrives as
// its own chunk, asked for as soon as the wizard mounts, so the first step renders without it.
const keyStep = /* @__PURE__ */ lazyPart(() => import('./key-step.js').then((module) => module.KeyStep))

function KeyStep(props: StepBodyProps) {
  const common = useCommonMessages()
  return (
    <keyStep.Part
      {...props}
      fallback={
        <p className="a2f-enrollment-loading" role="status">
          {common.loading}
        </p>
      }
    />
  )
}

const BODIES: Record<EnrollmentStep, (props: StepBodyProps) => ReactNode> = {
  court: CourtStep,
  credential: CredentialStep,
  key: KeyStep,
  authenticator: AuthenticatorStep,
  done: DoneStep,
}

/**
 * Where focus goes when a field stops the user: the first invalid field of the step, in this order, by
 * its element id's suffix (the court picker has no id of ours: its input is found by class).
 */
const FIELD_IDS: Record<EnrollmentField, string | null> = {
  court: null,
  issuer: 'issuer',
  account: 'account',
  personalEmail: 'email',
  secret: 'secret',
  confirmed: 'confirmed',
}

function WizardView(props: EnrollmentWizardProps & { enrollment: UseEnrollmentResult }) {
  const { enrollment, renderStep, className } = props
  const { state, machine } = enrollment
  const messages = useWizardMessages()
  const m = messages.enrollment
  const errorMessage = useErrorMessage()
  const idBase = useId()
  const headingId = `${idBase}-heading`
  const formRef = useRef<HTMLFormElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  // The key step's chunk, while the user is still choosing a court.
  useEffect(() => void keyStep.preload().catch(() => undefined), [])

  // Latest callbacks, so effects and the step controller never call stale ones.
  const callbacks = useRef(props)
  callbacks.current = props

  // Controlled step: the machine asks the host instead of moving, and shows what the host decides.
  const controlled = props.step !== undefined
  useEffect(() => {
    if (!controlled) return
    machine.setStepController((step) => {
      callbacks.current.onStepChange?.(step)
      // A host that already asked for this step (refused then: a key not stored yet) sets nothing new,
      // so no render would bring it: show it now.
      if (callbacks.current.step === step) machine.showStep(step)
    })
    return () => machine.setStepController(null)
  }, [controlled, machine])
  const wanted = props.step
  const wantedReachable = wanted !== undefined && state.reachable[wanted]
  useEffect(() => {
    if (wanted !== undefined && wantedReachable) machine.showStep(wanted)
  }, [wanted, wantedReachable, machine])

  // Uncontrolled, or moved by the machine itself (a restored enrolment): tell the host.
  const reportedStep = useRef(state.step)
  useEffect(() => {
    if (state.step === reportedStep.current) return
    reportedStep.current = state.step
    if (state.step !== callbacks.current.step) callbacks.current.onStepChange?.(state.step)
  }, [state.step])

  // Every step change moves focus to the new step's heading, for screen reader and keyboard users.
  const navigation = useRef(state.navigation)
  useEffect(() => {
    if (state.navigation === navigation.current) return
    navigation.current = state.navigation
    headingRef.current?.focus()
  }, [state.navigation])

  const focusFirstInvalid = () => {
    const errors = machine.getSnapshot().fieldErrors
    const field = (Object.keys(FIELD_IDS) as EnrollmentField[]).find((name) => errors[name])
    const form = formRef.current
    if (!field || !form) return
    // The key step's account choice stops it under the key field's name: focus goes to the choice.
    const id = errors[field]?.code === 'ACCOUNT_MISMATCH' ? 'account-choice' : FIELD_IDS[field]
    const target = id
      ? form.ownerDocument.getElementById(`${idBase}-${id}`)
      : form.querySelector<HTMLElement>('.a2f-court-picker input')
    target?.focus()
  }

  const finish = async () => {
    const saved = await enrollment.save()
    if (saved) callbacks.current.onComplete?.(saved)
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (state.busy || state.completed) return
    if (state.step === 'done') {
      void finish()
      return
    }
    void enrollment.next().then((moved) => {
      if (!moved) focusFirstInvalid()
    })
  }

  const onCancel = async () => {
    if (state.busy) return
    const cancelled = await enrollment.cancel()
    if (cancelled) callbacks.current.onCancel?.()
  }

  const step = state.step
  const Body = BODIES[step]
  const defaultContent = (
    <Body
      enrollment={enrollment}
      idBase={idBase}
      {...(props.qrDecoder ? { qrDecoder: props.qrDecoder } : {})}
    />
  )
  const slot = renderStep?.[step]
  const body = slot ? slot({ ...enrollment, step, defaultContent, idBase }) : defaultContent
  const heading = state.completed ? m.done.completedHeading : m[step].heading
  const { position } = state
  const canGoBack = position > 1 && !state.completed
  const showNext = !state.completed && !(step === 'court' && state.keyless !== null)
  /** A button of the action bar (`a2f-enrollment-${name}`); without `onClick`, the primary submit. */
  const action = (name: string, label: string, onClick?: () => void) => (
    <button
      type={onClick ? 'button' : 'submit'}
      className={`a2f-button a2f-enrollment-${name}`}
      data-variant={onClick ? undefined : 'primary'}
      aria-disabled={state.busy || undefined}
      onClick={onClick}
    >
      {label}
    </button>
  )

  return (
    <section
      className={cx('a2f-enrollment', className)}
      aria-labelledby={`${idBase}-title`}
      data-step={step}
      data-state={state.completed ? 'completed' : state.busy ? 'busy' : 'idle'}
    >
      <h2 id={`${idBase}-title`} className="a2f-enrollment-title">
        {m.title}
      </h2>
      <EnrollmentStepIndicator step={step} completed={state.completed !== null} />
      <form
        ref={formRef}
        className="a2f-enrollment-form"
        aria-labelledby={headingId}
        aria-busy={state.busy}
        noValidate
        onSubmit={onSubmit}
      >
        <h3 id={headingId} ref={headingRef} className="a2f-enrollment-heading" tabIndex={-1}>
          <span className="a2f-enrollment-position">{m.stepOf(position, ENROLLMENT_STEPS.length)}</span>{' '}
          <span className="a2f-enrollment-heading-text">{heading}</span>
        </h3>
        {state.error && (
          <div className="a2f-enrollment-error" role="alert" data-code={state.error.code}>
            {errorMessage(state.error)}
          </div>
        )}
        <div className="a2f-enrollment-body">{body}</div>
        {!state.completed && (
          <div className="a2f-enrollment-actions">
            {canGoBack && action('back', m.actions.back, enrollment.back)}
            {action('cancel', m.actions.cancel, onCancel)}
            <span className="a2f-enrollment-actions-spacer" />
            {state.busy && state.activity && (
              <span className="a2f-enrollment-busy">{m.busy[state.activity]}</span>
            )}
            {step === 'authenticator' && action('later', m.actions.validateLater, enrollment.validateLater)}
            {showNext && action('next', step === 'done' ? m.actions.finish : m.actions.next)}
          </div>
        )}
      </form>
    </section>
  )
}
