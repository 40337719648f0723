import { DEMO_USER } from '../../protocol/demo-world.ts'
import { createBrowserClient, type BrowserClient, type BrowserPage } from './browser-client.ts'

export interface AuthorizationRun {
  browser: BrowserClient
  /** The page after the last step: the client's redirect (see `redirectedTo`) or an error page. */
  page: BrowserPage
  /** The callback URL's parameters when the browser was sent back to the client. */
  callback?: URLSearchParams
}

/**
 * Drives a browser through /authorize, the login form and the consent form, as a user would,
 * and returns where the browser ended up. Stops early at any page that is not the expected form
 * (an error page, or a redirect straight back to the client).
 */
export async function runAuthorization(
  server: { issuer: string; fetch(request: Request): Promise<Response> },
  params: Record<string, string>,
  options: {
    username?: string
    password?: string
    decision?: 'approve' | 'deny'
    browser?: BrowserClient
  } = {},
): Promise<AuthorizationRun> {
  const issuerOrigin = new URL(server.issuer).origin
  const browser =
    options.browser ??
    createBrowserClient(
      (request) => server.fetch(request),
      (url) => url.origin === issuerOrigin,
    )
  const finish = (page: BrowserPage): AuthorizationRun => ({
    browser,
    page,
    callback: page.redirectedTo ? callbackParams(page.redirectedTo) : undefined,
  })
  let page = await browser.open(`${server.issuer}/authorize?${new URLSearchParams(params)}`)
  if (new URL(page.url).pathname.endsWith('/login') && page.status === 200) {
    page = await browser.submit(page, {
      username: options.username ?? DEMO_USER.username,
      password: options.password ?? DEMO_USER.password,
    })
  }
  if (new URL(page.url).pathname.endsWith('/consent') && page.status === 200) {
    page = await browser.submit(
      page,
      {},
      { name: 'decision', value: options.decision ?? 'approve' },
    )
  }
  return finish(page)
}

/** Response parameters from the query, or from the fragment for implicit responses. */
export function callbackParams(url: URL): URLSearchParams {
  return url.hash.length > 1 ? new URLSearchParams(url.hash.slice(1)) : url.searchParams
}
