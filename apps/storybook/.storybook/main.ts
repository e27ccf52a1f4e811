import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/react-vite'
import remarkGfm from 'remark-gfm'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * Stories import `@a2f/react` from its sources (not its build), so editing a widget updates Storybook at
 * once and the story tests always test the current code. `@fixtures` is the react package's test data.
 */
export const aliases = [
  { find: /^@a2f\/react\/styles\.css$/, replacement: here('../../../packages/react/src/styles/index.css') },
  { find: /^@a2f\/react$/, replacement: here('../../../packages/react/src/index.ts') },
  { find: /^@a2f\/react\/headless$/, replacement: here('../../../packages/react/src/headless/index.ts') },
  { find: /^@fixtures$/, replacement: here('../../../packages/react/src/test-support/fixtures.ts') },
]

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: [
    // MDX 2+ leaves GitHub-flavoured Markdown (tables, strikethrough, task lists) out: the docs pages'
    // tables need remark-gfm, handed to addon-docs' MDX compiler as Storybook's docs describe.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own "Get started" checklist (sidebar widget and the guide in the menu) is about learning
  // Storybook, not about a2f: the landing page is our Introduction.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    const existing = viteConfig.resolve?.alias
    const list = Array.isArray(existing)
      ? existing
      : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))
    return {
      ...viteConfig,
      resolve: { ...viteConfig.resolve, alias: [...aliases, ...list] },
      // Loopback only, like every a2f server.
      server: { ...viteConfig.server, host: '127.0.0.1' },
    }
  },
}

export default config
