/**
 * The robot's `SELECTORS` of issue 5 (the classic eproc form), under their old names, taken from
 * @a2f/court-login's defaults for the 'eproc-form' flow so the two never disagree.
 *
 * ```ts
 * await page.fill(EPROC_SELECTORS.user, 'RS012345') // '#txtUsuario'
 * ```
 */
import { DEFAULT_SELECTORS } from '@a2f/court-login'

const EPROC = DEFAULT_SELECTORS['eproc-form']

export const EPROC_SELECTORS = {
  user: EPROC.username,
  password: EPROC.password,
  enter: EPROC.submit,
  code: EPROC.code,
  validate: EPROC.codeSubmit,
  message: EPROC.message,
  logout: EPROC.loggedIn,
} as const
