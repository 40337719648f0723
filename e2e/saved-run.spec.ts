import { expect, expectAccessible, test, TRACE_WITHOUT_SNAPSHOTS } from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

const CALLBACK = 'The browser brings the code to the client; the client checks iss and state'
const TOKENS = 'The authorization server returns the tokens'
const API_CALL = 'The client calls the photo API with the access token'
const SAVED_RUN_KEY = 'oauth-flow-lab:run'

test('a reload (a clicker’s F5) brings the run back: same steps, code and token; Next goes on against servers that remember', async ({
  page,
  stepper,
}) => {
  test.setTimeout(60_000)
  await stepper.open('authorization-code-pkce', '?step=7')
  await stepper.expectStep(7, CALLBACK)
  const callbackUrl =
    (await stepper.http
      .getByText(/\/callback\?code=/)
      .first()
      .textContent()) ?? ''
  const code = /code=([\w-]+)/.exec(callbackUrl)?.[1] ?? ''
  expect(code.length).toBeGreaterThan(20)

  await page.reload()
  await stepper.expectStep(7, CALLBACK)
  // Restored, not run again: the same code, and nothing runs forward.
  await expect(stepper.http).toContainText(code)
  await expect(
    page.getByRole('status').filter({ hasText: 'Running the flow forward' }),
  ).toHaveCount(0)
  // The server that issued the code before the reload redeems it after.
  await stepper.nextButton.click()
  await stepper.expectStep(8, 'The client trades the code and verifier at /token')
  await expect(stepper.http).toContainText(code)
  await stepper.nextButton.click()
  await stepper.expectStep(9, TOKENS)
  await expect(stepper.http).toContainText('200 OK')
  const jti = (await stepper.accessTokenClaim('jti').textContent()) ?? ''
  expect(jti.length).toBeGreaterThan(10)

  // Back a few steps, then F5: the URL's step shows, with every step recorded before.
  await stepper.previousButton.click()
  await stepper.previousButton.click()
  await stepper.expectStep(7, CALLBACK)
  await page.reload()
  await stepper.expectStep(7, CALLBACK)
  await stepper.timeline.getByRole('link', { name: /returns the tokens/ }).click()
  await stepper.expectStep(9, TOKENS)
  await expect(stepper.accessTokenClaim('jti')).toHaveText(jti)
  await expectAccessible(page, 'the player after a reload')

  await stepper.nextButton.click()
  await stepper.expectStep(10, API_CALL)
  await expect(stepper.http).toContainText('GET /photos')
  await expect(stepper.http).toContainText('200 OK')

  // The inspector checks the token issued before the reloads against the same JWKS.
  await stepper.previousButton.click()
  await stepper.expectStep(9, TOKENS)
  await stepper.tokens
    .getByRole('link', { name: 'Inspect the access token in the token inspector' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Token inspector' })).toBeVisible()
  await expect(page.getByText(jti).first()).toBeVisible()
  const verdict = page.getByRole('region', { name: 'Verification' }).locator('p.font-semibold')
  await expect(verdict.first()).toContainText('Valid: the signature verifies', { timeout: 15_000 })
  // And after a reload of the inspector itself.
  await page.reload()
  await expect(verdict.first()).toContainText('Valid: the signature verifies', { timeout: 15_000 })
})

test('a saved run that cannot be read is discarded with a notice, and the flow runs afresh', async ({
  page,
  stepper,
}) => {
  test.setTimeout(60_000) // three page loads, each restoring or rebuilding the lab
  await stepper.open('authorization-code-pkce', '?step=3')
  await stepper.expectStep(3, 'The authorization server shows its login page')
  await page.evaluate((key) => {
    const run = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { lab: { format: number } }
    run.lab.format = 0
    sessionStorage.setItem(key, JSON.stringify(run))
  }, SAVED_RUN_KEY)
  await page.reload()
  await stepper.expectStep(3, 'The authorization server shows its login page')
  await expect(
    page.getByRole('status').filter({ hasText: 'could not be brought back' }),
  ).toContainText(
    'The run saved in this tab before the reload could not be brought back (The saved lab has format 0; this version of the lab reads format 2), so the lab starts afresh.',
  )
  await expectAccessible(page, 'the player with a restore notice')
  // The fresh run is saved in its place: the next reload restores it, with no notice.
  await stepper.nextButton.click()
  await stepper.expectStep(4, 'Alice signs in')
  await page.reload()
  await stepper.expectStep(4, 'Alice signs in')
  await expect(page.getByText('could not be brought back')).toHaveCount(0)
})

test('another flow replaces the saved run', async ({ page, stepper }) => {
  await stepper.open('authorization-code-pkce', '?step=5')
  await stepper.expectStep(5, 'The authorization server asks for consent')
  await stepper.open('client-credentials', '?step=2')
  await expect(stepper.currentStep).toContainText('2', { timeout: 15_000 })
  const saved = await page.evaluate((key) => sessionStorage.getItem(key), SAVED_RUN_KEY)
  expect(JSON.parse(saved ?? '{}').flowId).toBe('client-credentials')
  // Back on the first flow, its run is made again: the link's step runs forward.
  await stepper.open('authorization-code-pkce', '?step=5')
  await stepper.expectStep(5, 'The authorization server asks for consent')
  expect(
    JSON.parse((await page.evaluate((key) => sessionStorage.getItem(key), SAVED_RUN_KEY)) ?? '{}')
      .session.steps,
  ).toHaveLength(5)
})
