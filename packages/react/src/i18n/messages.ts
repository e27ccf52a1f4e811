/**
 * Every text the widgets show, by namespace. Portuguese (pt-BR) is built in; `@a2f/react/locales/en` and
 * `/es` carry the others. Widgets do not import this module: each reads its own namespace (its
 * `messages.ts`), so a page downloads only the texts of the widgets it shows; this whole table is for
 * hosts (`ptBRMessages`, `resolveMessages`, `useMessages()`). Hosts override any text through `<A2FProvider messages={…}>`: a partial object
 * per namespace, merged over the language's texts.
 * Texts that depend on a value are functions (`secondsLeft: (s) => …`), so word order and plurals stay
 * the translator's choice.
 *
 * @example
 * <A2FProvider store={store} locale={en} messages={{ common: { save: 'Done' } }}>
 */
import { authenticatorsMessages, type AuthenticatorsMessages } from '../authenticators/messages.js'
import { countdownMessages, type CountdownMessages } from '../countdown/messages.js'
import { courtPickerMessages, type CourtPickerMessages } from '../court-picker/messages.js'
import { enrollmentMessages, type EnrollmentMessages } from '../enrollment/messages.js'
import { gridMessages, type GridMessages } from '../grid/messages.js'
import { secretInputMessages, type SecretInputMessages } from '../secret-input/messages.js'
import { secretQrMessages, type SecretQrMessages } from '../secret-qr/messages.js'
import { commonMessages, type CommonMessages } from './common-messages.js'
import { mergeMessages } from './merge-messages.js'

export interface Messages {
  common: CommonMessages
  countdown: CountdownMessages
  courtPicker: CourtPickerMessages
  secretInput: SecretInputMessages
  enrollment: EnrollmentMessages
  grid: GridMessages
  authenticators: AuthenticatorsMessages
  secretQr: SecretQrMessages
}

/** Overrides: any namespace, any of its texts. Nested records (like `common.errors`) merge one level deeper. */
export type MessageOverrides = { [N in keyof Messages]?: DeepPartial<Messages[N]> }

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K]
}

/** The built-in texts: Brazilian Portuguese. */
export const ptBRMessages: Messages = {
  common: commonMessages,
  countdown: countdownMessages,
  courtPicker: courtPickerMessages,
  secretInput: secretInputMessages,
  enrollment: enrollmentMessages,
  grid: gridMessages,
  authenticators: authenticatorsMessages,
  secretQr: secretQrMessages,
}

/** `base` (a language's texts, default pt-BR) with `overrides` merged over it. */
export function resolveMessages(overrides?: MessageOverrides, base: Messages = ptBRMessages): Messages {
  if (!overrides) return base
  const result = { ...base } as Record<string, unknown>
  for (const namespace of Object.keys(base) as (keyof Messages)[]) {
    const override = overrides[namespace]
    if (override) result[namespace] = mergeMessages(base[namespace], override)
  }
  return result as unknown as Messages
}
