/**
 * Hosts whose pages belong to a system of the registry although they are not under its login URL:
 * the courts' own PJe sites. Each court runs PJe on its own host (pje.trt4.jus.br/primeirograu/login.seam,
 * pje1g.trf1.jus.br/pje/…), and its login sends the user to the national SSO (courts-2026-12.md §2:
 * code 48541400986; code 2468194855), so those pages are the national PJe system's. Electoral PJe
 * (the TREs, the TSE) is a system of its own, as whether it uses that SSO is not known.
 *
 * `matchUrl` consults these only when no login URL or Keycloak realm claims the page, so they never
 * take a page from a system that names it; a registry without the id simply finds nothing.
 *
 * @example
 * COURT_PAGE_HOSTS.find(({ host }) => host.test('pje.trt4.jus.br'))?.id // 'pje-pdpj'
 */
export const COURT_PAGE_HOSTS: readonly { host: RegExp; id: string }[] = [
  // pje.tse.jus.br, pje1g.tse.jus.br (the zonas eleitorais), pje.tre-rs.jus.br…
  { host: /^pje[a-z0-9-]*\.(?:tse|tre-[a-z]{2})\.jus\.br$/, id: 'pje-eleitoral' },
  // pje.trt4.jus.br, pje1g.trf1.jus.br, pje1g.trf3.jus.br, pje.tjmg.jus.br, pjerecursal.tjmg.jus.br,
  // pje2i.tjdft.jus.br, pje.tst.jus.br; TJRJ and TJPE put PJe under other names.
  {
    host: /^(?:pje[a-z0-9-]*\.(?:trt\d{1,2}|trf\d|tj[a-z]{2,3}|tst)|tjrj\.pje|pje\.cloud\.tjpe)\.jus\.br$/,
    id: 'pje-pdpj',
  },
]
