import { expect, expectAccessible, test, TRACE_WITHOUT_SNAPSHOTS } from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

// What the instructor's review of the player found (issue 10 §4), each kept fixed by a check.

test('a route change names the page and moves the focus to its main heading', async ({
  page,
  stepper,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Step through it: Client Credentials' }).click()
  await stepper.expectStep(1, 'The backup job asks for a token for itself')
  await expect(page).toHaveTitle(/^Client Credentials/)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await page.getByRole('link', { name: 'Inspect', exact: true }).click()
  await expect(page).toHaveTitle(/^Token inspector/)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})

test('a window with nothing to fill in is no Tab stop', async ({ stepper }) => {
  // At the login page, where there is something to type, the window is a Tab stop…
  await stepper.open('authorization-code-pkce', '?step=3')
  await stepper.expectStep(3, 'The authorization server shows its login page')
  const tabIndex = () =>
    stepper.page.evaluate(() => document.querySelector('iframe[sandbox]')?.getAttribute('tabindex'))
  expect(await tabIndex()).toBeNull()
  // …and at the callback page, with nothing to fill in, it is not.
  await stepper.nextByKey(4, 'Alice signs in')
  await stepper.nextByKey(5, 'The authorization server asks for consent')
  await stepper.nextByKey(6, 'Alice allows access; the server redirects with a code')
  await stepper.nextByKey(7, /the client checks iss and state/)
  await expect.poll(tabIndex).toBe('-1')
})

test('the inspector keeps the focus in the page after Clear', async ({ page }) => {
  await page.goto('/inspect')
  await page.getByRole('button', { name: 'Load a malformed sample' }).click()
  await page.getByRole('button', { name: 'Clear' }).click()
  await expect(page.getByRole('textbox').first()).toBeFocused()
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('Next keeps the reader where they were; a swipe steps forward and back', async ({
    page,
    stepper,
  }) => {
    await stepper.open('client-credentials')
    await stepper.expectStep(1, 'The backup job asks for a token for itself')
    await page.evaluate(() => window.scrollTo(0, 300))
    await stepper.nextButton.click()
    await stepper.expectStep(
      2,
      'The authorization server returns an access token, and no refresh token',
    )
    expect(await page.evaluate(() => window.scrollY)).toBe(300)

    // A horizontal swipe over the narration: left for the next step, right for the previous.
    const swipe = async (fromX: number, toX: number) => {
      const box = (await stepper.panel.boundingBox())!
      const y = box.y + box.height / 2
      const cdp = await page.context().newCDPSession(page)
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
        })
      await touch('touchStart', fromX)
      for (const x of [fromX + (toX - fromX) / 2, toX]) await touch('touchMove', x)
      await touch('touchEnd', toX)
      await cdp.detach()
    }
    await swipe(320, 80)
    await stepper.expectStep(3, 'The job calls the photo API with its token')
    await swipe(80, 320)
    await stepper.expectStep(
      2,
      'The authorization server returns an access token, and no refresh token',
    )
    await expectAccessible(page, 'client credentials on a phone, after a swipe')
  })
})
