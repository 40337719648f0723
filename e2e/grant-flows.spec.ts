import {
  expect,
  expectAccessible,
  expectNoSidewaysScroll,
  test,
  TRACE_WITHOUT_SNAPSHOTS,
  type Stepper,
} from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

/** Presses → until step `n` shows `title`. */
async function stepTo(stepper: Stepper, from: number, n: number, title: string | RegExp) {
  for (let i = from + 1; i < n; i++) {
    await stepper.page.keyboard.press('ArrowRight')
    await expect(stepper.currentStep).toContainText(String(i), { timeout: 15_000 })
  }
  await stepper.nextByKey(n, title)
}

test('client credentials: no user and no browser, a token for the job itself, asked for again an hour later', async ({
  stepper,
  page,
}) => {
  await stepper.open('client-credentials')
  await stepper.expectStep(1, 'The backup job asks for a token for itself')
  await expect(stepper.diagramCaption).toContainText(
    'The client (Backup job) sends POST /token to the authorization server',
  )
  await expect(page.getByRole('region', { name: "Alice's browser" })).toHaveCount(0)
  await expect(stepper.http).toContainText('client_credentials')
  await expect(stepper.http).toContainText('backup-job-secret')
  await expectAccessible(page, 'client credentials, step 1')

  await stepTo(stepper, 1, 4, 'The photo API answers for the job, not for Alice')
  await expect(stepper.fact('album of')).toHaveText('backup-job')
  await expect(stepper.accessTokenClaim('sub')).toHaveText('backup-job')

  await stepper.nextByKey(5, 'An hour later, the API refuses the expired token')
  await expect(stepper.panel).toContainText(
    'An hour later: the lab clock moved 1 h before this step',
  )
  await expect(stepper.http).toContainText('401 Unauthorized')
  await expect(stepper.http).toContainText('invalid_token')
  await stepTo(stepper, 5, 7, 'A fresh token for another hour')
  await expect(stepper.panel).toContainText('Flow complete')
  await expect(stepper.tokens.getByRole('heading', { name: 'Refresh token' })).toHaveCount(0)
  await expectAccessible(page, 'client credentials, the end')
})

test('device authorization: the TV shows a code and a QR code, polls while Alice approves on her phone, then shows her photos', async ({
  stepper,
  page,
}) => {
  test.setTimeout(120_000)
  const tv = page.getByRole('region', { name: 'Frame TV' })
  const phone = page.getByRole('region', { name: "Alice's phone" })
  await stepper.open('device-authorization')
  await stepper.expectStep(1, 'The TV asks the authorization server for a device code')
  await stepTo(stepper, 1, 3, 'The TV shows Alice the code and where to enter it')
  const userCode = (await stepper.fact('user_code on the screen').textContent()) ?? ''
  expect(userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/)
  await expect(tv).toContainText(userCode)
  // Each window is lit while its role takes part: the TV shows the code, the phone waits.
  await expect(tv).toContainText('Takes part in this step')
  await expect(phone).toContainText('Idle this step')
  await expect(
    tv.getByRole('img', {
      name: /^QR code of https:\/\/auth\.photos\.example\/device\?user_code=/,
    }),
  ).toBeVisible()
  await expect(stepper.http).toContainText('No HTTP this step')
  await expectAccessible(page, 'the TV showing its code')

  await stepper.nextByKey(4, 'The TV polls the token endpoint')
  await expect(stepper.panel).toContainText(
    'One polling interval later: the lab clock moved 5 s before this step',
  )
  await expect(stepper.http).toContainText('authorization_pending')

  await stepper.nextByKey(5, 'Alice opens the verification page on her phone')
  await expect(phone).toContainText('Takes part in this step')
  await expect(tv).toContainText('Idle this step')
  await expect(phone.frameLocator('iframe').getByLabel('Code')).toHaveValue(userCode)
  await expectAccessible(page, 'the code page on the phone')
  await stepTo(stepper, 5, 10, 'The server asks Alice to approve the TV')
  await expect(phone.frameLocator('iframe').getByText(userCode)).toBeVisible()
  await expect(stepper.choice('Deny')).toBeVisible()
  await expect(stepper.choice('Leave it for 10 minutes')).toBeVisible()
  await stepTo(stepper, 10, 13, 'The poll returns the tokens')
  await expect(stepper.tokens.getByRole('heading', { name: 'ID token' })).toBeVisible()
  await stepTo(stepper, 13, 15, 'The TV shows Alice’s photos')
  await expect(tv.getByRole('img', { name: 'Christ Church Meadow at dawn' })).toBeVisible()
  await expectAccessible(page, 'the TV showing the photos')
})

test('device authorization: polling too soon is answered with slow_down, and later polls wait 10 s', async ({
  stepper,
}) => {
  await stepper.open('device-authorization', '?step=4')
  await stepper.expectStep(4, 'The TV polls the token endpoint')
  // A choice from the keyboard: Enter on it, and the focus comes back to the step for the next key.
  await stepper.choice('Poll again at once').focus()
  await stepper.page.keyboard.press('Enter')
  await stepper.expectStep(5, 'The TV polls too soon and is told to slow down')
  await expect(stepper.page.locator('#step-title')).toBeFocused()
  await expect(stepper.http).toContainText('slow_down')
  await expect(stepper.fact('polling interval now')).toHaveText('10 s')
  await stepTo(stepper, 5, 10, 'The TV polls the token endpoint')
  await expect(stepper.panel).toContainText('the lab clock moved 10 s before this step')
})

test('device authorization: Alice denies on her phone, and the next poll gets access_denied', async ({
  stepper,
  page,
}) => {
  await stepper.open('device-authorization', '?step=10')
  await stepper.expectStep(10, 'The server asks Alice to approve the TV')
  const phone = page.getByRole('region', { name: "Alice's phone" })
  await phone.frameLocator('iframe').getByRole('button', { name: 'Deny' }).click()
  await stepper.expectStep(11, 'Alice denies the TV')
  await stepTo(stepper, 11, 13, 'The poll says access_denied: the TV stops')
  await expect(stepper.panel).toContainText('Ended: access denied')
  await expect(page.getByRole('region', { name: 'Frame TV' })).toContainText('Not connected')
})

test('device authorization: ten minutes without a decision, and the device code expires', async ({
  stepper,
}) => {
  await stepper.open('device-authorization', '?step=10')
  await stepper.expectStep(10, 'The server asks Alice to approve the TV')
  await stepper.choice('Leave it for 10 minutes').click()
  await stepper.expectStep(11, 'Ten minutes later the TV polls again')
  await expect(stepper.http).toContainText('expired_token')
  await stepper.nextByKey(12, 'The device code expired: the TV must start over')
  await expect(stepper.panel).toContainText('Ended: time ran out')
})

test('refresh token: an expired access token is refreshed, the refresh token rotated, then revoked; a replay revokes the family', async ({
  stepper,
  page,
}) => {
  test.setTimeout(90_000)
  await stepper.open('refresh-token')
  await stepper.expectStep(1, 'Earlier: Alice let Printshop read her photos')
  await expect(stepper.http.getByText(/^Step 1[a-g]$/)).toHaveCount(7)
  await stepper.nextByKey(2, 'An hour later, the photo API refuses the access token')
  await expect(stepper.http).toContainText('invalid_token')
  await stepTo(stepper, 2, 4, 'New tokens, and a new refresh token: rotation')
  await expect(stepper.fact('new refresh token')).toContainText('rotated: a different token')
  await stepTo(stepper, 4, 6, 'The photo API returns Alice’s photos again')
  await expectAccessible(page, 'refresh token, step 6')
  await stepper.choice('Replay the old refresh token').focus()
  await page.keyboard.press(' ')
  await stepper.expectStep(
    7,
    'The old refresh token comes back: the server revokes the whole family',
  )
  await expect(stepper.http).toContainText('invalid_grant')
  await stepTo(stepper, 7, 9, 'Even the newest refresh token is refused: the family is revoked')
  await expect(stepper.panel).toContainText('Ended: the server refused the request')

  // The other way from step 6: Alice disconnects the app.
  await stepper.timeline.getByRole('link', { name: /returns Alice’s photos again/ }).click()
  await stepper.expectStep(6, 'The photo API returns Alice’s photos again')
})

test('refresh token: the default run revokes, introspects, and shows the JWT living on until it expires', async ({
  stepper,
}) => {
  await stepper.open('refresh-token', '?step=8')
  await stepper.expectStep(8, 'Introspection confirms: the refresh token is no longer active')
  await expect(stepper.fact('introspection response')).toHaveText('{"active":false}')
  await stepper.nextByKey(9, 'Yet the photo API still accepts the access token')
  await expect(stepper.http).toContainText('200 OK')
  await stepTo(stepper, 9, 11, 'The access token is refused: Printshop is disconnected for good')
  await expect(stepper.panel).toContainText('Flow complete')
})

test('refresh token with the photo API introspecting: the revoked access token is refused at once', async ({
  stepper,
  page,
}) => {
  await stepper.open('refresh-token', '?step=8')
  await stepper.expectStep(8, 'Introspection confirms: the refresh token is no longer active')
  // Flipping the setting starts a fresh run with the API asking the server about every token.
  await page
    .getByRole('switch', {
      name: /^Photo API asks the authorization server about every token: off/,
    })
    .click()
  await expect(
    page.getByRole('switch', {
      name: /^Photo API asks the authorization server about every token: on/,
    }),
  ).toBeVisible()
  await stepTo(stepper, 1, 8, 'Introspection confirms: the refresh token is no longer active')
  await stepper.nextByKey(9, 'Printshop calls the photo API, which asks the authorization server')
  // The API's own request, with its own credentials, answered by the authorization server.
  await expect(stepper.http).toContainText('POST /introspect')
  await expect(stepper.http).toContainText('Photo API → auth.photos.example')
  await expect(stepper.http).toContainText('"active": false')
  await stepper.nextByKey(10, 'The photo API refuses the access token at once: it is revoked')
  await expect(stepper.http).toContainText('invalid_token')
  await expect(stepper.panel).toContainText('Flow complete')
  await expect(page).toHaveURL(/switches=introspection(%3A|:)on/)
  await expectAccessible(page, 'the refresh flow with an introspecting API')
})

test('skipping ahead past a code’s 60 seconds gets the server’s real invalid_grant', async ({
  stepper,
}) => {
  await stepper.open('authorization-code-pkce', '?step=7')
  await stepper.expectStep(7, /the client checks iss and state/)
  await stepper.skip('1 min').click()
  await expect(stepper.page.getByText('skipped ahead at this step: 1 min')).toBeVisible()
  await stepper.nextByKey(8, 'The client trades the code and verifier at /token')
  await expect(stepper.http).toContainText('invalid_grant')
  // Back and forth keeps the recorded time: the skip stays with step 7.
  await stepper.page.keyboard.press('ArrowLeft')
  await stepper.expectStep(7, /the client checks iss and state/)
  await expect(stepper.page.getByText('skipped ahead at this step: 1 min')).toBeVisible()
  await expect(stepper.skip('1 h')).toHaveAttribute('aria-disabled', 'true')
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const [flowId, first, last, total] of [
    [
      'client-credentials',
      'The backup job asks for a token for itself',
      'A fresh token for another hour',
      7,
    ],
    [
      'device-authorization',
      'The TV asks the authorization server for a device code',
      'The TV shows Alice’s photos',
      15,
    ],
    [
      'refresh-token',
      'Earlier: Alice let Printshop read her photos',
      'The access token is refused: Printshop is disconnected for good',
      11,
    ],
  ] as const) {
    test(`${flowId}: steps to the end with the bottom bar, accessible on the way`, async ({
      stepper,
      page,
    }) => {
      test.setTimeout(120_000)
      await stepper.open(flowId)
      await stepper.expectStep(1, first)
      await expectAccessible(page, `${flowId} at phone width, step 1`)
      await expectNoSidewaysScroll(page)
      for (let n = 2; n <= total; n++) {
        // By keyboard (a paired keyboard or a clicker) and by the bottom bar's button, in turn.
        if (n % 2 === 0) await page.keyboard.press('ArrowRight')
        else await stepper.nextButton.click()
        await expect(stepper.currentStep).toContainText(String(n), { timeout: 15_000 })
        if (n === Math.ceil(total / 2)) {
          await expectAccessible(page, `${flowId} at phone width, step ${n}`)
          await expectNoSidewaysScroll(page)
        }
      }
      await expect(stepper.title).toHaveText(last)
      await expectNoSidewaysScroll(page)
    })
  }
})
