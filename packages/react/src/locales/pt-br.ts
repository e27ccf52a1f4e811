/**
 * Brazilian Portuguese, the default: the same texts the provider uses when given no locale. Exported for
 * symmetry with the other languages (`locale={ptBR}`) and for hosts that derive their own texts from it.
 */
import type { LocaleBundle } from '../i18n/locale-bundle.js'
import { ptBRMessages } from '../i18n/messages.js'

export const ptBR: LocaleBundle = { locale: 'pt-BR', messages: ptBRMessages }
