/**
 * The frame of every page once the vault is open: a skip link, the header ("Gestão de autenticadores",
 * the lock button), the main navigation (hash links, `aria-current="page"`), and the page in <main>.
 * Focus moves to the page's heading when the page changes, so keyboard and screen reader users land on it.
 *
 * @example
 * <AppShell route={route} onLock={lock}>{page}</AppShell>
 */
import { useEffect, useRef, type ReactNode } from 'react'
import { hrefOf, NAVIGATION, sectionOf, type Route } from './routes.js'

export interface AppShellProps {
  route: Route
  onLock: () => void
  children: ReactNode
}

export function AppShell({ route, onLock, children }: AppShellProps) {
  const main = useRef<HTMLElement>(null)
  const first = useRef(true)
  useEffect(() => {
    // Not on the first render: the unlock form just had focus, and the page heading takes it quietly.
    if (first.current) {
      first.current = false
      return
    }
    main.current?.querySelector<HTMLElement>('h2')?.focus()
  }, [route])

  const section = sectionOf(route)
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#conteudo"
        onClick={(event) => {
          event.preventDefault()
          main.current?.querySelector<HTMLElement>('h2')?.focus()
        }}
      >
        Pular para o conteúdo
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="brand" aria-hidden="true">
            a2f
          </p>
          <h1>Gestão de autenticadores</h1>
          <span className="app-header-spacer" />
          <span className="vault-state">
            <span className="vault-dot" aria-hidden="true" /> Cofre desbloqueado
          </span>
          <button type="button" className="a2f-button" onClick={onLock}>
            Bloquear
          </button>
        </div>
        <nav className="app-nav" aria-label="Principal">
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.route}>
                <a href={hrefOf(item.route)} aria-current={section === item.route ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="conteudo" ref={main} className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>
          Demonstração do a2f: as chaves ficam neste navegador, cifradas (AES-256-GCM) com a senha do cofre.
        </p>
      </footer>
    </div>
  )
}
