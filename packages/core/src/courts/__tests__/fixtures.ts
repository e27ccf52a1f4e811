// A valid court system to build test cases from: a local sandbox court, as host apps add through `extend`.
import type { CourtSystem } from '../index.js'

export function sandboxSystem(overrides: Partial<CourtSystem> = {}): CourtSystem {
  return {
    id: 'sandbox-eproc',
    court: { acronym: 'SANDBOX', name: 'Tribunal de Testes', cnj: { segment: 8, tribunal: '99' } },
    system: 'eproc',
    degree: '1g',
    loginUrl: 'http://localhost:5174/eproc/',
    authenticatorGroup: 'sandbox-eproc',
    twoFactor: {
      status: 'mandatory',
      method: 'totp',
      totp: { algorithm: 'SHA1', digits: 6, period: 30 },
      enrollment: { personalEmailRequired: true, refusedEmailSuffixes: ['jus.br', 'gov.br'] },
    },
    provenance: [
      { field: 'loginUrl', source: 'apps/sandbox-court', checkedAt: '2026-11-21', confidence: 'verified' },
    ],
    ...overrides,
  }
}
