/**
 * eproc's "Seleção de perfil" (TJRS): one button per profile, each with `data-descricao`
 * ("RS012345 / ADVOGADO"). The robot picks the one the caller named (its description contains
 * `profile`, any case) or, by default, the first.
 *
 * ```ts
 * const result = await chooseProfile(context) // { chosen: 'RS012345 / ADVOGADO' } or an outcome
 * ```
 */
import { submitAndWait } from './court-page.js'
import type { LoginContext } from './login-context.js'
import type { LoginOutcome } from './outcome.js'

export async function chooseProfile(
  context: LoginContext,
  selector: string,
): Promise<{ chosen: string } | { outcome: LoginOutcome }> {
  const { page, timeoutMs } = context
  const buttons = page.locator(selector)
  const descriptions: string[] = []
  for (let index = 0; index < (await buttons.count()); index++) {
    const button = buttons.nth(index)
    const description = (await button.getAttribute('data-descricao')) ?? (await button.innerText())
    descriptions.push(description.replace(/\s+/g, ' ').trim())
  }
  const wanted = context.profile?.toLocaleLowerCase('pt-BR')
  const index =
    wanted === undefined
      ? 0
      : descriptions.findIndex((description) => description.toLocaleLowerCase('pt-BR').includes(wanted))
  const chosen = descriptions[index]
  if (index < 0 || chosen === undefined)
    return {
      outcome: {
        kind: 'refused',
        message: `Perfil "${context.profile ?? ''}" não encontrado entre: ${descriptions.join('; ')}.`,
      },
    }
  await submitAndWait(page, `${selector} >> nth=${index}`, 'the profile choice', timeoutMs)
  context.progress({ kind: 'profile-chosen', profile: chosen })
  return { chosen }
}
