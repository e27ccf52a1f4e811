/**
 * "Configurações": the vault (lock, change the passphrase), backups (export, import) and the clock check.
 *
 * @example
 * <SettingsPage />
 */
import { sandboxClockUrl } from '../courts/sandbox-court-system.js'
import { PageHeader } from '../ui/page-header.js'
import { ChangePassphraseSection } from './change-passphrase-section.js'
import { ClockSection } from './clock-section.js'
import { ExportBackupSection } from './export-backup-section.js'
import { ImportBackupSection } from './import-backup-section.js'
import { LockSection } from './lock-section.js'

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Configurações">
        O cofre deste navegador, as cópias de segurança e o relógio.
      </PageHeader>
      <div className="settings-grid">
        <LockSection />
        <ChangePassphraseSection />
        <ExportBackupSection />
        <ImportBackupSection />
        <ClockSection defaultUrl={sandboxClockUrl} />
      </div>
    </>
  )
}
