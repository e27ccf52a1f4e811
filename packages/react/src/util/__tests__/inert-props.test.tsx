/** `inertProps` renders the `inert` attribute on the running React (19 here, 18 in apps/react-18-check). */
import { renderStrict as render } from '../../test-support/render.js'
import { describe, expect, it, vi } from 'vitest'
import { inertProps } from '../inert-props.js'

describe('inertProps', () => {
  it('renders inert="" when true, without a React warning', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { container } = render(<div {...inertProps(true)} />)
    expect(container.firstElementChild!.getAttribute('inert')).toBe('')
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  })

  it('renders no attribute when false', () => {
    const { container } = render(<div {...inertProps(false)} />)
    expect(container.firstElementChild!.hasAttribute('inert')).toBe(false)
  })
})
