import {
  expect,
  expectAccessible,
  test,
  TRACE_WITHOUT_SNAPSHOTS,
  expectNoSidewaysScroll,
} from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

const IMPLICIT = [
  'The legacy app builds an implicit authorization request',
  'The browser goes to /authorize with response_type=token',
  'The authorization server shows its login page',
  'Alice signs in',
  'The authorization server asks for consent',
  'Alice allows access; the server redirects with the access token itself',
  'The token lands in the address bar, and in the browser history',
  'The app’s own script reads the fragment: no library will',
  'The app calls the photo API with the token from the fragment',
  'The photo API returns Alice’s photos',
  'Use the authorization code with PKCE instead',
] as const

const PASSWORD = [
  'Alice types her password into the legacy app’s own form',
  'The app sends Alice’s password to /token',
  'The server returns an access token, and no refresh token',
  'The app calls the photo API with the token',
  'The photo API returns Alice’s photos',
  'What the app held: Alice’s password, not just a key to her photos',
  'Send Alice to the authorization server instead',
] as const

test('the legacy cards say legacy on their face, with the reason', async ({ page }) => {
  await page.goto('/')
  for (const title of ['Implicit grant (legacy)', 'Password grant (legacy)']) {
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: title }) })
    await expect(card.getByText('Legacy', { exact: true })).toBeVisible()
    await expect(card).toContainText('Why legacy:')
  }
  const implicit = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: 'Implicit grant (legacy)' }) })
  await expect(implicit).toContainText('RFC 9700 §2.1.2 says not to use it')
})

test('implicit by keyboard: the token in the fragment, never sent, read without a library; then what to use instead', async ({
  stepper,
  browserWindow,
  page,
}) => {
  test.setTimeout(120_000)
  await stepper.open('implicit')
  let token = ''
  await stepper.walk(IMPLICIT, {
    1: async () => {
      await expect(stepper.fact('response_type')).toHaveText('token')
      await expect(stepper.choice('Send it to an OAuth 2.1 server')).toBeVisible()
      await expectAccessible(page, 'implicit step 1')
    },
    2: async () => {
      await expect(browserWindow.addressBar).toContainText('response_type=token')
    },
    6: async () => {
      await expect(stepper.http).toContainText('303 See Other')
      await expect(stepper.http).toContainText('#access_token=')
    },
    7: async () => {
      await expect(browserWindow.addressBar).toContainText(
        'https://legacy.printshop.example/callback#access_token=',
      )
      // Read from the browser's own history, not from what the app received.
      await expect(stepper.fact('browser history, latest entry')).toContainText(
        'https://legacy.printshop.example/callback#access_token=',
      )
      await expect(stepper.panel).toContainText('the access token is in the history')
      // The request to the app carried no fragment: the token is not in this step's HTTP at all.
      await expect(stepper.http).toContainText('GET /callback')
      await expect(stepper.http).not.toContainText('access_token')
      await expect(
        browserWindow
          .frame()
          .getByText('The request that reached Legacy Printshop app carried no parameters.'),
      ).toBeVisible()
      await expectAccessible(page, 'the token in the address bar')
    },
    8: async () => {
      await expect(stepper.fact('read by')).toHaveText(
        'the app’s own script (location.hash), not oauth4webapi',
      )
      await expect(stepper.panel).toContainText('leaves the implicit grant out')
      token = (await stepper.fact(/^access_token$/).textContent()) ?? ''
      expect(token.split('.')).toHaveLength(3)
      await expect(stepper.fact('refresh_token')).toContainText('never issues one')
      await expect(stepper.tokens).toContainText('in the redirect fragment')
      await expect(stepper.fact('state received')).toContainText('✓')
    },
    10: async () => {
      await expect(stepper.fact('album of')).toHaveText('alice')
    },
    11: async () => {
      await expect(stepper.panel).toContainText('Flow complete')
      await expect(stepper.panel).toContainText('OAuth 2.1 §10.1')
      await expectAccessible(page, 'implicit, use this instead')
    },
  })
  expect(await browserWindow.addressBar.textContent()).toContain(token.slice(-20))
  await stepper.panel
    .getByRole('link', { name: 'Use this instead: step through Authorization Code with PKCE' })
    .click()
  await stepper.expectStep(1, 'The client makes a PKCE verifier and challenge')
})

test('implicit: the same request to an OAuth 2.1 server gets its real unsupported_response_type', async ({
  stepper,
  browserWindow,
  page,
}) => {
  await stepper.open('implicit')
  await stepper.expectStep(1, IMPLICIT[0])
  await stepper.choice('Send it to an OAuth 2.1 server').click()
  await stepper.expectStep(2, 'The same request to an OAuth 2.1 server')
  await expect(stepper.fact(/^error$/)).toHaveText('unsupported_response_type')
  await expect(stepper.fact('error_description')).toContainText('implicit grant is removed')
  await expect(stepper.http).toContainText('response_type=token')
  await stepper.nextByKey(3, 'The browser brings the refusal to the app')
  await expect(browserWindow.addressBar).toContainText('?error=unsupported_response_type')
  await expect(
    browserWindow.frame().getByText('an error instead of a token', { exact: false }),
  ).toBeVisible()
  await stepper.nextByKey(4, 'Refused: OAuth 2.1 has no implicit grant')
  await expect(stepper.panel).toContainText('Ended: the server refused the request')
  await expectAccessible(page, 'implicit refused by OAuth 2.1')
  // R restarts (Home only goes back to this run's step 1): the rfc6749 set-up is back, the grant works.
  await page.keyboard.press('r')
  await stepper.expectStep(1, IMPLICIT[0])
  await stepper.nextByKey(2, IMPLICIT[1])
  await expect(stepper.http).toContainText('302 Found')
  await expect(stepper.http).toContainText('/login?request_id=')
  await expect(stepper.http).not.toContainText('unsupported_response_type')
})

test('password by keyboard: the password in the app’s hands and in the request; then what to use instead', async ({
  stepper,
  page,
}) => {
  test.setTimeout(120_000)
  const screen = page.getByRole('region', { name: 'Legacy Printshop app' })
  await stepper.open('password')
  await stepper.walk(PASSWORD, {
    1: async () => {
      await expect(screen).toContainText('Sign in with your photos.example account')
      await expect(screen).toContainText('wonderland')
      await expect(stepper.fact('password, as the app received it')).toHaveText('wonderland')
      await expect(stepper.choice('Alice mistypes her password')).toBeVisible()
      await expectAccessible(page, 'password step 1')
    },
    2: async () => {
      await expect(stepper.http).toContainText('grant_type')
      const passwordRow = stepper.http
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'password', exact: true }) })
      await expect(passwordRow).toContainText('wonderland')
      await expect(stepper.http).toContainText('legacy-app-secret')
    },
    3: async () => {
      await expect(stepper.fact('refresh_token')).toHaveText('none')
      await expect(stepper.tokens.getByRole('heading', { name: 'Refresh token' })).toHaveCount(0)
    },
    6: async () => {
      await expect(stepper.fact('Alice’s password, seen by the app')).toHaveText('wonderland')
      await expect(stepper.panel).toContainText('MUST NOT be used')
    },
    7: async () => {
      await expect(stepper.panel).toContainText('Flow complete')
      await expectAccessible(page, 'password, use this instead')
    },
  })
  await stepper.panel
    .getByRole('link', {
      name: 'Use this instead: step through the authorization code flow for a web server',
    })
    .click()
  await stepper.expectStep(1, 'Printshop’s server makes a PKCE verifier, a challenge and state')
})

test('password: a mistyped password gets invalid_grant; OAuth 2.1 refuses the grant itself', async ({
  stepper,
  page,
}) => {
  await stepper.open('password')
  await stepper.expectStep(1, PASSWORD[0])
  await stepper.choice('Alice mistypes her password').click()
  await stepper.expectStep(2, 'The app sends the mistyped password')
  await expect(page.getByRole('region', { name: 'Legacy Printshop app' })).toContainText(
    'wonderland1',
  )
  await stepper.nextByKey(3, 'invalid_grant: the app learns the password was wrong')
  await expect(stepper.fact(/^error$/)).toHaveText('invalid_grant')
  await expect(stepper.http).toContainText('username or password is wrong')

  await page.keyboard.press('r')
  await stepper.expectStep(1, PASSWORD[0])
  await stepper.choice('Send it to an OAuth 2.1 server').click()
  await stepper.expectStep(2, 'The same request to an OAuth 2.1 server')
  await stepper.nextByKey(3, 'Refused: OAuth 2.1 has no password grant')
  await expect(stepper.fact(/^error$/)).toHaveText('unsupported_grant_type')
  await expect(stepper.panel).toContainText('Ended: the server refused the request')
  await expectAccessible(page, 'password refused by OAuth 2.1')
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const [flowId, titles] of [
    ['implicit', IMPLICIT],
    ['password', PASSWORD],
  ] as const) {
    test(`${flowId}: every step by keyboard, accessible, with no sideways scrolling`, async ({
      stepper,
      page,
    }) => {
      test.setTimeout(120_000)
      await stepper.open(flowId)
      const middle = Math.ceil(titles.length / 2)
      await stepper.walk(titles, {
        1: () => expectAccessible(page, `${flowId} at 390 px, step 1`),
        [middle]: () => expectAccessible(page, `${flowId} at 390 px, step ${middle}`),
        [titles.length]: async () => {
          await expectAccessible(page, `${flowId} at 390 px, the end`)
          await expect(stepper.panel.getByRole('link', { name: /^Use this instead/ })).toBeVisible()
          await expectNoSidewaysScroll(page)
        },
      })
    })
  }
})
