/**
 * One card of the settings page: a titled region (`<section aria-labelledby>`), with a short explanation.
 *
 * @example
 * <SettingsSection title="Cofre" intro="…">…</SettingsSection>
 */
import { useId, type ReactNode } from 'react'

export function SettingsSection(props: {
  title: string
  intro?: ReactNode
  children: ReactNode
  className?: string
}) {
  const id = useId()
  return (
    <section className={['card', props.className].filter(Boolean).join(' ')} aria-labelledby={id}>
      <h3 id={id}>{props.title}</h3>
      {props.intro && <p className="muted">{props.intro}</p>}
      {props.children}
    </section>
  )
}
