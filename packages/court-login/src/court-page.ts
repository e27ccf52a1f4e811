/**
 * The court's page as a login reads and drives it, whatever the flow: which of the flow's elements are
 * there, the court's message, typing into a field and submitting a form that loads a new page.
 * Playwright's own errors are not passed on: a `fill` error could quote what was being typed, so they
 * become CourtLoginErrors naming the step and the error's type only.
 *
 * ```ts
 * if (!(await has(page, selectors.password))) return courtChanged('password', selectors.password)
 * await typeInto(page, selectors.password, password, 'the password field', timeoutMs)
 * await submitAndWait(page, selectors.submit, 'the password form', timeoutMs)
 * ```
 */
import type { Page } from 'playwright-core'
import { CourtLoginError, errorName } from './errors.js'

/** Whether `selector` matches an element of the page now (after the page's `load`). */
export async function has(page: Page, selector: string | undefined): Promise<boolean> {
  if (selector === undefined) return false
  try {
    return (await page.locator(selector).count()) > 0
  } catch {
    // An invalid selector (a registry typo) matches nothing: the caller reports it as missing.
    return false
  }
}

/** The first of `selectors` that the page lacks, or undefined when it has them all. */
export async function firstMissing(page: Page, selectors: readonly string[]): Promise<string | undefined> {
  for (const selector of selectors) if (!(await has(page, selector))) return selector
  return undefined
}

/** The texts of every element `selector` matches, whitespace collapsed, duplicates dropped; '' if none. */
export async function messageText(page: Page, selector: string): Promise<string> {
  try {
    const texts = await page.locator(selector).allInnerTexts()
    const unique = [...new Set(texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean))]
    return unique.join(' ')
  } catch {
    return ''
  }
}

/** The name in "Bem-vindo(a), <name>." (eproc's and the sandbox's panels), or undefined. */
export async function welcomeName(page: Page): Promise<string | undefined> {
  const text = await page
    .locator('body')
    .innerText()
    .catch(() => '')
  const name = /Bem-vind[oa](?:\(a\))?,[ \t]*([^\n]+)/.exec(text)?.[1]
  const trimmed = name?.trim().replace(/[.!]$/, '').trim()
  return trimmed === '' ? undefined : trimmed
}

export async function openPage(page: Page, url: string, timeoutMs: number): Promise<void> {
  try {
    await page.goto(url, { timeout: timeoutMs, waitUntil: 'load' })
  } catch (error) {
    // Playwright's first line says why (net::ERR_CONNECTION_REFUSED…) and quotes only the URL given.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : ''
    throw new CourtLoginError('PAGE_UNREACHABLE', `Could not open ${url}: ${reason || errorName(error)}`, {
      url,
    })
  }
}

/** Types `value` into a field. On failure, says which field — never what was being typed. */
export async function typeInto(page: Page, selector: string, value: string, what: string, timeoutMs: number) {
  try {
    await page.locator(selector).first().fill(value, { timeout: timeoutMs })
  } catch (error) {
    throw new CourtLoginError('PAGE_TIMEOUT', `Could not fill ${what} (${selector}): ${errorName(error)}.`, {
      selector,
    })
  }
}

/** Clicks a submit button (or link) and waits for the page it loads: every step here is a new page. */
export async function submitAndWait(page: Page, selector: string, what: string, timeoutMs: number) {
  const loaded = page.waitForEvent('load', { timeout: timeoutMs })
  try {
    await page.locator(selector).first().click({ timeout: timeoutMs })
    await loaded
  } catch (error) {
    loaded.catch(() => undefined)
    throw new CourtLoginError('PAGE_TIMEOUT', `The court did not answer ${what} (${errorName(error)}).`, {
      selector,
    })
  }
}

/** Ticks or unticks a checkbox ("save this device"); a box that cannot be set is left as it is. */
export async function setChecked(page: Page, selector: string, checked: boolean, timeoutMs: number) {
  const box = page.locator(selector).first()
  if ((await box.isChecked({ timeout: timeoutMs }).catch(() => checked)) === checked) return
  try {
    await box.setChecked(checked, { timeout: timeoutMs })
  } catch (error) {
    throw new CourtLoginError('PAGE_TIMEOUT', `Could not set ${selector}: ${errorName(error)}.`, { selector })
  }
}
