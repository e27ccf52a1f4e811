/**
 * Where sealing keys come from: a passphrase vault (`unlockVault`) or a server master key ring
 * (`createMasterKeyring`). A store seals new values with `currentKeyId` and opens old ones with whatever
 * key id they name, which is what lets keys rotate without downtime.
 */
export interface SealingKeys {
  /** The id of the key new values are sealed with. */
  readonly currentKeyId: string
  /**
   * The AES-256-GCM key with this id; undefined when this key ring does not have it. A locked vault
   * throws `LOCKED`.
   */
  key(keyId: string): CryptoKey | undefined
}

/** Key ids are short and plain, because they are written in every sealed value. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
