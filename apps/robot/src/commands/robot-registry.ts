/**
 * The court systems the robot knows, for default login URLs: @a2f/core's registry plus the local
 * sandbox court (`sandbox-eproc`, as the demo registers it), so a credential enrolled there through the
 * demo logs in without `--url` when the court runs on its default port.
 *
 * ```ts
 * robotRegistry.get('sandbox-eproc')?.loginUrl // 'http://127.0.0.1:5180/eproc/'
 * ```
 */
import { courtRegistry, type CourtSystem } from '@a2f/core'

export const SANDBOX_COURT_SYSTEM: CourtSystem = {
  id: 'sandbox-eproc',
  court: { acronym: 'SANDBOX', name: 'Tribunal Sandbox (local)' },
  system: 'eproc',
  degree: '1g',
  loginUrl: 'http://127.0.0.1:5180/eproc/',
  authenticatorGroup: 'sandbox',
  twoFactor: {
    status: 'mandatory',
    method: 'totp',
    totp: { algorithm: 'SHA1', digits: 6, period: 30 },
    enrollment: { personalEmailRequired: true, refusedEmailSuffixes: ['jus.br', 'gov.br'] },
  },
  provenance: [
    { field: 'loginUrl', source: 'apps/sandbox-court', checkedAt: '2026-11', confidence: 'verified' },
    { field: 'twoFactor', source: 'apps/sandbox-court', checkedAt: '2026-11', confidence: 'verified' },
  ],
}

export const robotRegistry = courtRegistry.extend([SANDBOX_COURT_SYSTEM])
