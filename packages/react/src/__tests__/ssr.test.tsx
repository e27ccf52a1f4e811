// @vitest-environment node
/**
 * Server rendering: the whole entry imports without `window`/`document`, and every widget renders to a
 * string inside a provider (the server's markup; effects and the clipboard only run in the browser).
 */
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import {
  A2FProvider,
  AuthenticatorList,
  CodeCountdown,
  CourtPicker,
  CredentialGrid,
  EnrollmentWizard,
  SecretInput,
  SecretQrCode,
} from '../index.js'
import { createTestStore, EPROC_EXAMPLE_KEY, frozenClock } from '../test-support/fixtures.js'

describe('server rendering', () => {
  it('runs without browser globals', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  it('renders every widget to a string', async () => {
    const store = await createTestStore()
    const html = renderToString(
      <A2FProvider store={store} clock={frozenClock()}>
        <CourtPicker />
        <SecretInput onSecretChange={() => {}} />
        <CodeCountdown
          code="492039"
          nextCode="118273"
          validUntil={Date.UTC(2026, 10, 21, 14, 0, 30)}
          period={30}
        />
        <SecretQrCode secret={EPROC_EXAMPLE_KEY} issuer="TRF4" account="RS054321" />
        <EnrollmentWizard persistence={false} />
        <CredentialGrid />
        <AuthenticatorList />
      </A2FProvider>,
    )
    expect(html).toContain('a2f-')
    // The grouped key is shown by SecretQrCode: the server markup holds what the user asked to see, and
    // nothing else carries the key.
    expect(html.split('MMZD').length - 1).toBeLessThanOrEqual(1)
  })
})
