/**
 * The only script of the court, on the key page: clicking (or Enter/Space on) `#spnChave2fa` copies the
 * key, as eproc does for people on a smartphone. Everything else works without JavaScript. Its SHA-256
 * goes into the Content-Security-Policy so no other inline script can run.
 *
 * @example
 *   markup`<script>${trustedHtml(COPY_KEY_SCRIPT)}</script>`
 */
import { createHash } from 'node:crypto'

export const COPY_KEY_SCRIPT = `(function () {
  var key = document.getElementById('spnChave2fa')
  var status = document.getElementById('spnChaveCopiada')
  if (!key || !status || !navigator.clipboard) return
  // Only a button when the script runs: without JavaScript the key is plain, selectable text.
  key.setAttribute('role', 'button')
  key.tabIndex = 0
  function copy() {
    navigator.clipboard.writeText(key.textContent.trim()).then(
      function () { status.textContent = 'Chave copiada.' },
      function () { status.textContent = 'Não foi possível copiar: selecione a chave e copie.' }
    )
  }
  key.addEventListener('click', copy)
  key.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); copy() }
  })
})()`

export const COPY_KEY_SCRIPT_HASH = `'sha256-${createHash('sha256').update(COPY_KEY_SCRIPT).digest('base64')}'`
