/**
 * A part of a widget that arrives as its own chunk: every lazy part of the kit goes through it — the
 * wizard's key step (the key reader with otpauth links and Google exports, asked for on mount), the QR
 * code of a key and the grid's new-key dialog (asked for when first shown). Unlike
 * `React.lazy`, once the chunk is there the part renders synchronously, with no Suspense round, and the
 * widget can ask for it early (`preload()` on mount), so by the time the user gets there it is usually
 * in place. Until then `fallback` renders. A failed import is tried again by the next mount.
 *
 * @example
 * const keyStep = lazyPart(() => import('./key-step.js').then((module) => module.KeyStep))
 * useEffect(() => void keyStep.preload().catch(() => undefined), [])
 * <keyStep.Part {...props} fallback={<p role="status">Carregando…</p>} />
 */
import { useEffect, useSyncExternalStore, type ComponentType, type ReactNode } from 'react'

export interface LazyPart<P> {
  /** Renders the part, or `fallback` until its chunk has arrived. */
  Part: (props: P & { fallback: ReactNode }) => ReactNode
  /** Asks for the chunk (once; again after a failure). */
  preload: () => Promise<void>
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<void> | undefined
  const listeners = new Set<() => void>()
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component
        for (const listener of listeners) listener()
      },
      (error: unknown) => {
        loading = undefined
        throw error
      },
    ))
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  const current = () => loaded

  function Part({ fallback, ...props }: P & { fallback: ReactNode }) {
    const Component = useSyncExternalStore(subscribe, current, current)
    useEffect(() => {
      if (!Component) preload().catch(() => undefined)
    }, [Component])
    return Component ? <Component {...(props as P)} /> : fallback
  }
  return { Part, preload }
}
