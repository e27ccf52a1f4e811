/**
 * Runs axe-core on a rendered widget and fails with each violation's rule, impact and the offending
 * markup. jsdom cannot compute colours, so colour contrast is checked in Chromium by the story tests.
 */
import axe from 'axe-core'
import { expect } from 'vitest'

export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `  ${node.html}`).join('\n'),
  )
  expect(report, report.join('\n\n')).toEqual([])
}
