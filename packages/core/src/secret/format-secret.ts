/**
 * Shows a key the way courts print it: upper case, in groups of 4 (`MMZD IMRU GZRG CNRQ …`), which is
 * easier to read aloud, compare and retype. It only reformats: use `parseSecret` to validate.
 *
 * @example
 * formatSecret('mmzdimrugzrgcnrqga2gmmrwmvqwizbw')   // 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
 * formatSecret('JBSWY3DPEHPK3PXP', 8)                // 'JBSWY3DP EHPK3PXP'
 */
import { invalidOption } from '../errors.js'

export function formatSecret(base32: string, groupSize = 4): string {
  if (typeof base32 !== 'string') return invalidOption('base32', 'a string', typeof base32)
  if (!Number.isInteger(groupSize) || groupSize < 1)
    return invalidOption('groupSize', 'a positive whole number', groupSize)
  const compact = base32.replace(/[\s\u200b-\u200d\u2060\ufeff=\-\u2010-\u2015\u2212]/g, '').toUpperCase()
  const groups: string[] = []
  for (let i = 0; i < compact.length; i += groupSize) groups.push(compact.slice(i, i + groupSize))
  return groups.join(' ')
}
