/**
 * Test helper: every value a component subtree keeps in React state (useState / useReducer hooks), read
 * from React's fiber tree, so that a test can prove a key never got there. It relies on React internals
 * (the `__reactContainer$` key, fibers, the hook list), which is acceptable in a test: if React changes
 * them, `stateOf` finds no component and the test that uses it fails loudly instead of passing.
 */
import type { JSXElementConstructor } from 'react'

interface Hook {
  memoizedState: unknown
  queue: unknown
  next: Hook | null
}

interface Fiber {
  type: unknown
  memoizedState: unknown
  child: Fiber | null
  sibling: Fiber | null
}

function rootFiber(container: Element): Fiber {
  const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'))
  if (!key) throw new Error('react-state: no React root on this container')
  return (container as unknown as Record<string, Fiber>)[key] as Fiber
}

function* fibers(fiber: Fiber | null): Generator<Fiber> {
  for (let node = fiber; node; node = node.sibling) {
    yield node
    yield* fibers(node.child)
  }
}

function isHook(value: unknown): value is Hook {
  return typeof value === 'object' && value !== null && 'queue' in value && 'next' in value
}

/**
 * The state values of every instance of `component` under `container` and of everything it renders.
 * Throws when no instance is found.
 */
export function stateOf(container: Element, component: JSXElementConstructor<never>): unknown[] {
  const owner = [...fibers(rootFiber(container))].find((fiber) => fiber.type === component)
  if (!owner) throw new Error('react-state: component not found in the tree')
  const values: unknown[] = []
  for (const fiber of fibers({ ...owner, sibling: null })) {
    for (let hook = fiber.memoizedState; isHook(hook); hook = hook.next) {
      // Only state and reducer hooks have an update queue; refs, memos, ids and effects have none.
      if (hook.queue !== null) values.push(hook.memoizedState)
    }
  }
  return values
}

/** Every string and byte array inside `value`, however deep (cycles and functions skipped). */
export function leaves(value: unknown, seen = new Set<unknown>()): (string | Uint8Array)[] {
  if (typeof value === 'string') return [value]
  if (value instanceof Uint8Array) return [value]
  if (typeof value !== 'object' || value === null || seen.has(value)) return []
  seen.add(value)
  return Object.values(value).flatMap((item) => leaves(item, seen))
}
