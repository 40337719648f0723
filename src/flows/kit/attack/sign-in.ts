import { DEMO_USER } from '../../../protocol/demo-world'
import type { Browser, Page } from '../../../wire/browser'
import type { Hop } from '../browser-actors'

/** Who signs in: Alice by default, or Mallory with her own account. */
export interface Credentials {
  username: string
  password: string
}

/**
 * The part of an authorization that every attack scenario takes for granted, in one step: the
 * browser, already on its way to the authorization endpoint (`start` loads the first page), follows
 * the redirects to the login page, signs in, and allows on the consent page. It stops at the
 * authorization response, a redirect to the client's redirect URI (RFC 6749 §4.1.2, §4.2.2), and
 * does not follow it: what happens to that URL is the attack. Every request is real and recorded.
 */
export async function signInAndAllow(
  browser: Browser,
  start: () => Promise<Page>,
  credentials: Credentials = DEMO_USER,
): Promise<Hop> {
  let page = await start()
  if (page.redirectTo !== null) page = await browser.followRedirect({ follow: true })
  if (browser.forms(page).length === 0)
    throw new Error(`Expected the login page, got ${page.status} at ${page.url}.`)
  const { username, password } = credentials
  const consent = await browser.submitForm(page, 0, { username, password }, { follow: true })
  if (!consent.body.includes('value="approve"'))
    throw new Error(`The sign-in as ${username} did not reach the consent page (${consent.url}).`)
  const answer = await browser.submitForm(consent, 0, {}, { submitter: 'approve' })
  return { url: answer.url, status: answer.status, redirectTo: answer.redirectTo }
}
