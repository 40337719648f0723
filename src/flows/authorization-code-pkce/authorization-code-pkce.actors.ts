import { fromPromise } from 'xstate'
import type { Page } from '../../wire/browser'
import type { FlowLab } from '../flow-lab'
import {
  authorizationUrl,
  photosRequest,
  startPkce,
  tokenRequest,
  type PkceStart,
} from './pkce-client'
import { toApiResult, toHttpResult, type ApiResult, type HttpResult } from './responses'

/** One front-channel hop, as the machine needs it: where the browser is and what answered. */
export interface Hop {
  url: string
  status: number
  redirectTo: string | null
}

const toHop = (page: Page): Hop => ({
  url: page.url,
  status: page.status,
  redirectTo: page.redirectTo,
})

function currentPage(lab: FlowLab): Page {
  const page = lab.browser.page()
  if (!page) throw new Error('The browser has no page yet.')
  return page
}

/**
 * The invoked actors of the Authorization Code + PKCE machine. Each makes exactly one real
 * request over the wire (or one local computation), so that a step is one recorded exchange.
 */

/** Step 1: the client's local computation. RFC 7636 §4.1, §4.2. */
export const makePkce = fromPromise<PkceStart>(() => startPkce())

/** Step 2: the browser loads the authorization URL (one hop; the redirect is the next step). */
export const browserOpen = fromPromise<Hop, { lab: FlowLab; pkce: PkceStart | undefined }>(
  async ({ input }) => {
    if (!input.pkce) throw new Error('The authorization request needs the PKCE values of step 1.')
    return toHop(
      await input.lab.browser.navigate(authorizationUrl(input.pkce), { initiator: null }),
    )
  },
)

/** Follows the redirect the browser's current page carries, one hop. */
export const browserFollow = fromPromise<Hop, { lab: FlowLab }>(async ({ input }) =>
  toHop(await input.lab.browser.followRedirect()),
)

/** Submits the form on the browser's current page with typed fields and, optionally, a button. */
export const browserSubmit = fromPromise<
  Hop,
  { lab: FlowLab; fields: Readonly<Record<string, string>>; button?: string }
>(async ({ input }) => {
  const page = currentPage(input.lab)
  return toHop(
    await input.lab.browser.submitForm(
      page,
      0,
      input.fields,
      input.button === undefined ? {} : { submitter: input.button },
    ),
  )
})

/** Step 8: the token request, client to authorization server over the back channel. RFC 6749 §4.1.3. */
export const requestTokens = fromPromise<
  HttpResult,
  { lab: FlowLab; code: string; codeVerifier: string }
>(async ({ input }) => {
  const response = await input.lab.wire.send(tokenRequest(input.code, input.codeVerifier), {
    from: 'client',
    channel: 'back',
    label: 'Token request',
  })
  return toHttpResult(response)
})

/** Step 10: the API call with the access token. RFC 6750 §2.1. */
export const callPhotos = fromPromise<ApiResult, { lab: FlowLab; accessToken: string }>(
  async ({ input }) => {
    const response = await input.lab.wire.send(photosRequest(input.accessToken), {
      from: 'client',
      channel: 'back',
      label: 'API request',
    })
    return toApiResult(response)
  },
)
