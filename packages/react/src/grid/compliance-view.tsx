/**
 * The compliance view: every court where an authenticator app is mandatory (one row per authenticator
 * group: "TRF4 · JFRS · JFSC · JFPR", since 22/04/2024), and for each owner whether a credential is
 * validated, pending confirmation at the court, or missing — missing and pending first, with the count on
 * top ("5 tribunais obrigatórios sem autenticador validado"). Owners come from the credentials; when none
 * names an owner there is one "Escritório" column. It is a plain table: a few dozen rows at most.
 *
 * Also the "Conformidade" tab of `CredentialGrid`.
 *
 * @example
 * <ComplianceView />
 * <ComplianceView owners={['Ana Beatriz Souza', 'Carlos Eduardo Lima']} />
 */
import type { CredentialQuery } from '@a2f/storage'
import { useId, useMemo } from 'react'
import { useCredentials } from '../data/use-credentials.js'
import { useA2F } from '../provider/a2f-context.js'
import { useCourtRegistry } from '../provider/use-court-registry.js'
import { useGridMessages } from './messages.js'
import { cx } from '../util/class-names.js'
import { computeCompliance } from './compliance.js'
import { formatDate, formatSince } from './format-date.js'
import { LoadError } from './load-error.js'
import { useCollator } from './use-collator.js'

export interface ComplianceViewProps {
  /** The owner columns. Default: the owners named by the credentials (a single office column if none). */
  owners?: string[]
  /** Server-side filter of the credentials considered (passed to `useCredentials`). Default: all. */
  query?: CredentialQuery
  className?: string
}

export function ComplianceView(props: ComplianceViewProps) {
  const { locale } = useA2F()
  const { registry } = useCourtRegistry()
  const grid = useGridMessages()
  const className = cx('a2f-compliance', props.className)
  const credentials = useCredentials(props.query)
  const titleId = useId()
  const owners = props.owners
  const collator = useCollator()
  const report = useMemo(
    () =>
      credentials.data
        ? computeCompliance(registry, credentials.data, { collator, ...(owners ? { owners } : {}) })
        : undefined,
    [registry, credentials.data, owners, collator],
  )

  if (!report) {
    if (credentials.isError) return <LoadError className={className} result={credentials} />
    return (
      <div className={className} data-state="loading" aria-busy="true">
        <p role="status" className="a2f-grid-message">
          {grid.loading}
        </p>
      </div>
    )
  }

  if (report.groups.length === 0) {
    return (
      <div className={className} data-state="empty">
        <p className="a2f-grid-message">{grid.complianceNone}</p>
      </div>
    )
  }

  return (
    <section
      className={className}
      data-state={report.incomplete === 0 ? 'complete' : 'incomplete'}
      aria-labelledby={titleId}
    >
      <div className="a2f-compliance-summary">
        <p id={titleId} className="a2f-compliance-headline">
          {grid.complianceSummary(report.incomplete, report.groups.length)}
        </p>
        <p className="a2f-grid-sub">{grid.complianceCells(report.counts.missing, report.counts.pending)}</p>
      </div>
      <div className="a2f-compliance-scroll">
        <table className="a2f-compliance-table">
          <caption className="a2f-compliance-caption">{grid.complianceTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{grid.complianceCourt}</th>
              <th scope="col">{grid.complianceSince}</th>
              {report.columns.map((column) => (
                <th key={`${column.kind}:${column.owner ?? ''}`} scope="col">
                  {column.owner ?? (column.kind === 'office' ? grid.complianceOffice : grid.noOwner)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.groups.map((group) => {
              const first = group.systems[0]
              return (
                <tr key={group.key} data-state={group.state} data-group={group.key}>
                  <th scope="row">
                    <span className="a2f-compliance-members">{group.members.join(' · ')}</span>
                    {first ? <span className="a2f-grid-sub">{grid.systemKinds[first.system]}</span> : null}
                  </th>
                  <td>{group.since ? formatSince(locale, group.since) : '—'}</td>
                  {group.cells.map((cell, index) => {
                    const validatedAt = cell.state === 'validated' ? cell.credential?.validatedAt : undefined
                    return (
                      <td key={index} data-state={cell.state}>
                        <span
                          className="a2f-badge"
                          data-status={cell.state}
                          {...(validatedAt !== undefined
                            ? { title: grid.validatedOn(formatDate(locale, validatedAt, 'long')) }
                            : {})}
                        >
                          {grid.complianceStatus[cell.state]}
                        </span>
                        {cell.credential && cell.credential.account ? (
                          <span className="a2f-grid-sub">{cell.credential.account}</span>
                        ) : null}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
