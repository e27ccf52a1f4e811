/**
 * "Tribunais": which court systems demand the second factor, since when, and where each fact comes from
 * (the registry keeps a source, a confidence and a check date per fact, because courts change their rules
 * within months). The sandbox court is there too, added to the registry with `extend`. Search and a 2FA
 * status filter narrow the table.
 *
 * @example
 * <CourtsPage />   // under <A2FProvider registry={demoRegistry}>
 */
import type { CourtSystem, TwoFactorStatus } from '@a2f/core'
import { formatFactDate, statusProvenance, useA2F, useMessages } from '@a2f/react'
import { useDeferredValue, useId, useMemo, useState } from 'react'
import { PageHeader } from '../ui/page-header.js'
import { courtRows, type StatusFilter } from './court-rows.js'
import { isSandboxSystem } from './sandbox-court-system.js'

const STATUSES: readonly TwoFactorStatus[] = ['mandatory', 'optional', 'unknown', 'unavailable']

export function CourtsPage() {
  const { registry, locale } = useA2F()
  const { courtPicker: text, common } = useMessages()
  const [search, setSearch] = useState('')
  const [status, setStatus] = useState<StatusFilter>('all')
  const deferredSearch = useDeferredValue(search)
  const rows = useMemo(
    () => courtRows(registry, { text: deferredSearch, status }),
    [registry, deferredSearch, status],
  )
  const searchId = useId()
  const statusId = useId()
  const countId = useId()
  const date = (value: string) => formatFactDate(value, locale)

  const source = (system: CourtSystem) => {
    const fact = statusProvenance(system) ?? system.provenance[0]
    if (!fact) return '—'
    return (
      <>
        <span className="court-source">{fact.source}</span>
        <span className="court-checked">
          {text.checkedAt(date(fact.checkedAt))} · {text.confidence[fact.confidence]}
        </span>
      </>
    )
  }

  return (
    <>
      <PageHeader title="Tribunais">
        Quais sistemas de tribunais exigem autenticação em dois fatores, desde quando e de onde vem cada
        informação. As regras mudam: confira a data em que cada fato foi verificado.
      </PageHeader>
      <div role="search" className="toolbar" aria-label="Filtrar tribunais">
        <div className="field">
          <label htmlFor={searchId}>Buscar tribunal</label>
          <input
            id={searchId}
            type="search"
            value={search}
            placeholder="Ex.: TRF4, Paraná, PJe, sandbox"
            autoComplete="off"
            aria-describedby={countId}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={statusId}>Situação do 2FA</label>
          <select
            id={statusId}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as StatusFilter)}
          >
            <option value="all">Todas</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {common.twoFactorStatus[value]}
              </option>
            ))}
          </select>
        </div>
        <p id={countId} className="toolbar-count" role="status">
          {rows.length === 1 ? '1 sistema' : `${rows.length} sistemas`}
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="empty">Nenhum sistema de tribunal encontrado com esses filtros.</p>
      ) : (
        <div className="table-scroll">
          <table className="court-table">
            <caption className="visually-hidden">
              Sistemas de tribunais e a autenticação em dois fatores
            </caption>
            <thead>
              <tr>
                <th scope="col">Tribunal</th>
                <th scope="col">Sistema</th>
                <th scope="col">Grau</th>
                <th scope="col">2FA</th>
                <th scope="col">Desde</th>
                <th scope="col">Fonte</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((system) => (
                <tr key={system.id} data-system-id={system.id}>
                  <th scope="row">
                    <span className="court-acronym">{system.court.acronym}</span>
                    {isSandboxSystem(system.id) && <span className="tag">local</span>}
                    <span className="court-name">{system.court.name}</span>
                  </th>
                  <td>{text.systemNames[system.system]}</td>
                  <td>{text.degrees[system.degree]}</td>
                  <td>
                    <span className="a2f-badge" data-status={system.twoFactor.status}>
                      {common.twoFactorStatus[system.twoFactor.status]}
                    </span>
                    {system.twoFactor.method !== 'totp' && (
                      <span className="court-method">
                        {system.twoFactor.method === 'email-code' ? text.emailCode : 'gov.br'}
                      </span>
                    )}
                  </td>
                  <td>{system.twoFactor.since ? date(system.twoFactor.since) : '—'}</td>
                  <td className="court-provenance">{source(system)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
