/**
 * Next.js configuration of the example: nothing special on purpose. @a2f/react is consumed from its
 * built dist/ like any npm package (no `transpilePackages`): its "use client" entries are what let the
 * Server Component page import the widgets.
 *
 * @type {import('next').NextConfig}
 */
const config = {
  reactStrictMode: true,
}

export default config
