/**
 * A settings section whose body is one form named after the section: the heading, the intro, and a form
 * that says when it is busy and leaves validation to the app (its messages are in pt-BR, the browser's
 * are not). The settings page's passphrase, export and import sections are made of it.
 *
 * @example
 * <SettingsForm title="Exportar cópia de segurança" intro="…" onSubmit={submit} busy={task.busy}>…</SettingsForm>
 */
import type { FormEvent, ReactNode } from 'react'
import { SettingsSection } from './settings-section.js'

export function SettingsForm(props: {
  title: string
  intro?: ReactNode
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  busy: boolean
  children: ReactNode
}) {
  return (
    <SettingsSection title={props.title} intro={props.intro}>
      <form
        className="stack"
        onSubmit={props.onSubmit}
        aria-busy={props.busy}
        noValidate
        aria-label={props.title}
      >
        {props.children}
      </form>
    </SettingsSection>
  )
}
