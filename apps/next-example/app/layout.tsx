/**
 * Root layout of the example (a Server Component): the page's language and the kit's optional
 * stylesheet. No web fonts: the build runs without network.
 */
import type { ReactNode } from 'react'
import '@a2f/react/styles.css'

export const metadata = {
  title: 'a2f no Next.js',
  description: 'Os widgets de @a2f/react numa página Server Component do App Router.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pt-BR">
      <body>{children}</body>
    </html>
  )
}
