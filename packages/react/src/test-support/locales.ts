/** Tests and stories name languages by tag; the provider takes bundles. */
import type { LocaleBundle } from '../i18n/locale-bundle.js'
import { en } from '../locales/en.js'
import { es } from '../locales/es.js'
import { ptBR } from '../locales/pt-br.js'

export function localeBundle(tag: string): LocaleBundle {
  if (tag.startsWith('en')) return en
  if (tag.startsWith('es')) return es
  return ptBR
}
