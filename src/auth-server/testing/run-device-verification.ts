import { DEMO_USER } from '../../protocol/demo-world.ts'
import { createBrowserClient, type BrowserClient, type BrowserPage } from './browser-client.ts'

export interface DeviceVerificationRun {
  browser: BrowserClient
  /** The last page: the "you may return to your device" page, or wherever the run stopped. */
  page: BrowserPage
}

/**
 * Drives a browser through the device flow's verification pages as a user would (RFC 8628 §3.3):
 * opens `/device` (or verification_uri_complete when `complete` is given), submits the user code,
 * signs in when asked, and approves or denies. Stops early at any page that is not the expected
 * form. Pass `browser` to reuse a signed-in session.
 */
export async function runDeviceVerification(
  server: { issuer: string; fetch(request: Request): Promise<Response> },
  userCode: string,
  options: {
    username?: string
    password?: string
    decision?: 'approve' | 'deny'
    browser?: BrowserClient
    complete?: string
  } = {},
): Promise<DeviceVerificationRun> {
  const issuerOrigin = new URL(server.issuer).origin
  const browser =
    options.browser ??
    createBrowserClient(
      (request) => server.fetch(request),
      (url) => url.origin === issuerOrigin,
    )
  let page = await browser.open(options.complete ?? `${server.issuer}/device`)
  if (page.status !== 200) return { browser, page }
  page = await browser.submit(page, options.complete ? {} : { user_code: userCode })
  if (new URL(page.url).pathname.endsWith('/device/login') && page.status === 200) {
    page = await browser.submit(page, {
      username: options.username ?? DEMO_USER.username,
      password: options.password ?? DEMO_USER.password,
    })
  }
  if (new URL(page.url).pathname.endsWith('/device/consent') && page.status === 200) {
    page = await browser.submit(
      page,
      {},
      { name: 'decision', value: options.decision ?? 'approve' },
    )
  }
  return { browser, page }
}
