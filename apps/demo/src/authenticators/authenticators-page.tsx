/**
 * "Meus autenticadores": the lawyer's personal area, like an authenticator app on the phone — every code
 * of this vault, tap to copy, hide the codes on a shared screen, search by court or login.
 *
 * @example
 * <AuthenticatorsPage />
 */
import { AuthenticatorList } from '@a2f/react'
import { PageHeader } from '../ui/page-header.js'

export function AuthenticatorsPage() {
  return (
    <>
      <PageHeader title="Meus autenticadores">
        Os códigos de todas as credenciais deste cofre, como num aplicativo autenticador. Clique em um código
        para copiá-lo; use “Ocultar códigos” se outras pessoas estiverem vendo a tela.
      </PageHeader>
      <AuthenticatorList />
    </>
  )
}
