/**
 * A language for the widgets: its tag (for `lang`, dates and numbers) and every text. Portuguese
 * (pt-BR) is built in; English and Spanish are separate entries, so an app only downloads the languages
 * it uses.
 *
 * @example
 * import { es } from '@a2f/react/locales/es'
 * <A2FProvider store={store} locale={es}>
 */
import type { Locale } from './locale.js'
import type { Messages } from './messages.js'

export interface LocaleBundle {
  locale: Locale
  messages: Messages
}
