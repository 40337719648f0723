import { expect, test, TRACE_WITHOUT_SNAPSHOTS } from './fixtures'

test.use(TRACE_WITHOUT_SNAPSHOTS)

const REQUIRED = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

const metaPolicy = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(html)?.[1]
    ?.replace(/&#39;/g, "'")

test('every route ships the policy as a meta tag and, with frame-ancestors, as headers', async ({
  request,
}) => {
  for (const path of ['/', '/flows/authorization-code-pkce', '/inspect', '/no/such/page']) {
    const response = await request.get(path)
    const headers = response.headers()
    const header = headers['content-security-policy'] ?? ''
    for (const directive of [...REQUIRED, "frame-ancestors 'none'", "img-src 'self' data:"])
      expect(header, path).toContain(directive)
    expect(header, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    expect(headers['referrer-policy'], path).toBe('no-referrer')
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    // frame-ancestors means nothing in a meta tag (CSP3 §6.4.2); the rest is the same policy.
    const meta = metaPolicy(await response.text())
    expect(meta, path).toBe(header.replace("; frame-ancestors 'none'", ''))
  }
})

test('robots.txt is text, and the web manifest names the app with installable icons', async ({
  request,
}) => {
  const robots = await request.get('/robots.txt')
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/)
  expect(await robots.text()).toMatch(/^User-agent: \*\nAllow: \//)

  const manifest = await (await request.get('/manifest.webmanifest')).json()
  expect(manifest).toMatchObject({
    name: 'OAuth Flow Lab',
    start_url: '/',
    scope: '/',
    display: 'standalone',
  })
  const pngs = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png')
  expect(pngs.map((icon: { sizes: string }) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  )
  expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(
    true,
  )
  for (const icon of pngs) {
    const file = await request.get(icon.src)
    expect(file.headers()['content-type'], icon.src).toBe('image/png')
    const bytes = await file.body()
    // A PNG's IHDR holds its width and height (big-endian) at bytes 16 and 20.
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes)
  }
})

test('the fixture records what the policy blocks, so any violation fails the suite', async ({
  page,
  cspViolations,
  consoleErrors,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    const style = document.createElement('style')
    style.textContent = 'body { color: red }'
    document.head.append(style)
  })
  // Each is blocked twice: by the meta policy and by the header policy, both enforced.
  await expect.poll(() => cspViolations.length).toBe(4)
  expect(cspViolations.join('\n')).toContain('script-src')
  expect(cspViolations.join('\n')).toContain('style-src')
  expect(await page.evaluate(() => 'injected' in window)).toBe(false)
  // What this test provoked on purpose is not a failure of the app: clear it for the teardown.
  cspViolations.length = 0
  consoleErrors.length = 0
})

test('the pages in the browser window keep their own styles under the app policy', async ({
  stepper,
  browserWindow,
}) => {
  await stepper.open('authorization-code-pkce', '?step=3')
  await stepper.expectStep(3, 'The authorization server shows its login page')
  const signIn = browserWindow.frame().locator('main')
  await expect(signIn).toHaveCSS('border-top-left-radius', '12px')
  await expect(signIn).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  await stepper.open('authorization-code-pkce', '?step=7')
  await stepper.expectStep(
    7,
    'The browser brings the code to the client; the client checks iss and state',
  )
  // The client's callback page has a look of its own: another sheet, another hash.
  await expect(browserWindow.frame().locator('main')).toHaveCSS('border-top-width', '6px')
})
