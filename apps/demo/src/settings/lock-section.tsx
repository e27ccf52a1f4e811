/**
 * "Cofre": lock the vault now. The key leaves memory and the passphrase screen comes back; the credentials
 * stay in this browser, sealed.
 *
 * @example
 * <LockSection />
 */
import { SettingsSection } from '../ui/settings-section.js'
import { useVaultSession } from '../vault/vault-session-context.js'

export function LockSection() {
  const { lockAndLeave } = useVaultSession()
  return (
    <SettingsSection
      title="Cofre"
      intro="As chaves ficam neste navegador, cifradas. Ao bloquear, a chave do cofre sai da memória e os códigos só voltam a aparecer com a senha."
    >
      <div className="actions">
        <button type="button" className="a2f-button" onClick={lockAndLeave}>
          Bloquear o cofre
        </button>
      </div>
    </SettingsSection>
  )
}
