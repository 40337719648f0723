import {
  expect,
  expectAccessible,
  test,
  TRACE_WITHOUT_SNAPSHOTS,
  expectNoSidewaysScroll,
} from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

const TITLES = [
  'The client makes a PKCE verifier and challenge',
  'The browser goes to the authorization endpoint',
  'The authorization server shows its login page',
  'Alice signs in',
  'The authorization server asks for consent',
  'Alice allows access; the server redirects with a code',
  'The browser brings the code to the client; the client checks iss and state',
  'The client trades the code and verifier at /token',
  'The authorization server returns the tokens',
  'The client calls the photo API with the access token',
  'The photo API returns Alice’s photos',
] as const

test('walks the whole flow by keyboard: narration, browser window, HTTP and token, back and forth', async ({
  stepper,
  browserWindow,
  page,
}) => {
  test.setTimeout(120_000)
  await stepper.open()
  await stepper.expectStep(1, TITLES[0])
  await expect(stepper.panel).toContainText('RFC 7636 §4.1, §4.2')
  await expect(stepper.http).toContainText('No HTTP this step')
  const verifier = (await stepper.fact('code_verifier (kept secret)').textContent()) ?? ''
  expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
  const state = (await stepper.fact(/^state$/).textContent()) ?? ''
  await expectAccessible(page, 'step 1')

  await stepper.nextByKey(2, TITLES[1])
  await expect(stepper.http).toContainText('GET /authorize')
  await expect(stepper.http).toContainText('302 Found')
  await expect(stepper.http.getByRole('cell', { name: 'S256', exact: true })).toBeVisible()
  await expect(browserWindow.addressBar).toContainText('code_challenge_method=S256')

  await page.keyboard.press(' ')
  await stepper.expectStep(3, TITLES[2])
  await expect(browserWindow.frame().getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await expect(browserWindow.frame().getByLabel('Username')).toHaveValue('alice')
  await expect(browserWindow.frame().getByLabel('Password')).toHaveValue('wonderland')
  await expectAccessible(page, 'the login page')

  await stepper.nextByKey(4, TITLES[3])
  await expect(stepper.http).toContainText('POST /login')
  await expect(stepper.http).toContainText('303 See Other')
  await stepper.nextByKey(5, TITLES[4])
  await expect(browserWindow.frame().getByRole('button', { name: 'Deny' })).toBeVisible()
  await expect(browserWindow.frame().getByText('photos.read')).toBeVisible()
  await expectAccessible(page, 'the consent page')

  await stepper.nextByKey(6, TITLES[5])
  await stepper.nextByKey(7, TITLES[6])
  await expect(browserWindow.addressBar).toContainText(
    'https://spa.printshop.example/callback?code=',
  )
  await expect(browserWindow.addressBar).toContainText(`state=${state}`)
  await expect(stepper.fact('state received')).toContainText('matches the state this client sent')
  await expect(stepper.fact('iss received')).toContainText('the server this client called')

  await stepper.nextByKey(8, TITLES[7])
  await expect(stepper.http).toContainText('POST /token')
  // A browser app's "direct" request still leaves from the browser, with redirect_uri for RFC 6749.
  await expect(stepper.panel).toContainText(
    'Back channel, a direct request from the app’s JavaScript in the browser',
  )
  // What the projected narration leaves out is one click away for a learner on their own.
  await stepper.panel.getByText('More on this step').click()
  await expect(stepper.panel.getByRole('list')).toContainText(
    'OAuth 2.1 drops it from this request because PKCE already stops code injection',
  )
  await expectAccessible(page, 'the token request with its notes open')
  const verifierRow = stepper.http
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'code_verifier', exact: true }) })
  await expect(verifierRow).toContainText(verifier)

  await stepper.nextByKey(9, TITLES[8])
  // One step number for one message: the exchange sent in step 8, its tokens told in step 9.
  await expect(stepper.http).toContainText('Step 8')
  await expect(stepper.tokens).toContainText('JWT · in the token response, step 9')
  await expect(stepper.accessTokenClaim('scope')).toHaveText('photos.read')
  await expect(stepper.accessTokenClaim('aud')).toHaveText('https://api.photos.example')
  const jti = (await stepper.accessTokenClaim('jti').textContent()) ?? ''
  expect(jti.length).toBeGreaterThan(10)
  await expectAccessible(page, 'the tokens')

  await stepper.nextByKey(10, TITLES[9])
  await expect(stepper.http).toContainText('GET /photos')
  // The API fetched the issuer's keys within the step: 10a is the call, 10b and 10c the keys.
  await expect(stepper.http.getByText(/^Step 10[abc]$/)).toHaveText([
    'Step 10a',
    'Step 10b',
    'Step 10c',
  ])
  await stepper.nextByKey(11, TITLES[10])
  await expect(stepper.panel).toContainText('Flow complete')
  await expect(stepper.panel).toContainText(/photos received\s*\d+: Christ Church Meadow at dawn/)
  await expect(stepper.nextButton).toBeDisabled()

  // Back and forward again: the same recorded values, not a new token.
  await page.keyboard.press('ArrowLeft')
  await stepper.expectStep(10, TITLES[9])
  await page.keyboard.press('ArrowLeft')
  await stepper.expectStep(9, TITLES[8])
  await expect(stepper.accessTokenClaim('jti')).toHaveText(jti)
  await page.keyboard.press('ArrowLeft')
  await stepper.expectStep(8, TITLES[7])
  await stepper.nextByKey(9, TITLES[8])
  await expect(stepper.accessTokenClaim('jti')).toHaveText(jti)
  await expect(stepper.timeline.getByRole('link')).toHaveCount(11)
})

test('deep links open a step; a bad step is clamped with a notice', async ({ stepper, page }) => {
  await stepper.open('authorization-code-pkce', '?step=4')
  await stepper.expectStep(4, TITLES[3])
  await expect(page.getByRole('status').filter({ hasText: 'shows step' })).toHaveCount(0)

  for (const [asked, shown, text] of [
    ['0', 1, 'Steps count from 1, so the link’s step 0 shows step 1.'],
    ['99', 11, 'This flow has 11 steps, so the link’s step 99 shows step 11, the last.'],
    ['abc', 1, 'The link asked for step “abc”, which is not a step number, so this is step 1.'],
  ] as const) {
    await stepper.open('authorization-code-pkce', `?step=${asked}`)
    await stepper.expectStep(shown, TITLES[shown - 1])
    await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible()
  }
  await expectAccessible(page, 'a clamped deep link')
})

test('a step in the timeline is a link that runs the flow to it', async ({ stepper }) => {
  await stepper.open()
  await stepper.expectStep(1, TITLES[0])
  await stepper.timeline.getByRole('link', { name: /The client trades the code/ }).click()
  await stepper.expectStep(8, TITLES[7])
  await stepper.timeline.getByRole('link', { name: /asks for consent/ }).click()
  await stepper.expectStep(5, TITLES[4])
})

test('Deny in the browser window ends the flow with access_denied', async ({
  stepper,
  browserWindow,
}) => {
  await stepper.open('authorization-code-pkce', '?step=5')
  await stepper.expectStep(5, TITLES[4])
  await browserWindow.frame().getByRole('button', { name: 'Deny' }).click()
  await stepper.expectStep(6, 'Alice denies access; the server redirects with an error')
  await expect(stepper.http).toContainText('decision')
  await stepper.nextButton.click()
  await stepper.expectStep(7, 'The browser brings the error to the client')
  await expect(browserWindow.addressBar).toContainText('error=access_denied')
  await stepper.nextButton.click()
  await stepper.expectStep(8, 'Access denied: the flow ends here')
  await expect(stepper.panel).toContainText('Ended: access denied')
  await expect(stepper.nextButton).toBeDisabled()
  await expect(stepper.tokens).toContainText('No tokens yet')
})

test('a wrong password typed in the window is refused; Next then signs Alice in', async ({
  stepper,
  browserWindow,
  page,
}) => {
  await stepper.open('authorization-code-pkce', '?step=3')
  await stepper.expectStep(3, TITLES[2])
  const frame = browserWindow.frame()
  await frame.getByLabel('Password').fill('not-her-password')
  // Keys typed in the page belong to the page, not to the player.
  await frame.getByLabel('Password').press('ArrowRight')
  await expect(page).toHaveURL(/step=3/)
  await frame.getByRole('button', { name: 'Sign in' }).click()
  await stepper.expectStep(4, 'The authorization server refuses the sign-in')
  await expect(frame.getByRole('alert')).toContainText('That username and password do not match')
  await expect(stepper.http).toContainText('400 Bad Request')
  await stepper.nextButton.click()
  await stepper.expectStep(5, TITLES[3])
  await expect(stepper.http).toContainText('303 See Other')
})

test('Next step submits what the learner typed into the login page', async ({
  stepper,
  browserWindow,
}) => {
  await stepper.open('authorization-code-pkce', '?step=3')
  await stepper.expectStep(3, TITLES[2])
  await browserWindow.frame().getByLabel('Username').fill('bob')
  await stepper.nextButton.click()
  await stepper.expectStep(4, 'The authorization server refuses the sign-in')
  const posted = stepper.http
    .getByRole('row')
    .filter({ has: stepper.page.getByRole('rowheader', { name: 'username', exact: true }) })
  await expect(posted).toContainText('bob')
})

test('Home and End move within the recorded run; Restart asks first, R restarts; Play advances until Pause', async ({
  stepper,
  page,
}) => {
  test.setTimeout(60_000)
  await stepper.open('authorization-code-pkce', '?step=3')
  await stepper.expectStep(3, TITLES[2])
  await page.keyboard.press('Home')
  await stepper.expectStep(1, TITLES[0])
  const first = await stepper.fact('code_verifier (kept secret)').textContent()
  await page.keyboard.press('End')
  await stepper.expectStep(3, TITLES[2])
  await page.keyboard.press('Home')
  await expect(stepper.fact('code_verifier (kept secret)')).toHaveText(first ?? '')
  // The Restart button asks before it discards the three recorded steps; Keep them keeps them.
  await stepper.restartButton.click()
  await page.getByRole('button', { name: 'Keep them' }).click()
  await expect(stepper.timeline.getByRole('link')).toHaveCount(11)
  await page.keyboard.press('End')
  await stepper.expectStep(3, TITLES[2])
  await page.keyboard.press('r')
  await stepper.expectStep(1, TITLES[0])
  await expect(stepper.fact('code_verifier (kept secret)')).not.toHaveText(first ?? '')

  // Play waits long enough to read each step; at the fast speed, half as long.
  await page.getByRole('combobox', { name: 'Play speed' }).selectOption('fast')
  await stepper.button('Play').click()
  await expect(stepper.currentStep).toContainText('2', { timeout: 20_000 })
  await stepper.button('Pause').click()
  await expect(stepper.button('Play')).toBeVisible()
  await page.waitForTimeout(3500)
  await stepper.expectStep(2, TITLES[1])
})

test('a presentation clicker steps with PageDown and PageUp; the keys are shown on the page', async ({
  stepper,
  page,
}) => {
  await stepper.open()
  await stepper.expectStep(1, TITLES[0])
  await expect(
    page.getByText('Keys: → / PageDown next · ← / PageUp back · F present · ? all keys'),
  ).toBeVisible()
  await page.keyboard.press('PageDown')
  await stepper.expectStep(2, TITLES[1])
  await page.keyboard.press('PageDown')
  await stepper.expectStep(3, TITLES[2])
  await page.keyboard.press('PageUp')
  await stepper.expectStep(2, TITLES[1])
  // The clicker's key does not scroll the page away from the step either.
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  // With the focus on Next step (after a click), PageDown still steps.
  await stepper.nextButton.click()
  await stepper.expectStep(3, TITLES[2])
  await page.keyboard.press('PageDown')
  await stepper.expectStep(4, TITLES[3])
})

test('a clicker keeps stepping after a click inside a window: on its text, or in its form', async ({
  stepper,
  page,
  browserWindow,
}) => {
  await stepper.open('authorization-code-pkce', '?step=3')
  await stepper.expectStep(3, TITLES[2])
  // In a field, typing keys are the field's, but a clicker's PageDown is still the player's.
  const password = browserWindow.frame().getByLabel('Password')
  await password.click()
  await page.keyboard.press('n')
  await expect(password).toHaveValue('wonderlandn')
  await stepper.expectStep(3, TITLES[2])
  await page.keyboard.press('Backspace')
  await page.keyboard.press('PageDown')
  await stepper.expectStep(4, TITLES[3])
  await expect(page.locator('#step-title')).toBeFocused()
  // A click on the page's text: the focus goes into the frame, then straight back to the player.
  await page.keyboard.press('PageUp')
  await stepper.expectStep(3, TITLES[2])
  await browserWindow.frame().getByRole('heading', { name: 'Sign in' }).click()
  await expect(page.locator('#step-title')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await stepper.expectStep(4, TITLES[3])
})

test('quick presses through recorded steps land where they lead and stay there', async ({
  stepper,
  page,
}) => {
  await stepper.open('authorization-code-pkce', '?step=8')
  await stepper.expectStep(8, TITLES[7])
  for (const key of [
    'PageUp',
    'ArrowLeft',
    'PageUp',
    'ArrowLeft',
    'PageUp',
    'PageDown',
    'ArrowRight',
    'PageDown',
  ])
    await page.keyboard.press(key, { delay: 0 })
  await stepper.expectStep(6, TITLES[5])
  await page.waitForTimeout(1000)
  await stepper.expectStep(6, TITLES[5])
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowRight')
  }
  await page.keyboard.press('ArrowRight')
  await stepper.expectStep(7, TITLES[6])
  await page.waitForTimeout(1000)
  await stepper.expectStep(7, TITLES[6])
})

test('keyboard only: the focus stays on the control that was pressed, even when it reaches an end', async ({
  stepper,
  page,
}) => {
  await stepper.open('authorization-code-pkce', '?step=10')
  await stepper.expectStep(10, TITLES[9])
  await stepper.nextButton.focus()
  await page.keyboard.press('Enter')
  await stepper.expectStep(11, TITLES[10])
  await expect(stepper.nextButton).toBeDisabled()
  await expect(stepper.nextButton).toBeFocused()
  // Pressing it again does nothing; Shift+Tab reaches Previous step, and Enter goes back.
  await page.keyboard.press('Enter')
  await stepper.expectStep(11, TITLES[10])
  await page.keyboard.press('Shift+Tab')
  await expect(stepper.previousButton).toBeFocused()
  await page.keyboard.press('Enter')
  await stepper.expectStep(10, TITLES[9])
  await expect(stepper.previousButton).toBeFocused()
})

test('a round trip to the inspector keeps the flow at its step with the same tokens', async ({
  stepper,
  page,
}) => {
  await stepper.open('authorization-code-pkce', '?step=9')
  await stepper.expectStep(9, TITLES[8])
  const jti = (await stepper.accessTokenClaim('jti').textContent()) ?? ''
  expect(jti.length).toBeGreaterThan(10)
  await stepper.tokens
    .getByRole('link', { name: 'Inspect the access token in the token inspector' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Token inspector' })).toBeVisible()
  await expect(page.getByText(jti).first()).toBeVisible()

  await page.goBack()
  await stepper.expectStep(9, TITLES[8])
  await expect(stepper.accessTokenClaim('jti')).toHaveText(jti)
  await expect(
    page.getByRole('status').filter({ hasText: 'Running the flow forward' }),
  ).toHaveCount(0)
  // The recorded steps are all still there: step 1 shows the same verifier, forward again the same token.
  await stepper.timeline.getByRole('link', { name: /PKCE verifier/ }).click()
  await stepper.expectStep(1, TITLES[0])
  await stepper.timeline.getByRole('link', { name: /returns the tokens/ }).click()
  await stepper.expectStep(9, TITLES[8])
  await expect(stepper.accessTokenClaim('jti')).toHaveText(jti)

  // Leaving by the Flows link and coming back through the catalogue resumes at the same step.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Flows' }).click()
  await page.getByRole('link', { name: 'Step through it: Authorization Code with PKCE' }).click()
  await stepper.expectStep(9, TITLES[8])
  await expect(stepper.accessTokenClaim('jti')).toHaveText(jti)
  await stepper.nextByKey(10, TITLES[9])
  await expect(stepper.http).toContainText('GET /photos')
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('steps with the bottom bar and stays accessible', async ({
    stepper,
    browserWindow,
    page,
  }) => {
    await stepper.open()
    await stepper.expectStep(1, TITLES[0])
    // The diagram leaves room: the narration's title is on the first screen, above the control bar.
    const titleBox = await stepper.title.boundingBox()
    const barBox = await stepper.controls.boundingBox()
    expect(titleBox && barBox && titleBox.y + titleBox.height).toBeLessThanOrEqual(barBox?.y ?? 0)
    await stepper.nextButton.click()
    await stepper.nextButton.click()
    await stepper.expectStep(3, TITLES[2])
    await expect(browserWindow.frame().getByLabel('Username')).toHaveValue('alice')
    await expect(stepper.nextButton).toBeInViewport()
    await expectAccessible(page, 'the login page at 390 px')
    await expectNoSidewaysScroll(page)
  })
})

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })

  test('the message does not move; the arrow and its label stay', async ({ stepper, page }) => {
    await stepper.open('authorization-code-pkce', '?step=2')
    await stepper.expectStep(2, TITLES[1])
    const diagram = page.locator('.flow-diagram')
    await expect(diagram.getByText('GET /authorize')).toBeVisible()
    await expect(diagram.locator('.message-packet')).toHaveCount(0)
    await expect(diagram.locator('path[marker-end]')).toHaveCount(1)
  })
})

test('without a motion preference the message travels along its arrow', async ({
  stepper,
  page,
}) => {
  await stepper.open('authorization-code-pkce', '?step=2')
  await stepper.expectStep(2, TITLES[1])
  await expect(page.locator('.flow-diagram .message-packet')).toHaveCount(1)
})
