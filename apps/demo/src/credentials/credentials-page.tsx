/**
 * "Credenciais 2FA": the office's credentials in the grid, and "Nova credencial 2FA", the enrolment
 * wizard (its own address, `#/credenciais/nova`, so a reload in the middle of an enrolment comes back to
 * the wizard, which resumes at the code from its pending draft). On completion the grid is shown again
 * with the new credential and a note saying what was saved.
 *
 * @example
 * <CredentialsPage creating={route === 'new-credential'} navigate={navigate} />
 */
import { CredentialGrid, EnrollmentWizard } from '@a2f/react'
import type { CredentialSummary } from '@a2f/storage'
import { useState } from 'react'
import { isSandboxSystem } from '../courts/sandbox-court-system.js'
import type { Route } from '../shell/routes.js'
import { PageHeader } from '../ui/page-header.js'

export interface CredentialsPageProps {
  creating: boolean
  navigate: (route: Route) => void
}

export function CredentialsPage({ creating, navigate }: CredentialsPageProps) {
  const [saved, setSaved] = useState<CredentialSummary | null>(null)

  if (creating) {
    return (
      <>
        <PageHeader title="Nova credencial 2FA">
          Siga as etapas com o site do tribunal aberto em outra aba. Para experimentar sem um tribunal real,
          busque por <strong>“sandbox”</strong> na primeira etapa: é o tribunal de testes que roda nesta
          máquina.
        </PageHeader>
        <EnrollmentWizard
          onComplete={(credential) => {
            setSaved(credential)
            navigate('credentials')
          }}
          onCancel={() => navigate('credentials')}
        />
      </>
    )
  }

  const newButton = (
    <button
      type="button"
      className="a2f-button"
      data-variant="primary"
      onClick={() => {
        setSaved(null)
        navigate('new-credential')
      }}
    >
      Nova credencial 2FA
    </button>
  )
  return (
    <>
      <PageHeader title="Credenciais 2FA" actions={newButton}>
        Os autenticadores dos tribunais que exigem autenticação em dois fatores. O código de 6 dígitos de cada
        credencial aparece aqui e em “Meus autenticadores”.
      </PageHeader>
      <div role="status" className="notice" data-kind="success">
        {saved && <SavedNote credential={saved} />}
      </div>
      <CredentialGrid emptyAction={newButton} height="min(60vh, 560px)" />
    </>
  )
}

function SavedNote({ credential }: { credential: CredentialSummary }) {
  const state = credential.status === 'validated' ? 'validada' : 'pendente de confirmação no tribunal'
  const sandbox = isSandboxSystem(credential.systemId) ? ' (tribunal sandbox)' : ''
  return (
    <>
      Credencial 2FA cadastrada: <strong>{credential.issuer}</strong>
      {sandbox}, login <strong>{credential.account}</strong>, {state}.
    </>
  )
}
