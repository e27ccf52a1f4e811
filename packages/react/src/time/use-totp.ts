/**
 * The live code of a key held in memory (the wizard, before the credential is stored), from a prepared
 * generator (`createTotp`). Pass the generator, not the key: the key then lives in the generator's
 * closure, invisible in React DevTools, and the component renders once per code, not per second.
 *
 * @example
 * const generator = useMemo(() => createTotp(parsed.bytes, parsed.params), [parsed])
 * const live = useTotp(generator)   // { code: '492039', nextCode, counter, validUntil }
 */
import { totpWindow, type TotpGenerator } from '@a2f/core'
import { useMemo } from 'react'
import { useA2F } from '../provider/a2f-context.js'
import { useClockSnapshot } from './use-clock-snapshot.js'

export interface LiveCode {
  code: string
  nextCode: string
  counter: number
  validFrom: number
  validUntil: number
}

export function useTotp(generator: TotpGenerator | null | undefined): LiveCode | null {
  const { clock } = useA2F()
  const period = generator?.period ?? 30
  const epoch = generator?.epoch ?? 0
  const counter = useClockSnapshot(
    clock,
    1000,
    (now) => totpWindow({ timestamp: now, period, epoch }).counter,
  )
  return useMemo(() => {
    if (!generator) return null
    const validFrom = epoch + counter * period * 1000
    const validUntil = validFrom + period * 1000
    return {
      code: generator.at(validFrom),
      nextCode: generator.at(validUntil),
      counter,
      validFrom,
      validUntil,
    }
  }, [generator, counter, period, epoch])
}
