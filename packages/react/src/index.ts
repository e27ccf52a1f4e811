/**
 * @a2f/react — widgets and headless hooks for lawyers' court authenticators: enrol a court's key, show
 * live codes, keep the office's credentials in one grid. pt-BR first, en and es too.
 *
 * Everything sits under `<A2FProvider store={…}>`. Widgets are styled by the optional
 * `@a2f/react/styles.css` and work unstyled; hooks give the same behaviour to hosts that draw their own.
 */

// Provider, language
export { A2FProvider } from './provider/a2f-provider.js'
export type { A2FProviderProps } from './provider/a2f-provider.js'
export { useA2F } from './provider/a2f-context.js'
export { useMessages } from './i18n/use-messages.js'
export { useCourtRegistry } from './provider/use-court-registry.js'
export { preloadCourtRegistry } from './provider/built-in-registry.js'
export type { A2FContextValue } from './provider/a2f-context.js'
export { LOCALES, DEFAULT_LOCALE, resolveLocale } from './i18n/locale.js'
export type { Locale } from './i18n/locale.js'
export { resolveMessages, ptBRMessages } from './i18n/messages.js'
export type { LocaleBundle } from './i18n/locale-bundle.js'
export type { Messages, MessageOverrides } from './i18n/messages.js'
export type { CommonMessages } from './i18n/common-messages.js'

// Time
export { useCountdown } from './time/use-countdown.js'
export type { CountdownOptions, CountdownState } from './time/use-countdown.js'
export { useTotp } from './time/use-totp.js'
export type { LiveCode } from './time/use-totp.js'
export { useSecondsText } from './time/use-seconds-text.js'

// Data
export { credentialKeys } from './data/query-keys.js'
export { useCredentials, useCredential } from './data/use-credentials.js'
export { useLiveCode } from './data/use-live-code.js'
export type { LiveEntry, CodeBook } from './data/code-book.js'
export { useUpdateCredential, useRemoveCredential } from './data/use-credential-mutations.js'
export type { UpdateCredentialVariables, RemoveCredentialVariables } from './data/use-credential-mutations.js'

// Utilities widgets share, for hosts that build their own
export { useCopy } from './util/use-copy.js'
export type { CopyState } from './util/use-copy.js'
export { useErrorMessage } from './util/use-error-message.js'
export { groupCode } from './util/group-code.js'

// Widgets
export * from './countdown/index.js'
export * from './secret-qr/index.js'
export * from './authenticators/index.js'
export * from './court-picker/index.js'
export * from './secret-input/index.js'
export * from './enrollment/index.js'
export * from './grid/index.js'
