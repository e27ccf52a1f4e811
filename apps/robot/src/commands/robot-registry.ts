/**
 * The court systems the robot knows, for default login URLs: @a2f/core's registry plus the local
 * sandbox court (`sandbox-eproc`, as the demo registers it), so a credential enrolled there through the
 * demo logs in without `--url` when the court runs on its default port.
 *
 * ```ts
 * robotRegistry.get('sandbox-eproc')?.loginUrl // 'http://127.0.0.1:5180/eproc/'
 * ```
 */
import { courtRegistry } from '@a2f/core'
import { sandboxCourtSystem } from '@a2f/sandbox-court/court-system'

/** The sandbox court's entry, as the court package describes itself (port 5180). */
export const SANDBOX_COURT_SYSTEM = sandboxCourtSystem()

export const robotRegistry = courtRegistry.extend([SANDBOX_COURT_SYSTEM])
