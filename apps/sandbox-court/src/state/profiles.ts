/**
 * The profiles of an eproc user behind Keycloak, offered on "Seleção de perfil" after the code (TJRS):
 * each one a login and a role, written as TJRS writes them in each button's `data-descricao`
 * ("RS086106A / PROCURADOR", public robot code cited in research/courts-2026-12.md §3). Two per user,
 * so that a robot has to choose.
 *
 * @example
 *   profilesOf('RS012345') // [{ id: 'advogado', descricao: 'RS012345 / ADVOGADO' }, { id: 'procurador', … }]
 */

export interface Profile {
  /** The form value of the profile's button. */
  id: string
  /** 'RS012345 / ADVOGADO': the button's text and `data-descricao`. */
  descricao: string
}

export function profilesOf(login: string): Profile[] {
  const base = login.trim().toUpperCase()
  return [
    { id: 'advogado', descricao: `${base} / ADVOGADO` },
    { id: 'procurador', descricao: `${base}P / PROCURADOR` },
  ]
}
