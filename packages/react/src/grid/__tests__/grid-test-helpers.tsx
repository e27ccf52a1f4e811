/**
 * Helpers of the grid tests: a store wrapper that changes one behaviour (a slow update, a list that never
 * answers, a change the grid is not told about), and queries for the grid's rows.
 */
import type { CredentialStore } from '@a2f/storage'
import { screen, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'

/** `store` with some methods replaced; every other call goes to `store`. */
export function wrapStore(store: CredentialStore, overrides: Partial<CredentialStore>): CredentialStore {
  return {
    tenant: store.tenant,
    list: (query) => store.list(query),
    getSummary: (id) => store.getSummary(id),
    get: (id) => store.get(id),
    create: (input) => store.create(input),
    createMany: (inputs, options) => store.createMany(inputs, options),
    update: (id, patch, options) => store.update(id, patch, options),
    remove: (id, options) => store.remove(id, options),
    codes: (query) => store.codes(query),
    claimCode: (id, options) => store.claimCode(id, options),
    inspect: () => store.inspect(),
    history: (query) => store.history(query),
    subscribe: (listener) => store.subscribe(listener),
    ...overrides,
  }
}

/** A promise with its resolve and reject, to hold a store call until the test lets it go. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

/** The credential rows rendered now (not the header, group headers or skeletons). */
export function credentialRows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.a2f-grid-row[data-id]')]
}

/** The rendered row whose login cell reads `account` (and whose court starts with `court`, if given). */
export function rowOf(account: string, court?: string): HTMLElement {
  const row = credentialRows().find(
    (candidate) =>
      candidate.querySelector('[data-column="login"] .a2f-grid-login')?.textContent === account &&
      (court === undefined || candidate.querySelector('.a2f-grid-court')?.textContent === court),
  )
  if (!row) throw new Error(`no row for ${account}; rows: ${credentialRows().map(cellTexts).join(' | ')}`)
  return row
}

export function cell(row: HTMLElement, column: string): HTMLElement {
  const found = row.querySelector<HTMLElement>(`[data-column="${column}"]`)
  if (!found) throw new Error(`no ${column} cell`)
  return found
}

export function cellTexts(row: HTMLElement): string {
  return [...row.querySelectorAll('[role="cell"]')].map((node) => node.textContent).join(' / ')
}

/** Logins of the rendered rows, in DOM order (rows are placed by transform, DOM order is row order). */
export function logins(): string[] {
  return credentialRows().map((row) => row.querySelector('.a2f-grid-login')?.textContent ?? '')
}

/** Waits until the grid listed its credentials and every rendered row shows a code. */
export async function waitForGrid(): Promise<HTMLElement> {
  await waitFor(() => expect(credentialRows().length).toBeGreaterThan(0))
  await waitFor(() => {
    for (const row of credentialRows()) expect(row.querySelector('.a2f-grid-code-value')).not.toBeNull()
  })
  return screen.getByRole('table', { name: 'Credenciais 2FA' })
}

export function menuButtonOf(name: string): HTMLElement {
  return screen.getByRole('button', { name: `Ações de ${name}` })
}

export function badgeOf(row: HTMLElement): string {
  return within(cell(row, 'status')).getByText(/Validada|Pendente/).textContent ?? ''
}
