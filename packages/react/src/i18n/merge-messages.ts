/**
 * How a host's overrides are laid over a language's texts: a partial object per namespace, merged one
 * record deeper where texts are grouped (`common.errors`, `grid.columns`). Shared by `resolveMessages`
 * (every namespace at once) and the per-widget hooks (one namespace), so both merge the same way.
 *
 * @example
 * mergeMessages({ save: 'Salvar', errors: { fallback: 'Erro' } }, { errors: { fallback: 'Oops' } })
 * // { save: 'Salvar', errors: { fallback: 'Oops' } }
 */
export function mergeMessages<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override ?? base) as T
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue
    merged[key] = mergeMessages(merged[key], value)
  }
  return merged as T
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
