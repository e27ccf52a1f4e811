// @vitest-environment node
/**
 * Server rendering: no window, document or storage. The wizard renders its first step, and the default
 * persistence (sessionStorage) is only touched after mount, so server and client agree.
 */
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { A2FProvider } from '../../provider/a2f-provider.js'
import { createTestStore, frozenClock } from '../../test-support/fixtures.js'
import { EnrollmentWizard } from '../enrollment-wizard.js'

describe('EnrollmentWizard on the server', () => {
  it('renders the first step without touching browser globals', async () => {
    expect(typeof globalThis.window).toBe('undefined')
    expect(typeof globalThis.sessionStorage).toBe('undefined')
    const store = await createTestStore([])
    const html = renderToString(
      <A2FProvider store={store} clock={frozenClock()}>
        <EnrollmentWizard defaultValues={{ systemId: 'trf4-eproc' }} />
      </A2FProvider>,
    )
    expect(html).toContain('Em qual tribunal você vai ativar a autenticação em dois fatores?')
    expect(html).toContain('aria-current="step"')
  })
})
