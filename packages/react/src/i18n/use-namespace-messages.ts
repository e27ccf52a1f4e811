/**
 * The texts of one namespace, as a widget reads them: the provider's language (its bundle's namespace,
 * or the widget's own pt-BR texts when the language is the built-in Portuguese) with the host's
 * overrides for that namespace merged over it. Each widget passes its own pt-BR texts, so the provider
 * holds only the language and the overrides, and a page downloads only the texts it shows.
 *
 * @example
 * // countdown/messages.ts
 * export const useCountdownMessages = () => useNamespaceMessages('countdown', countdownMessages)
 */
import { useA2F, type A2FContextValue } from '../provider/a2f-context.js'
import { mergeMessages } from './merge-messages.js'
import type { Messages } from './messages.js'

// One merge per namespace per provider value (it changes when the language or the overrides do): a
// grid of 10,000 rows reads its texts in every row.
const resolved = new WeakMap<A2FContextValue, Map<keyof Messages, unknown>>()

/** `namespace`'s texts for the provider `context` (`builtIn`: its pt-BR texts). */
export function namespaceMessages<N extends keyof Messages>(
  context: A2FContextValue,
  namespace: N,
  builtIn: Messages[N],
): Messages[N] {
  let byNamespace = resolved.get(context)
  if (!byNamespace) resolved.set(context, (byNamespace = new Map()))
  if (!byNamespace.has(namespace)) {
    const base = context.localeMessages?.[namespace] ?? builtIn
    const override = context.messageOverrides?.[namespace]
    byNamespace.set(namespace, override ? mergeMessages(base, override) : base)
  }
  return byNamespace.get(namespace) as Messages[N]
}

/** The hook form of `namespaceMessages`, for the widgets' own `use…Messages()` hooks. */
export function useNamespaceMessages<N extends keyof Messages>(
  namespace: N,
  builtIn: Messages[N],
): Messages[N] {
  return namespaceMessages(useA2F(), namespace, builtIn)
}
