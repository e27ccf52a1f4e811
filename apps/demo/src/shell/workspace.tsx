/**
 * What the open vault shows: the provider (the sealed store, the registry with the sandbox court, the
 * page's clock) around the shell and the page of the current hash route.
 *
 * @example
 * <Workspace session={session} clock={clock} />
 */
import type { Clock } from '@a2f/core'
import { A2FProvider } from '@a2f/react'
import { AuthenticatorsPage } from '../authenticators/authenticators-page.js'
import { CourtsPage } from '../courts/courts-page.js'
import { demoRegistry } from '../courts/sandbox-court-system.js'
import { CredentialsPage } from '../credentials/credentials-page.js'
import { SettingsPage } from '../settings/settings-page.js'
import { VaultSessionContext, type VaultSessionValue } from '../vault/vault-session-context.js'
import { AppShell } from './app-shell.js'
import { useHashRoute } from './use-hash-route.js'

export function Workspace({ session, clock }: { session: VaultSessionValue; clock: Clock }) {
  const [route, navigate] = useHashRoute()
  return (
    <VaultSessionContext.Provider value={session}>
      <A2FProvider store={session.store} registry={demoRegistry} clock={clock}>
        <AppShell route={route} onLock={session.lockAndLeave}>
          {route === 'credentials' || route === 'new-credential' ? (
            <CredentialsPage creating={route === 'new-credential'} navigate={navigate} />
          ) : route === 'authenticators' ? (
            <AuthenticatorsPage />
          ) : route === 'courts' ? (
            <CourtsPage />
          ) : (
            <SettingsPage />
          )}
        </AppShell>
      </A2FProvider>
    </VaultSessionContext.Provider>
  )
}
