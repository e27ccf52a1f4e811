/**
 * Joins class names, skipping empty ones. The caller's `className` goes last, so it wins in CSS of equal
 * specificity (as in shadcn). Every a2f element also carries a stable `a2f-*` class and `data-*`
 * attributes, which the optional stylesheet targets.
 */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
