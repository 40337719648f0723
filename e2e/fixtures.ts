import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type FrameLocator, type Locator, type Page } from '@playwright/test'

/**
 * Page objects for the flow player and the app around it, found by accessible names only, so a
 * test reads as what a learner does: press Next step, read the narration, look at the HTTP.
 */
export class Stepper {
  readonly controls: Locator
  readonly nextButton: Locator
  readonly previousButton: Locator
  readonly restartButton: Locator
  readonly title: Locator
  readonly timeline: Locator
  readonly currentStep: Locator

  constructor(readonly page: Page) {
    this.controls = page.getByRole('group', { name: 'Flow controls' })
    this.nextButton = this.controls.getByRole('button', { name: 'Next step' })
    this.previousButton = this.controls.getByRole('button', { name: 'Previous step' })
    this.restartButton = this.controls.getByRole('button', { name: 'Restart' })
    this.title = page.locator('#step-title')
    this.timeline = page.getByRole('navigation', { name: 'Steps' })
    this.currentStep = this.timeline.locator('[aria-current="step"]')
  }

  async open(flowId = 'authorization-code-pkce', query = '') {
    await this.page.goto(`/flows/${flowId}${query}`)
  }

  /** Waits until step `n` (1-based) is on screen with this title. */
  async expectStep(n: number, title: string | RegExp) {
    await expect(this.currentStep).toContainText(String(n), { timeout: 15_000 })
    await expect(this.title).toHaveText(title)
    await expect(this.page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`))
  }

  /** Presses → with the focus on the page body, and waits for step `n`. */
  async nextByKey(n: number, title: string | RegExp) {
    await this.page.keyboard.press('ArrowRight')
    await this.expectStep(n, title)
  }

  /** Presses → through every title from step `from`, running `at[n]` when step n is on screen. */
  async walk(titles: readonly string[], at: Record<number, () => Promise<void>> = {}, from = 1) {
    for (let n = from; n <= titles.length; n++) {
      if (n === from) await this.expectStep(n, titles[n - 1] ?? '')
      else await this.nextByKey(n, titles[n - 1] ?? '')
      await at[n]?.()
    }
  }

  button(name: 'Play' | 'Pause') {
    return this.controls.getByRole('button', { name, exact: true })
  }

  region(name: string) {
    return this.page.getByRole('region', { name, exact: true })
  }

  get http() {
    return this.region('HTTP')
  }

  get tokens() {
    return this.region('Tokens')
  }

  /** The narration panel: the region named by the current step's title. */
  get panel() {
    return this.page.locator('section[aria-labelledby="step-title"]')
  }

  /** The value of one claim of the access token in the token panel. */
  accessTokenClaim(name: string) {
    const card = this.tokens
      .getByRole('article')
      .filter({ has: this.page.getByRole('heading', { name: 'Access token' }) })
    return card
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}(?![a-z_])`) }) })
      .getByRole('cell')
  }

  /** A choice the step offers beside Next step ("Deny", "Poll again at once"). */
  choice(label: string) {
    return this.controls.getByRole('button', { name: label, exact: true })
  }

  /** The lab clock's skip buttons. */
  skip(label: '1 min' | '1 h' | '15 days') {
    return this.page
      .getByRole('group', { name: 'Skip ahead in time' })
      .getByRole('button', { name: `Skip ahead ${label}` })
  }

  /** The diagram's text alternative. */
  get diagramCaption() {
    return this.page.locator('figure figcaption')
  }

  /** The value shown for one fact in the narration panel (code_verifier, state, …). */
  fact(label: string | RegExp) {
    return this.panel.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]')
  }
}

/** Alice's browser window: its address bar and the server's page inside the frame. */
export class BrowserWindow {
  readonly root: Locator
  readonly addressBar: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: "Alice's browser" })
    this.addressBar = this.root.locator('p', { hasText: 'Address:' })
  }
  frame(): FrameLocator {
    return this.root.frameLocator('iframe')
  }
}

/** Fails the test if the page logs an error or throws: nothing should go wrong silently. */
async function collectConsoleErrors(page: Page, use: (errors: string[]) => Promise<void>) {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  await use(errors)
  expect(errors, 'nothing is logged to the console as an error').toEqual([])
}

/**
 * Fails the test on any Content-Security-Policy violation: the app ships a strict policy, and
 * whatever it blocks is a feature that silently does not work. Chromium writes every violation
 * to the console ("Refused to …" / "… violates the following Content Security Policy directive"),
 * in the page, in the sandboxed server-page frame and in documents parsed with DOMParser alike.
 * (A `securitypolicyviolation` listener would need an init script, and an init script in the
 * sandboxed frame, where no script may run, is itself reported as an error.)
 */
async function collectCspViolations(page: Page, use: (violations: string[]) => Promise<void>) {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`${message.location().url || 'page'}: ${message.text()}`)
  })
  await use(violations)
  expect(violations, 'no Content-Security-Policy violation').toEqual([])
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

function seriousViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
}

/** The page is no wider than the window: nothing scrolls sideways (WCAG 1.4.10 reflow). */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0)
}

/**
 * Runs axe on the page as it is now; serious and critical violations fail the test. The browser
 * window's sandboxed frame runs no script, axe's included, so its page (the server's HTML) is
 * scanned on its own: the same srcdoc, loaded into a page of its own.
 */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .exclude('iframe[sandbox]')
    .analyze()
  expect(seriousViolations(results), `axe on ${label}`).toEqual([])
  for (const srcdoc of await page
    .locator('iframe[sandbox]')
    .evaluateAll((frames) => frames.map((frame) => frame.getAttribute('srcdoc') ?? ''))) {
    const framePage = await page.context().newPage()
    try {
      await framePage.setContent(srcdoc)
      const inFrame = await new AxeBuilder({ page: framePage }).withTags(AXE_TAGS).analyze()
      expect(
        seriousViolations(inFrame),
        `axe on the page inside the browser window on ${label}`,
      ).toEqual([])
    } finally {
      await framePage.close()
    }
  }
}

export const test = base.extend<{
  stepper: Stepper
  browserWindow: BrowserWindow
  consoleErrors: string[]
  cspViolations: string[]
}>({
  consoleErrors: [async ({ page }, use) => collectConsoleErrors(page, use), { auto: true }],
  cspViolations: [async ({ page }, use) => collectCspViolations(page, use), { auto: true }],
  stepper: async ({ page }, use) => use(new Stepper(page)),
  browserWindow: async ({ page }, use) => use(new BrowserWindow(page)),
})

/**
 * Traces without DOM snapshots: the snapshotter runs script in every frame, and in the browser
 * window's sandboxed frame (no allow-scripts, on purpose) Chromium reports that as a console
 * error the app never caused. Screenshots and actions are still traced.
 */
export const TRACE_WITHOUT_SNAPSHOTS = {
  trace: { mode: 'retain-on-failure', snapshots: false, screenshots: true },
} as const

export { expect }
