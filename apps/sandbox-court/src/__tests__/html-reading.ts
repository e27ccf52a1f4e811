/**
 * Reading the court's pages in tests: the message in #divMensagem, an element's text, an input's value.
 * Regular expressions are enough: the pages are the court's own, simple markup.
 *
 * @example
 *   pageMessage(page.html)             // { kind: 'erro', text: 'Usuário ou senha inválidos.' }
 *   keycloakMessage(page.html)         // 'Código autenticador inválido. Restam 4 tentativas.'
 *   elementText(page.html, 'spnChave2fa')
 */

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

export function pageMessage(html: string): { kind: string; text: string } | undefined {
  const match = /<div id="divMensagem" role="alert" class="mensagem (\w+)">([\s\S]*?)<\/div>/.exec(html)
  return match ? { kind: match[1] ?? '', text: decodeEntities(match[2] ?? '') } : undefined
}

/** The text of the Keycloak pages' `.kc-feedback-text` (an alert or a field error: one per page). */
export function keycloakMessage(html: string): string | undefined {
  const match = /<[a-z]+[^>]*class="[^"]*\bkc-feedback-text\b[^"]*"[^>]*>([^<]*)</.exec(html)
  return match ? decodeEntities(match[1] ?? '') : undefined
}

/** The alert box of a Keycloak page: its kind ('error', 'warning', 'success') and text. */
export function keycloakAlert(html: string): { kind: string; text: string } | undefined {
  const match =
    /<div class="alert-(\w+)" role="alert"><span class="kc-feedback-text">([^<]*)<\/span><\/div>/.exec(html)
  return match ? { kind: match[1] ?? '', text: decodeEntities(match[2] ?? '') } : undefined
}

/** The page's <title>. */
export function pageTitle(html: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/.exec(html)
  return match ? decodeEntities(match[1] ?? '') : undefined
}

/** Text of the element with this id (elements without nested markup). */
export function elementText(html: string, id: string): string | undefined {
  const match = new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)
  return match ? decodeEntities(match[1] ?? '') : undefined
}

/** The opening tag of the element with this id. */
export function elementTag(html: string, id: string): string | undefined {
  return new RegExp(`<[a-z]+[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0]
}

export function attribute(tag: string | undefined, name: string): string | undefined {
  const match = tag === undefined ? null : new RegExp(`\\b${name}="([^"]*)"`).exec(tag)
  return match ? decodeEntities(match[1] ?? '') : undefined
}

/** The label text of the input with this id. */
export function labelFor(html: string, id: string): string | undefined {
  const match = new RegExp(`<label[^>]*for="${id}"[^>]*>([\\s\\S]*?)</label>`).exec(html)
  return match ? decodeEntities((match[1] ?? '').replace(/<[^>]*>/g, '')).trim() : undefined
}
