import type { Page } from '@playwright/test'
import { SignJWT } from 'jose'
import { expect, expectAccessible, test, TRACE_WITHOUT_SNAPSHOTS } from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

/** RFC 7515 Appendix A.1: HS256, and its key. */
const RFC7515_A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
const RFC7515_A1_KEY =
  '{"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}'
const HS256_HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')

/** A JWT-shaped paste of about `bytes` characters: a real header, a payload far too big. */
function jwtShaped(bytes: number) {
  const claims = JSON.stringify({ sub: 'alice', blob: 'x'.repeat(Math.floor(bytes * 0.75)) })
  return `${HS256_HEADER}.${Buffer.from(claims).toString('base64url')}.c2lnbmF0dXJl`
}

const tokenBox = (page: Page) => page.getByRole('textbox', { name: /^Token: paste a JWT/ })
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const cutSummary = (page: Page) => page.getByRole('region', { name: /^Too big to show in full/ })
const domSize = (page: Page) => page.evaluate(() => document.querySelectorAll('main *').length)

async function openInspector(page: Page, hash = '') {
  await page.goto(`/inspect${hash}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Token inspector' })).toBeVisible()
}

test('a token of 10,000 dots: six segments shown, the rest counted, a small page', async ({
  page,
}) => {
  await openInspector(page)
  await tokenBox(page).fill('.'.repeat(10_000))
  await expect(cutSummary(page)).toContainText(
    'Only the first 6 of the 10,001 segments are decoded and shown; the other 9,995 segments (9,995 characters) are left out.',
  )
  await expect(cutSummary(page)).toContainText('10,000 characters pasted')
  await expect(page.getByRole('list', { name: 'Segments' }).getByRole('listitem')).toHaveCount(6)
  // It was 100,125 elements before the caps.
  expect(await domSize(page)).toBeLessThan(1_500)
  await expectAccessible(page, '10,000 dots')
})

test('a 1 MB JWT-shaped paste: the header decodes, the payload is counted, checks are off', async ({
  page,
}) => {
  await openInspector(page)
  const paste = jwtShaped(1_000_000)
  // A real paste: the page keeps it out of the box (a megabyte in a textarea costs ~300 ms).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((text) => navigator.clipboard.writeText(text), paste)
  await tokenBox(page).focus()
  await page.keyboard.press('ControlOrMeta+V')
  await expect(tokenBox(page)).toHaveValue('')
  await expect(
    page.getByText(/^The token is 1,000,\d{3} characters long, more than the 65,536/),
  ).toBeVisible()
  const payloadLength = paste.split('.')[1]!.length.toLocaleString('en-US')
  await expect(cutSummary(page)).toContainText(
    `Payload: ${payloadLength} characters, more than the 65,536 the inspector decodes in one segment, so it was not decoded.`,
  )
  await expect(cutSummary(page)).toContainText(
    'verification, the checks against a request and tampering are off',
  )
  await expect(region(page, 'Header')).toContainText('HS256')
  await expect(region(page, 'Payload (claims)')).toContainText('Too long to decode')
  await expect(page.getByText(/more characters$/).first()).toBeVisible()
  await expect(region(page, 'Verification')).toHaveCount(0)
  await expect(region(page, 'Tamper and replay')).toHaveCount(0)
  expect(await domSize(page)).toBeLessThan(1_500)
  await expectAccessible(page, 'a 1 MB paste')
})

test('a 200 kB #token= link, then garbage: the old sections go, invalid UTF-8 says so', async ({
  page,
}) => {
  const token = jwtShaped(200_000)
  await openInspector(page, `#token=${token}`)
  // Too long for the box: kept aside, and the box says so.
  await expect(tokenBox(page)).toHaveValue('')
  await expect(tokenBox(page)).toHaveAccessibleDescription(
    new RegExp(`^The token is ${token.length.toLocaleString('en-US')} characters long`),
  )
  await expect(cutSummary(page)).toContainText('so it was not decoded')
  await expect(region(page, 'Header')).toContainText('HS256')

  await page.evaluate(() => (window.location.hash = '#token=%zz'))
  await expect(
    page.getByText('The link\'s fragment is malformed: parameter 1 ("token=%zz") has a "%"'),
  ).toBeVisible()
  await expect(tokenBox(page)).toHaveValue('')
  await expect(region(page, 'Decoded')).toHaveCount(0)
  await expect(region(page, 'Header')).toHaveCount(0)

  await page.evaluate((jwt) => (window.location.hash = `#token=${jwt}`), RFC7515_A1)
  await expect(region(page, 'Payload (claims)')).toContainText('joe')
  await page.evaluate(() => (window.location.hash = '#token=ey%FF%FEJhbGc'))
  await expect(
    page.getByText(
      'The link\'s fragment is not valid UTF-8: in parameter 1 ("token=ey%FF%FEJhbGc"), the escapes starting at character 3 ("%FF%FE") do not spell a UTF-8 character.',
    ),
  ).toBeVisible()
  await expect(region(page, 'Payload (claims)')).toHaveCount(0)
  await expect(tokenBox(page)).toHaveValue('')
})

test('an Authorization: Bearer line decodes, and the pasted key stays when the token changes', async ({
  page,
}) => {
  await openInspector(page)
  await tokenBox(page).fill(`Authorization: Bearer ${RFC7515_A1}`)
  await expect(
    page
      .getByRole('list', { name: 'Decoding notes' })
      .getByText('The text is an HTTP Authorization header line (RFC 9110 §11.6.2)'),
  ).toBeVisible()
  await expect(region(page, 'Payload (claims)')).toContainText('joe')
  await page.getByRole('radio', { name: 'A key I paste' }).check()
  const keyBox = page.getByRole('textbox', { name: /^Key: a JWK/ })
  await keyBox.fill(RFC7515_A1_KEY)
  const signatureStep = page
    .getByRole('list', { name: 'Verification steps' })
    .getByRole('listitem')
    .filter({ has: page.getByText('Signature', { exact: true }) })
  await expect(signatureStep).toContainText('The signature matches')

  // Another token signed with the same secret: the key is still there and still used.
  const secret = Buffer.from(JSON.parse(RFC7515_A1_KEY).k, 'base64url')
  const next = await new SignJWT({ sub: 'bob' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(secret)
  await tokenBox(page).fill(next)
  await expect(region(page, 'Payload (claims)')).toContainText('bob')
  await expect(page.getByRole('radio', { name: 'A key I paste' })).toBeChecked()
  await expect(keyBox).toHaveValue(RFC7515_A1_KEY)
  await expect(signatureStep).toContainText('The signature matches')
})
