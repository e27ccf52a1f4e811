/**
 * The enrolment machine in React: created once per component, wired to the provider's store, read
 * through `useSyncExternalStore`. Hosts that draw their own screens use it alone; `<EnrollmentWizard
 * enrollment={…}>` takes it to let the host drive the default screens (headless control).
 *
 * The key never enters React state: the snapshot only says `hasSecret`. Once the key step is passed the
 * key is in the store, sealed, as a pending draft, and its codes come from there
 * (`<CodeCountdown credentialId={state.draftId}>`): the same codes the grid shows, computed where the
 * keys are (the server, for an HTTP store).
 *
 * Store writes go straight to the store (not through React Query mutations, whose cache would keep the
 * variables — the key bytes and the password); the lists and the summary are refreshed afterwards, so
 * grids on the page show the pending draft at once.
 *
 * @example
 * const enrollment = useEnrollment({ onComplete: (credential) => navigate(`/credenciais/${credential.id}`) })
 * const { state, next, back } = enrollment
 * return state.step === 'authenticator' && state.draftId ? <CodeCountdown credentialId={state.draftId} /> : …
 */
import type { CredentialSummary } from '@a2f/storage'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { credentialKeys } from '../data/query-keys.js'
import { useA2F } from '../provider/a2f-context.js'
import {
  createEnrollment,
  type Enrollment,
  type EnrollmentActions,
  type EnrollmentDefaults,
  type EnrollmentPersistence,
  type EnrollmentSnapshot,
  type EnrollmentStep,
} from './enrollment-machine.js'

export interface UseEnrollmentOptions {
  /** Initial values: the court, the lawyer's login, name and e-mail. Read once. */
  defaultValues?: EnrollmentDefaults
  /** The first step, if its prerequisites are met (e.g. 'credential' with `defaultValues.systemId`). Read once. */
  defaultStep?: EnrollmentStep
  /**
   * Where the resumable state goes (non-secret fields only). Default: `sessionStorage` under
   * `a2f:enrollment:<tenant>`. `false`: nothing survives a reload. Read once.
   */
  persistence?: EnrollmentPersistence | false
  /** Called once the credential is saved (validated, or pending when validation was left for later). */
  onComplete?: (credential: CredentialSummary) => void
  /** Called after `cancel()` removed the draft. */
  onCancel?: () => void
}

export interface UseEnrollmentResult extends EnrollmentActions {
  /** The current snapshot (immutable, no secrets). */
  state: EnrollmentSnapshot
  /** The machine itself, for advanced uses (`revealSecret`, the step controller). */
  machine: Enrollment
}

export function useEnrollment(options: UseEnrollmentOptions = {}): UseEnrollmentResult {
  const { store, registry } = useA2F()
  const client = useQueryClient()
  // Latest values for callbacks of a machine that is created once.
  const latest = useRef({ store, client, options })
  latest.current = { store, client, options }

  const [machine] = useState(() => {
    const refresh = (summary?: CredentialSummary) => {
      const { store: current, client: queryClient } = latest.current
      if (summary) queryClient.setQueryData(credentialKeys.detail(current.tenant, summary.id), summary)
      void queryClient.invalidateQueries({ queryKey: credentialKeys.lists(current.tenant) })
    }
    return createEnrollment({
      // defaultValues, defaultStep, persistence; the callbacks are replaced below by the latest ones.
      ...options,
      registry,
      tenant: store.tenant,
      async createDraft(input) {
        const created = await latest.current.store.create(input)
        refresh(created)
        return created
      },
      async updateDraft(id, patch, expectedVersion) {
        try {
          const updated = await latest.current.store.update(id, patch, { expectedVersion })
          refresh(updated)
          return updated
        } catch (error) {
          refresh() // a conflict: show what won
          throw error
        }
      },
      async removeDraft(id) {
        const { store: current, client: queryClient } = latest.current
        await current.remove(id)
        queryClient.removeQueries({ queryKey: credentialKeys.detail(current.tenant, id) })
        refresh()
      },
      getDraft: (id) => latest.current.store.getSummary(id),
      onComplete: (credential) => latest.current.options.onComplete?.(credential),
      onCancel: () => latest.current.options.onCancel?.(),
    })
  })

  // Persistence is read after mount, so server and client render the same first screen.
  useEffect(() => {
    void machine.start()
  }, [machine])

  const state = useSyncExternalStore(machine.subscribe, machine.getSnapshot, machine.getSnapshot)

  // The machine's methods are bound: its actions are spread as they are.
  return useMemo(() => ({ ...machine, state, machine }), [state, machine])
}
