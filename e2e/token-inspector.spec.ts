import AxeBuilder from '@axe-core/playwright'
import { type Locator, type Page } from '@playwright/test'
import { expect, test as base } from './fixtures'
import { exportSPKI, generateKeyPair, SignJWT } from 'jose'

/** The RFC 7515 Appendix A.1 example: HS256, exp 1300819380 (2011-03-22 18:43:00 UTC). */
const RFC7515_A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
const RFC7515_A1_KEY =
  '{"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}'

/** The inspector page as a learner sees it: its controls by their accessible names. */
class Inspector {
  readonly tokenBox: Locator
  readonly verdict: Locator
  constructor(readonly page: Page) {
    this.tokenBox = page.getByRole('textbox', { name: /^Token: paste a JWT/ })
    this.verdict = page
      .getByRole('region', { name: 'Verification' })
      .locator('p.font-semibold')
      .first()
  }
  region(name: string) {
    return this.page.getByRole('region', { name, exact: true })
  }
  async open(hash = '') {
    await this.page.goto(`/inspect${hash}`)
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Token inspector' }),
    ).toBeVisible()
  }
  async mint(): Promise<string> {
    await this.page.getByRole('button', { name: 'Get a fresh token from the lab' }).click()
    await expect(this.verdict).toContainText('Valid: the signature verifies', { timeout: 15_000 })
    return this.tokenBox.inputValue()
  }
  step(name: string) {
    return this.page
      .getByRole('list', { name: 'Verification steps' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) })
  }
}

// The shared fixtures fail a test on a console error or a CSP violation.
const test = base.extend<{ inspector: Inspector }>({
  inspector: async ({ page, consoleErrors }, provide) => {
    void consoleErrors
    await provide(new Inspector(page))
  },
})

// Trace DOM snapshots run script in every frame; in the flow player's sandboxed browser window
// (no allow-scripts, on purpose) Chromium logs that as a console error the app never caused.
test.use({ trace: { mode: 'retain-on-failure', snapshots: false, screenshots: true } })

test('a fresh lab token: decoded, verified, checked against its request, and axe-clean', async ({
  inspector,
  page,
}) => {
  await inspector.open()
  await expect(page.getByRole('link', { name: 'Inspect' })).toHaveAttribute('aria-current', 'page')
  const token = await inspector.mint()
  expect(token.split('.')).toHaveLength(3)
  await expect(page).toHaveURL(/\/inspect#token=eyJ[\w-]+\.[\w-]+\.[\w-]+&kind=access_token&/)

  const payload = inspector.region('Payload (claims)')
  await expect(payload.getByText('"photos.read"', { exact: true })).toBeVisible()
  await expect(payload.getByText('"https://api.photos.example"', { exact: true })).toBeVisible()
  await expect(payload.getByText(/expires in (59 min \d+ s|1 h)/)).toBeVisible()
  await expect(inspector.step('Signature')).toContainText(
    'The signature matches the header and payload under an EC key on curve P-256',
  )
  await expect(inspector.step('Type (typ)')).toContainText('typ is at+jwt, as expected.')

  const checks = page.getByRole('list', { name: 'Checks against the request' })
  await expect(checks.getByRole('listitem')).toHaveText([
    /typ is at\+jwt/,
    /iss is the issuer/,
    /aud holds the API/,
    /client_id is the client/,
    /Scope requested vs granted/,
  ])
  await expect(page.getByText('All 5 checks that apply passed.')).toBeVisible()

  // The lab clock moves: an hour later the same token has expired, by the inspector's count.
  await page.getByRole('button', { name: 'Skip ahead 1 h' }).click()
  await expect(inspector.verdict).toContainText(
    /^✗ Expired at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC: expired (just now|\d+ s ago) by the lab clock\.$/,
  )

  const axe = await new AxeBuilder({ page }).analyze()
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
})

test('an ID token from a real sign-in: nonce and at_hash checked against the request, step by step', async ({
  inspector,
  page,
}) => {
  await inspector.open()
  await page.getByRole('button', { name: 'Sign in as Alice for an ID token' }).click()
  await expect(inspector.verdict).toContainText('Valid: the signature verifies', {
    timeout: 15_000,
  })
  await expect(page).toHaveURL(
    /#token=[\w.-]+&kind=id_token&iss=[^&]+&client_id=photo-spa&nonce=[\w-]+&access_token=[\w.-]+&/,
  )
  await expect(
    inspector.region('Payload (claims)').getByText('"photo-spa"', { exact: true }),
  ).toBeVisible()

  const checks = page.getByRole('list', { name: 'Checks against the request' })
  await expect(
    checks.getByRole('listitem').filter({ hasText: 'nonce is the one sent' }),
  ).toContainText('exactly the value the client sent')
  const atHash = checks
    .getByRole('listitem')
    .filter({ hasText: 'at_hash matches the access token' })
  await expect(atHash).toContainText(/Recomputed [\w-]{22} from the access token: equal to at_hash/)
  await expect(atHash.getByRole('listitem')).toHaveText([
    /^Take the access token's ASCII octets: \d+ bytes\.$/,
    /^Hash them with SHA-256 \(ES256 signs with SHA-256, so the hash is SHA-256\):[0-9a-f]{64}$/,
    /^Keep the left half, 16 bytes:[0-9a-f]{32}$/,
    /^Encode it as base64url without padding: [\w-]{22}$/,
  ])
  await expect(page.getByText(/^All \d checks that apply passed\.$/)).toBeVisible()

  // Had the client asked for openid alone, the wider grant is a warning (least privilege), not a failure.
  const narrower = page.url().replace(/scope_requested=[^&]*/, 'scope_requested=openid')
  await page.goto('about:blank')
  await page.goto(narrower)
  const scope = page
    .getByRole('list', { name: 'Checks against the request' })
    .getByRole('listitem')
    .filter({ hasText: 'Scope requested vs granted' })
  await expect(scope).toContainText('Warning: Scope requested vs granted')
  await expect(scope).toContainText('breaks least privilege (RFC 9700 §2.3)')
  await expect(
    page.getByText(/^All \d checks that apply passed, with one warning below\.$/),
  ).toBeVisible()
})

test('paste a token, tamper with it, send it to the photo API and see the 401', async ({
  inspector,
  page,
}) => {
  await inspector.open()
  const token = await inspector.mint()
  await page.getByRole('button', { name: 'Clear' }).click()
  await expect(page).toHaveURL(/\/inspect$/)
  await inspector.tokenBox.fill(token)
  await expect(inspector.verdict).toContainText('Valid: the signature verifies')

  const tamper = inspector.region('Tamper and replay')
  await tamper.getByRole('button', { name: 'Add photos.write to scope' }).click()
  await expect(tamper.getByRole('textbox', { name: 'Payload (edit the JSON)' })).toHaveValue(
    /"scope": "photos.read photos.write"/,
  )
  await tamper.getByRole('button', { name: 'Push exp 1 hour later' }).click()
  await tamper.getByRole('button', { name: 'Re-encode with the old signature' }).click()
  await expect(
    tamper.getByText('Re-encoded: same header and signature, new payload.'),
  ).toBeVisible()
  await tamper.getByRole('button', { name: 'Send the tampered token to the photo API' }).click()

  const answer = page.getByRole('region', { name: "The photo API's answer to the tampered token" })
  await expect(answer.getByRole('status')).toHaveText('401 Unauthorized · error="invalid_token"')
  await expect(answer).toContainText(
    'WWW-Authenticate: Bearer realm="api.photos.example", error="invalid_token", error_description="The token\'s signature does not verify',
  )
  await expect(answer).toContainText(
    "The server's reason (error_description): The token's signature does not verify with https://auth.photos.example's key",
  )

  // The tampered token, opened in the inspector: the signature no longer matches.
  await tamper.getByRole('link', { name: 'Inspect the tampered token' }).click()
  await expect(inspector.verdict).toContainText(
    'Signature mismatch: this signature was not made over this header and payload with this key.',
  )
  await expect(inspector.step('Signature')).toContainText(
    'jose: ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  )
})

test("a token re-signed with the learner's own key is refused: its kid is not in the lab's key set", async ({
  inspector,
  page,
}) => {
  await inspector.open()
  await inspector.mint()
  const tamper = inspector.region('Tamper and replay')
  await tamper.getByRole('button', { name: 'Add photos.write to scope' }).click()
  await tamper.getByRole('button', { name: 'Make my key pair' }).click()
  await expect(tamper.getByText(/"crv": "P-256"/)).toBeVisible()
  await tamper.getByRole('button', { name: 'Sign with my key' }).click()
  await expect(
    tamper.getByText(
      /The inspector, against the lab's keys: kid "[\w-]{43}" not found in the key set/,
    ),
  ).toBeVisible()
  await tamper.getByRole('button', { name: 'Send my signed token to the photo API' }).click()
  const answer = page.getByRole('region', { name: "The photo API's answer to my signed token" })
  await expect(answer.getByRole('status')).toHaveText('401 Unauthorized · error="invalid_token"')
  await expect(answer).toContainText(
    /No key with kid [\w-]{43} is in https:\/\/auth\.photos\.example\/jwks/,
  )
})

test('a published vector verifies with a pasted key, and the reasons for failure are exact', async ({
  inspector,
  page,
}) => {
  await inspector.open()
  await inspector.tokenBox.fill(RFC7515_A1)
  await expect(
    inspector
      .region('Payload (claims)')
      .getByText('Expires at 2011-03-22 18:43:00 UTC; on or after that moment it must be refused.'),
  ).toBeVisible()
  await page.getByRole('radio', { name: 'A key I paste' }).check()
  await page.getByRole('textbox', { name: /^Key: a JWK/ }).fill(RFC7515_A1_KEY)
  await expect(page.getByText('Keys: a JWK: a shared secret (kty oct).')).toBeVisible()
  await expect(inspector.step('Signature')).toContainText(
    'The signature matches the header and payload under a shared secret (kty oct).',
  )
  await expect(inspector.verdict).toContainText('✗ Expired at 2011-03-22 18:43:00 UTC: expired')

  // alg none: refused before any key is considered.
  await inspector.tokenBox.fill('eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9.')
  await expect(inspector.verdict).toHaveText(
    '✗ Refused: alg is "none", an unsecured JWS with no signature (RFC 7515 Appendix A.5). Anyone can write one, so a verifier never accepts it, whatever the key (RFC 8725 §3.1).',
  )
})

test("another issuer's RS256 token: the lab's keys cannot verify it and the page says so; its PEM key does", async ({
  inspector,
  page,
}) => {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true })
  const now = Math.floor(Date.now() / 1000)
  const token = await new SignJWT({ scope: 'photos.read', client_id: 'my-app' })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'k1' })
    .setIssuer('https://issuer.example')
    .setSubject('alice')
    .setAudience('https://api.example')
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .setJti('j1')
    .sign(privateKey)
  await inspector.open()
  // Pasted as copied from a terminal: a Bearer prefix, a wrapped line, blank space around it.
  await inspector.tokenBox.fill(`\n  Bearer ${token.slice(0, 50)}\n${token.slice(50)}  \n`)
  await expect(
    page.getByText('The token contains whitespace: a line break at character 51.', {
      exact: false,
    }),
  ).toBeVisible()
  await expect(inspector.step('Key')).toContainText('kid "k1" not found in the key set')
  await expect(
    page.getByText(
      "This token was issued by https://issuer.example, not by the lab, so the lab's keys were never going to verify it.",
      { exact: false },
    ),
  ).toBeVisible()

  await page.getByRole('radio', { name: 'A key I paste' }).check()
  await page.getByRole('textbox', { name: /^Key: a JWK/ }).fill(await exportSPKI(publicKey))
  await expect(page.getByText('Keys: a PEM public key: an RSA key.')).toBeVisible()
  // Another issuer's access token is not judged by the photo API's iss and aud: only typ is expected.
  await expect(inspector.verdict).toHaveText(
    /^✓ Valid: the signature verifies with an RSA key, and every claim checked holds at .* \(iss, aud not compared: no expected value given\)\.$/,
  )
  await expect(page.getByText('was issued by https://issuer.example, not by the lab')).toHaveCount(
    0,
  )
})

test('malformed, JWE and opaque tokens are explained, segment by segment', async ({
  inspector,
  page,
}) => {
  await inspector.open()
  await page.getByRole('button', { name: 'Load a malformed sample' }).click()
  const problems = page.getByRole('list', { name: 'Decoding problems' }).getByRole('listitem')
  await expect(problems).toHaveCount(4)
  await expect(problems.nth(0)).toContainText("Header: ends with 2 padding '=' characters")
  await expect(problems.nth(1)).toContainText("Header: not base64url at character 52 ('+')")
  await expect(problems.nth(2)).toContainText(
    "Payload is not JSON at position 73: Unexpected token '}' where a property name in double quotes was expected.",
  )
  await expect(problems.nth(3)).toContainText(
    'Signature is 70 bytes, but ES256 signatures are exactly 64 bytes',
  )
  // The header still decodes, and the payload's error is marked in its decoded text.
  await expect(inspector.region('Header').getByText('"at+jwt"', { exact: true })).toBeVisible()
  await expect(inspector.region('Payload (claims)').locator('mark')).toHaveText('error here: }')

  await inspector.tokenBox.fill(
    'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a2V5.aXY.Y2lwaGVy.dGFn',
  )
  await expect(page.getByText('A JWE: an encrypted token')).toBeVisible()
  await expect(inspector.verdict).toContainText(
    'This is a JWE: it is encrypted, not signed, so there is no signature to verify.',
  )

  await inspector.tokenBox.fill('Rt_2YQk4bX8mJ0aZ5cVnq3wL9pE7sH1d')
  await expect(page.getByText('An opaque token (32 characters, no dots)')).toBeVisible()
  await expect(page.getByText('token introspection')).toBeVisible()
  await page.getByRole('button', { name: 'Introspect at the lab as photo-api' }).click()
  await expect(
    inspector
      .region('Introspection')
      .getByText(/^Not active\. The server knows no live token by this value/),
  ).toBeVisible()
  await expect(
    inspector.region('Introspection').getByRole('region', { name: 'Introspection exchange' }),
  ).toContainText('"active": false')

  // A JWE whose alg is dir: key management, not a signature, and no wrapped key.
  await inspector.tokenBox.fill(
    'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..dyx6V-nJ0DNIIJOV.5CmPxQ-k_ObdrQSExJxb.V25yV9KuVr9o4NK7xLCFGg',
  )
  await expect(inspector.region('Header')).toContainText(
    'Key management, not a signature: dir (direct encryption)',
  )
  await expect(inspector.region('Header')).not.toContainText('signed with')
  await expect(inspector.verdict).toContainText(
    'Reading it needs the symmetric key the sender and recipient share',
  )
})

test('a link reproduces the view from its fragment, on load and on hashchange', async ({
  inspector,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await inspector.open()
  const token = await inspector.mint()
  await page.getByRole('button', { name: 'Copy a link to this view' }).click()
  await expect(page.getByText('Link copied.')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(
    new RegExp(
      `^http://localhost:\\d+/inspect#token=${token.replace(/\./g, '\\.')}&kind=access_token&iss=https%3A%2F%2Fauth\\.photos\\.example`,
    ),
  )

  // Another token through the fragment, in the same page: the view follows the hash.
  await page.evaluate(
    () => (window.location.hash = '#token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9.'),
  )
  await expect(inspector.tokenBox).toHaveValue('eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9.')
  await page.goBack()
  await expect(inspector.tokenBox).toHaveValue(token)

  // A new page load: the same decoded view, but the lab has new keys, and the page says so.
  await page.goto('about:blank')
  await page.goto(link)
  await expect(inspector.tokenBox).toHaveValue(token)
  await expect(inspector.step('Key')).toContainText('not found in the key set')
  await expect(
    page.getByText('the lab makes new signing keys each time this page loads'),
  ).toBeVisible()
  await expect(
    page.getByText(
      'The token stays in the URL fragment (after #), which browsers never send to any server',
    ),
  ).toBeVisible()

  await inspector.open('#kind=id_token')
  await expect(
    page.getByText(
      'The link has a fragment but no "token=" parameter, so there is no token to inspect.',
    ),
  ).toBeVisible()
})

test('tokens opened from the flow player come with their context, and verify against the same lab', async ({
  inspector,
  page,
}) => {
  await page.goto('/flows/authorization-code-pkce?step=9')
  const tokens = page.getByRole('region', { name: 'Tokens', exact: true })
  await tokens
    .getByRole('link', { name: 'Inspect the access token in the token inspector' })
    .click({ timeout: 20_000 })
  await expect(page).toHaveURL(/\/inspect#token=.+&kind=access_token&.*client_id=photo-spa/)
  await expect(inspector.verdict).toContainText('Valid: the signature verifies', {
    timeout: 15_000,
  })
  await expect(
    page.getByText(
      'Opened from: Authorization Code with PKCE, step 9 (access_token); the checks against that request are further down.',
    ),
  ).toBeVisible()
  // The sections are one keypress away: the on-page navigation moves focus to the section's heading.
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('button', { name: 'Checks against the request' })
    .click()
  await expect(page.getByRole('heading', { name: 'Checks against the request' })).toBeFocused()
  await expect(page.getByText('All 5 checks that apply passed.')).toBeVisible()
  await expect(
    inspector.region('Payload (claims)').getByText('"alice"', { exact: true }),
  ).toBeVisible()

  await page.goBack()
  await tokens
    .getByRole('link', { name: 'Inspect the refresh token in the token inspector' })
    .click({ timeout: 20_000 })
  await expect(page.getByText(/^An opaque token \(\d+ characters, no dots\)/)).toBeVisible()
  await expect(
    page.getByText("This is a refresh token: the lab's are opaque on purpose."),
  ).toBeVisible()
  // The same lab knows it: introspection, asked as photo-api because photo-spa is public, says what it stands for.
  const introspection = inspector.region('Introspection')
  await expect(introspection).toContainText(
    "This token's client, photo-spa, is a public client: it has no secret",
  )
  await introspection.getByRole('button', { name: 'Introspect at the lab as photo-api' }).click()
  await expect(
    introspection.getByText(
      /^Active: the authorization server's records say this is a refresh token, issued to the client photo-spa, for the user alice, with scope "/,
    ),
  ).toBeVisible()
  await expect(introspection.getByRole('region', { name: 'Introspection exchange' })).toContainText(
    'POST https://auth.photos.example/introspect',
  )
})

test('readable and usable at phone width', async ({ inspector, page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await inspector.open()
  await inspector.mint()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
  const axe = await new AxeBuilder({ page }).analyze()
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([])
})
