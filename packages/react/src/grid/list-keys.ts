/**
 * Keyboard movement in a list of items (the view tabs, a row's action menu), as the WAI-ARIA tabs and
 * menu patterns say: the arrows of the list's direction move and wrap around, Home and End jump to the
 * ends; any other key is not the list's business.
 *
 * @example
 * indexForKey('ArrowDown', 4, 5, 'vertical')   // 0 (wraps)
 * indexForKey('End', 0, 2, 'horizontal')       // 1
 * indexForKey('Enter', 0, 2, 'horizontal')     // undefined
 */
export function indexForKey(
  key: string,
  index: number,
  length: number,
  orientation: 'horizontal' | 'vertical',
): number | undefined {
  const [back, forward] = orientation === 'vertical' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight']
  const to =
    key === forward
      ? index + 1
      : key === back
        ? index - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? length - 1
            : undefined
  return to === undefined ? undefined : (to + length) % length
}
