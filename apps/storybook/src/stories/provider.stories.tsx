import { useCountdown, useMessages } from '@a2f/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'

/** A minimal consumer of the provider: proves the decorator, the locale and the frozen clock. */
function ProviderProbe() {
  const messages = useMessages()
  const countdown = useCountdown({ period: 30 })
  return (
    <dl>
      <dt>{messages.common.loading}</dt>
      <dd data-testid="seconds">{countdown.secondsLeft}</dd>
    </dl>
  )
}

const meta = {
  title: 'Fundamentos/A2FProvider',
  component: ProviderProbe,
} satisfies Meta<typeof ProviderProbe>

export default meta
type Story = StoryObj<typeof meta>

export const PortugueseFrozenClock: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Carregando…')).toBeVisible()
    // FIXED_NOW is 10 s into its window.
    await expect(canvas.getByTestId('seconds')).toHaveTextContent('20')
  },
}

export const English: Story = {
  parameters: { a2f: { locale: 'en' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading…')).toBeVisible()
  },
}
