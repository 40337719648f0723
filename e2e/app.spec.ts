import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, test, TRACE_WITHOUT_SNAPSHOTS } from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

test('the catalogue lists the flow and opens it at step 1', async ({ page, stepper }) => {
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Learn OAuth by watching it happen' }),
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 3, name: 'Authorization Code with PKCE' }),
  ).toBeVisible()
  await expectAccessible(page, 'the catalogue')
  await page.getByRole('link', { name: 'Step through it: Authorization Code with PKCE' }).click()
  await expect(page).toHaveURL(/\/flows\/authorization-code-pkce/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Authorization Code with PKCE' }),
  ).toBeVisible()
  await stepper.expectStep(1, 'The client makes a PKCE verifier and challenge')
})

test('every link and button on the catalogue is a big enough target (WCAG 2.5.8, as Lighthouse checks)', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: /^Step through it/ }).first()).toBeVisible()
  const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze()
  expect(
    results.violations.flatMap((violation) => violation.nodes.map((node) => node.target)),
  ).toEqual([])
})

test('the catalogue loads no flow: no machine, no servers, no player until one is opened', async ({
  page,
  stepper,
}) => {
  const scripts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.endsWith('.js')),
    )
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  // Each flow is its own chunk (<id>.flow-<hash>.js); the lab and its servers, the flow session
  // (XState) and the player come with the first flow opened.
  const FLOW_CODE = /\.flow-|\/flow-session-|\/lab-|\/app-lab-|\/flow-player-page-/
  const atHome = await scripts()
  expect(atHome.length).toBeGreaterThan(0)
  expect(atHome.filter((path) => FLOW_CODE.test(path))).toEqual([])
  // The pattern does name the chunks a flow loads, so the check above can fail.
  await page.getByRole('link', { name: 'Step through it: Client Credentials' }).click()
  await stepper.expectStep(1, 'The backup job asks for a token for itself')
  expect((await scripts()).filter((path) => FLOW_CODE.test(path))).toEqual(
    expect.arrayContaining([expect.stringMatching(/client-credentials\.flow-/)]),
  )
})

test('an unknown flow id shows the not-found page inside the app', async ({ page }) => {
  await page.goto('/flows/implicit-grant?step=2')
  await expect(page.getByRole('heading', { level: 1, name: 'There is no such flow' })).toBeVisible()
  await expect(page.getByText('404 · Not found')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expectAccessible(page, 'an unknown flow')
  await page.getByRole('link', { name: 'Go to the flow catalogue' }).click()
  await expect(page).toHaveURL(/\/$/)
})

test('any other unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'There is no page here' })).toBeVisible()
  await expectAccessible(page, 'an unknown address')
})

test('a deep link loaded cold opens its step, and Back leaves the player', async ({
  page,
  stepper,
}) => {
  await page.goto('/')
  await stepper.open('authorization-code-pkce', '?step=6')
  await stepper.expectStep(6, 'Alice allows access; the server redirects with a code')
  await page.keyboard.press('ArrowRight')
  await stepper.expectStep(
    7,
    'The browser brings the code to the client; the client checks iss and state',
  )
  // Steps replace the URL's step rather than pushing history entries.
  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
})

test('a link opens a page at its top; Back and a reload return to where the catalogue was scrolled', async ({
  page,
  stepper,
}) => {
  await page.goto('/')
  const card = page.getByRole('link', {
    name: 'Step through it: Refresh Token: rotation and revocation',
  })
  await card.scrollIntoViewIfNeeded()
  await page.mouse.wheel(0, 200)
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300)
  await page.waitForTimeout(100) // the position is kept at the next frame
  const where = await page.evaluate(() => scrollY)
  await card.click()
  await stepper.expectStep(1, /./)
  expect(await page.evaluate(() => scrollY)).toBe(0)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: /Learn OAuth/ })).toBeVisible()
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(where)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: /Learn OAuth/ })).toBeVisible()
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(where)
})

test.describe('a cold visit paints the page’s heading before its code arrives', () => {
  // The page's own requests, not the service worker's precache: nothing answers them from a cache.
  test.use({ serviceWorkers: 'block' })

  /** Holds the page's chunks matching `pattern` until the returned function is called. */
  async function holdChunks(page: Page, pattern: RegExp) {
    const held: string[] = []
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    await page.route(pattern, async (route) => {
      held.push(new URL(route.request().url()).pathname)
      await gate
      await route.continue()
    })
    return { held, release }
  }

  test('a flow: its title from the catalogue, while the player, the flow and the lab load', async ({
    page,
    stepper,
  }) => {
    const chunks = await holdChunks(page, /\/assets\/(flow-player-page|lab)-[\w-]+\.js$/)
    await page.goto('/flows/device-authorization')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Device Authorization' }),
    ).toBeVisible()
    await expect(
      page.getByRole('status').filter({ hasText: 'Loading the flow player…' }),
    ).toBeVisible()
    // The player's code was asked for after that first paint, and is still held back.
    await expect.poll(() => chunks.held.length).toBeGreaterThan(0)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Device Authorization' }),
    ).toBeVisible()
    chunks.release()
    await stepper.expectStep(1, /./)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Device Authorization' }),
    ).toBeFocused()
  })

  test('the player: step 1 and its narration while the diagram’s code (React Flow) loads', async ({
    page,
    stepper,
  }) => {
    const chunks = await holdChunks(page, /\/assets\/diagram-canvas-[\w-]+\.js$/)
    await page.goto('/flows/authorization-code-pkce')
    await stepper.expectStep(1, 'The client makes a PKCE verifier and challenge')
    expect(chunks.held.length).toBe(1)
    const box = page.locator('.flow-diagram')
    const height = (await box.boundingBox())?.height
    expect(height).toBeGreaterThan(100)
    await expect(page.locator('.react-flow')).toHaveCount(0)
    chunks.release()
    await expect(page.locator('.react-flow')).toHaveCount(1)
    // The box kept its size: nothing below it moved when the drawing came.
    expect((await box.boundingBox())?.height).toBe(height)
  })

  test('the inspector: its heading and introduction, while its code loads', async ({ page }) => {
    const chunks = await holdChunks(page, /\/assets\/inspect-page-[\w-]+\.js$/)
    await page.goto('/inspect')
    await expect(page.getByRole('heading', { level: 1, name: 'Token inspector' })).toBeVisible()
    await expect(
      page.getByRole('status').filter({ hasText: 'Loading the token inspector…' }),
    ).toBeVisible()
    chunks.release()
    await expect(page.getByRole('textbox', { name: /^Token: paste a JWT/ })).toBeVisible()
  })
})

/** A layout-shift performance entry (Layout Instability API; not in TypeScript's DOM types). */
interface LayoutShift {
  startTime: number
  value: number
  hadRecentInput: boolean
}

/** What the page under test records in `window.stability` (see the init script below). */
interface Stability {
  shifts: { at: number; value: number }[]
  stepAnswers: number[]
  bodyTops: Set<number>
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })

  // One flow without switches, one with them (below the header that grows at the first step).
  for (const flowId of ['client-credentials', 'attack-audience'])
    test(`nothing on the player’s page moves as it loads and as steps change (CLS 0): ${flowId}`, async ({
      page,
      stepper,
    }) => {
      await page.goto(`/flows/${flowId}`)
      await stepper.expectStep(1, /./)
      // Set up once the page is up, not as an init script: that would also run in the server
      // pages' sandboxed frames, which refuse scripts (a console error). The layout shifts of the
      // load are in the buffer the observer reads.
      await page.evaluate(() => {
        const stability: Stability = { shifts: [], stepAnswers: [], bodyTops: new Set() }
        Object.assign(window, { stability })
        new PerformanceObserver((list) => {
          // As CLS counts them: a shift within 500 ms of the learner's input is the answer to it.
          for (const entry of list.getEntries() as unknown as LayoutShift[])
            if (!entry.hadRecentInput)
              stability.shifts.push({ at: entry.startTime, value: entry.value })
        }).observe({ type: 'layout-shift', buffered: true })
        // A new step's content is the answer to a key press too, even when a loaded machine takes
        // over 500 ms to run the step's requests: note when it arrives after a press.
        let pressed = false
        let title = document.getElementById('step-title')?.textContent
        addEventListener('keydown', () => (pressed = true), true)
        new MutationObserver(() => {
          const now = document.getElementById('step-title')?.textContent
          if (now === title) return
          title = now
          if (pressed) stability.stepAnswers.push(performance.now())
          pressed = false
        }).observe(document, { subtree: true, childList: true, characterData: true })
        // CLS forgives all that, so a line shown only while a step runs would pass it on a fast
        // machine. Where the player's body starts, sampled at every frame, does not forgive it.
        const sample = () => {
          const body = document.querySelector('[data-testid="player-body"]')
          if (body) stability.bodyTops.add(Math.round(body.getBoundingClientRect().top + scrollY))
          requestAnimationFrame(sample)
        }
        requestAnimationFrame(sample)
      })
      await page.keyboard.press('ArrowRight')
      await stepper.expectStep(2, /./)
      await page.keyboard.press('ArrowRight')
      await stepper.expectStep(3, /./)
      const { unanswered, bodyTops } = await page.evaluate(() => {
        const { shifts, stepAnswers, bodyTops } = (window as unknown as { stability: Stability })
          .stability
        const answer = (at: number) => stepAnswers.some((step) => at >= step && at - step < 500)
        return {
          unanswered: shifts.filter((shift) => !answer(shift.at)).map((shift) => shift.value),
          bodyTops: [...bodyTops],
        }
      })
      expect(unanswered).toEqual([])
      expect(bodyTops).toHaveLength(1)
    })
})
