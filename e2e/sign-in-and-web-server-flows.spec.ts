import {
  expect,
  expectAccessible,
  test,
  TRACE_WITHOUT_SNAPSHOTS,
  expectNoSidewaysScroll,
} from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

const OIDC = [
  'Printshop prepares a sign-in: PKCE, state and a nonce',
  'The browser goes to /authorize with scope openid and a nonce',
  'The authorization server shows its login page',
  'Alice signs in at the authorization server',
  'The authorization server asks Alice what Printshop may know',
  'Alice allows it; the server redirects with a code',
  'The browser brings the code to Printshop’s server',
  'Printshop’s server trades the code at /token, with its secret',
  'The tokens arrive, with an ID token',
  'Printshop checks the ID token, claim by claim',
  'Printshop asks the UserInfo endpoint, with the access token',
  'UserInfo answers with Alice’s profile',
  'What each token proves, and to whom',
] as const

const CONFIDENTIAL = [
  'Printshop’s server makes a PKCE verifier, a challenge and state',
  'The browser goes to the authorization endpoint',
  'The authorization server shows its login page',
  'Alice signs in',
  'The authorization server asks for consent',
  'Alice allows access; the server redirects with a code',
  'The browser brings the code to Printshop’s server',
  'Printshop’s server redeems the code with its secret and the verifier',
  'The tokens arrive at Printshop’s server, and stay there',
  'Printshop’s server calls the photo API',
  'The photo API returns Alice’s photos',
  'Confidential or public: what changed, and what did not',
] as const

test('OpenID Connect by keyboard: the nonce, the ID token checked claim by claim, UserInfo, what each token proves', async ({
  stepper,
  browserWindow,
  page,
}) => {
  test.setTimeout(120_000)
  await stepper.open('openid-connect')
  let nonce = ''
  await stepper.walk(OIDC, {
    1: async () => {
      nonce = (await stepper.fact('nonce (the ID token must echo it)').textContent()) ?? ''
      expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/)
      await expectAccessible(page, 'OIDC step 1')
    },
    2: async () => {
      await expect(browserWindow.addressBar).toContainText('scope=openid+profile+email+photos.read')
      await expect(browserWindow.addressBar).toContainText(`nonce=${nonce}`)
    },
    8: async () => {
      await expect(stepper.http).toContainText('printshop-secret')
      await expect(stepper.fact('client_secret (kept on Printshop’s server)')).toHaveText(
        'printshop-secret',
      )
    },
    9: async () => {
      await expect(stepper.tokens.getByRole('heading', { name: 'ID token' })).toBeVisible()
      await expect(stepper.tokens.getByRole('heading', { name: 'Access token' })).toBeVisible()
      await expect(stepper.fact('id_token')).toContainText('oauth4webapi accepted it')
    },
    10: async () => {
      await expect(stepper.fact(/^nonce$/)).toContainText(nonce)
      await expect(stepper.fact(/^nonce$/)).toContainText('✓')
      await expect(stepper.fact(/^at_hash$/)).toContainText('equal to at_hash')
      await expect(stepper.fact('signature')).toContainText('Not checked by the client')
      await expect(stepper.fact('at_hash, recomputed')).toContainText('SHA-256 over the access')
      await expect(stepper.http).toContainText('No HTTP this step')
      await expectAccessible(page, 'the ID token checks')
    },
    11: async () => {
      await expect(stepper.http).toContainText('GET /userinfo')
    },
    12: async () => {
      await expect(stepper.fact(/^email$/)).toHaveText('alice@photos.example')
      await expect(stepper.fact(/^sub$/)).toContainText('the ID token’s sub')
    },
    13: async () => {
      await expect(stepper.panel).toContainText('Flow complete')
      await expect(stepper.fact('ID token: for Printshop')).toContainText('aud printshop')
      await expect(stepper.fact('Access token: for the API')).toContainText(
        'aud https://api.photos.example',
      )
      await expectAccessible(page, 'what each token proves')
    },
  })
  // The token panel's Inspect link checks the ID token against the nonce and the access token.
  await stepper.tokens
    .getByRole('link', { name: 'Inspect the id token in the token inspector' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Token inspector' })).toBeVisible()
  await expect(page.getByText('nonce is the one sent').first()).toBeVisible()
  await expect(page.getByText('at_hash matches the access token').first()).toBeVisible()
  await expect(page.getByText(nonce).first()).toBeVisible()
})

test('the confidential web app by keyboard: the secret from the server, the tokens kept there, then a link to the public client', async ({
  stepper,
  browserWindow,
  page,
}) => {
  test.setTimeout(120_000)
  await stepper.open('authorization-code-confidential')
  await stepper.walk(CONFIDENTIAL, {
    1: async () => {
      await expect(stepper.panel).toContainText('OAuth 2.1 §7.5.1')
      await expectAccessible(page, 'confidential step 1')
    },
    7: async () => {
      await expect(browserWindow.addressBar).toContainText(
        'https://printshop.example/callback?code=',
      )
    },
    8: async () => {
      await expect(stepper.http).toContainText('POST /token')
      await expect(stepper.http).toContainText('printshop-secret')
      await expect(stepper.http).toContainText('code_verifier')
    },
    9: async () => {
      await expect(stepper.fact('where the tokens are kept')).toHaveText(
        'on Printshop’s server, not in the browser',
      )
      await expect(stepper.tokens.getByRole('heading', { name: 'Refresh token' })).toBeVisible()
    },
    12: async () => {
      await expect(stepper.panel).toContainText('Flow complete')
      await expectAccessible(page, 'confidential, the end')
    },
  })
  await stepper.panel
    .getByRole('link', { name: 'Step through the same grant for the public client photo-spa' })
    .click()
  await stepper.expectStep(1, 'The client makes a PKCE verifier and challenge')
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const [flowId, titles] of [
    ['openid-connect', OIDC],
    ['authorization-code-confidential', CONFIDENTIAL],
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
          await expectNoSidewaysScroll(page)
        },
      })
    })
  }
})
