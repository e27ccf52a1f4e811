/**
 * `useMessages()`: the texts of the provider's language with the host's overrides, for hosts that write
 * their own widgets in the same words. With a namespace it gives that namespace only.
 * It carries every pt-BR text (the whole `ptBRMessages` table), so the shipped widgets never call it:
 * each reads its own namespace through its `use…Messages()` hook (see ./use-namespace-messages.ts).
 *
 * @example
 * const { common } = useMessages()
 * const grid = useMessages('grid')
 */
import { useA2F, type A2FContextValue } from '../provider/a2f-context.js'
import { ptBRMessages, resolveMessages, type Messages } from './messages.js'
import { namespaceMessages } from './use-namespace-messages.js'

const allResolved = new WeakMap<A2FContextValue, Messages>()

/** Every namespace's texts, in the provider's language, with the host's overrides. */
export function useMessages(): Messages
/** One namespace's texts, in the provider's language, with the host's overrides. */
export function useMessages<N extends keyof Messages>(namespace: N): Messages[N]
export function useMessages<N extends keyof Messages>(namespace?: N): Messages | Messages[N] {
  const context = useA2F()
  if (namespace !== undefined) return namespaceMessages(context, namespace, ptBRMessages[namespace])
  let all = allResolved.get(context)
  if (!all) {
    all = resolveMessages(context.messageOverrides, context.localeMessages ?? ptBRMessages)
    allResolved.set(context, all)
  }
  return all
}
