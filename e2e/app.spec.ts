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
