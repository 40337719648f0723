import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { startDeployServer } from './next-deploy-server'
import { expect, test, TRACE_WITHOUT_SNAPSHOTS } from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

const CATALOGUE = 'Learn OAuth by watching it happen'

/** Waits until the service worker has cached the app and serves this page. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      )
  })
}

test.describe('with the service worker', () => {
  test('after one visit, a reload and routes never visited work offline', async ({
    page,
    context,
    stepper,
  }) => {
    test.setTimeout(60_000)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: CATALOGUE })).toBeVisible()
    await waitForOfflineCopy(page)
    await context.setOffline(true)

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: CATALOGUE })).toBeVisible()
    // The inspector's code was never loaded: it comes from the cache.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Inspect' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Token inspector' })).toBeVisible()
    await page.getByRole('button', { name: 'Get a fresh token from the lab' }).click()
    await expect(
      page.getByRole('region', { name: 'Verification' }).locator('p.font-semibold').first(),
    ).toContainText('Valid: the signature verifies', { timeout: 15_000 })

    // A deep link to a flow, loaded cold: the servers run in the page, offline too.
    await stepper.open('authorization-code-pkce', '?step=3')
    await stepper.expectStep(3, 'The authorization server shows its login page')
    await stepper.nextButton.click()
    await stepper.expectStep(4, 'Alice signs in')
    await page.reload()
    await stepper.expectStep(4, 'Alice signs in')
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})

test('the service worker is registered after the load event, not during the first load', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: CATALOGUE })).toBeVisible()
  await waitForOfflineCopy(page)
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const registration = performance
      .getEntriesByType('resource')
      .find((entry) => /\/assets\/workbox-window[^/]*\.js$/.test(entry.name))
    return {
      loadEvent: navigation?.loadEventStart ?? Infinity,
      registration: registration?.startTime ?? -1,
    }
  })
  expect(timing.registration).toBeGreaterThanOrEqual(timing.loadEvent)
})

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' })

  test('a route whose code cannot arrive offline says so, and offers a reload once online', async ({
    page,
    context,
    consoleErrors,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: CATALOGUE })).toBeVisible()
    await context.setOffline(true)
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Inspect' })
      .click()
    const alert = page.getByRole('alert')
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText(
      'This page is not saved for offline use yet',
    )
    await expect(alert).toContainText('You are offline')
    // Inside the app's layout (the page's own error boundary), and no reload that cannot work.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Reload the page' })).toHaveCount(0)

    await context.setOffline(false)
    await page.getByRole('button', { name: 'Reload the page' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Token inspector' })).toBeVisible()
    // The browser logged the failed fetch of the inspector's code while offline: expected here.
    expect(
      consoleErrors.every((text) => /ERR_INTERNET_DISCONNECTED|dynamically imported/.test(text)),
    ).toBe(true)
    consoleErrors.length = 0
  })
})

test.describe('a new version', () => {
  let deploys: Awaited<ReturnType<typeof startDeployServer>>
  test.beforeAll(async () => {
    deploys = await startDeployServer(resolve(import.meta.dirname, '../dist'))
  })
  test.afterAll(() => deploys.close())

  test('is offered with a prompt, never swapped under a running flow, and taken on Reload', async ({
    page,
    stepper,
  }) => {
    test.setTimeout(60_000)
    await page.goto(`${deploys.url}/flows/authorization-code-pkce?step=2`)
    await stepper.expectStep(2, 'The browser goes to the authorization endpoint')
    await waitForOfflineCopy(page)
    await page.evaluate(() => {
      ;(window as unknown as { __samePage: boolean }).__samePage = true
    })
    deploys.deployNextVersion()
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update())
    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' })
    await expect(banner).toBeVisible({ timeout: 15_000 })
    await expect(banner).toContainText('A new version is ready — Reload')

    // The flow goes on in the same page: nothing reloaded it.
    await stepper.nextButton.click()
    await stepper.expectStep(3, 'The authorization server shows its login page')
    expect(await page.evaluate(() => '__samePage' in window)).toBe(true)

    await banner.getByRole('button', { name: 'Reload' }).click()
    // An evaluate that meets the reload mid-way loses its context: that is not an answer, ask again.
    await expect
      .poll(() => page.evaluate(() => '__samePage' in window).catch(() => 'reloading'))
      .toBe(false)
    await stepper.expectStep(3, 'The authorization server shows its login page')
    await expect(page.getByText('A new version is ready')).toHaveCount(0)
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready
        return {
          waiting: registration.waiting,
          controlled: Boolean(navigator.serviceWorker.controller),
        }
      }),
    ).toEqual({ waiting: null, controlled: true })
  })
})
