/**
 * HTML templates where every interpolated value is escaped unless it is already `SafeHtml` (another
 * template, or markup the court generated itself and marks with `trustedHtml`). A user name like
 * `<script>` therefore always reaches the page as text.
 *
 * The tag is `markup`, not `html`, on purpose: Prettier reformats templates tagged `html`, which would
 * add whitespace inside elements whose exact text is the contract (`#spnChave2fa`, `#divMensagem`) and
 * change the inline script whose hash the Content-Security-Policy allows.
 *
 * @example
 *   markup`<p>Bem-vindo(a), ${user.name}.</p>`            // name escaped
 *   markup`<ul>${items.map((item) => markup`<li>${item}</li>`)}</ul>`
 *   markup`${error && markup`<p>${error}</p>`}`           // false/undefined render nothing
 */

/** Markup that is safe to put in a page as it is. Only `markup` and `trustedHtml` make one. */
export class SafeHtml {
  readonly #markup: string
  constructor(markup: string) {
    this.#markup = markup
  }
  toString(): string {
    return this.#markup
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[]

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString()
  if (Array.isArray(value)) return value.map(render).join('')
  // Booleans and nullish render nothing, so `${condition && markup`…`}` works.
  if (value === null || value === undefined || typeof value === 'boolean') return ''
  return escapeHtml(String(value))
}

export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? ''
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? '')
  })
  return new SafeHtml(markup)
}

/** Marks markup the court generated itself (the QR code's SVG) as safe. Never for anything a user typed. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup)
}
