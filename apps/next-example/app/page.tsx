/**
 * The page is a Server Component (no "use client" here) that imports the widgets straight from
 * '@a2f/react', as a product team would. This is what failed before the build carried "use client":
 * `TypeError: (0 , c9.createContext) is not a function` during `next build`.
 */
import { CodeCountdown, EnrollmentWizard } from '@a2f/react'
import { EXAMPLE_CREDENTIAL_ID } from './example-credential'
import { ExampleProvider } from './example-provider'

export default function Page() {
  return (
    <main>
      <h1>Autenticadores no Next.js</h1>
      <ExampleProvider>
        <section aria-labelledby="codigo">
          <h2 id="codigo">Código ao vivo</h2>
          <CodeCountdown credentialId={EXAMPLE_CREDENTIAL_ID} label="Código do TRF4" />
        </section>
        <section aria-labelledby="ativar">
          <h2 id="ativar">Ativar a autenticação em dois fatores</h2>
          <EnrollmentWizard persistence={false} />
        </section>
      </ExampleProvider>
    </main>
  )
}
