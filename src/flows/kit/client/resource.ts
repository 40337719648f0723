import * as oauth from 'oauth4webapi'
import { API_ORIGIN } from '../../../protocol/demo-world'
import type { RoleId } from '../../../protocol/roles'
import type { FlowLab } from '../flow-lab'
import { overWire } from './lab-server'

export const PHOTOS_URL = `${API_ORIGIN}/photos`

/** A resource server's answer as plain data: status, parsed JSON (or text), and its challenge. */
export interface ApiResult {
  status: number
  body: unknown
  /** The Bearer challenge of a refusal (RFC 6750 §3). */
  wwwAuthenticate?: string
}

/**
 * Calls a protected resource with the access token as a Bearer credential (RFC 6750 §2.1), with
 * oauth4webapi's protectedResourceRequest, over the lab's wire.
 */
export async function callApi(
  lab: FlowLab,
  accessToken: string,
  options: { label: string; from?: RoleId; url?: string } = { label: 'API request' },
): Promise<ApiResult> {
  const response = await oauth
    .protectedResourceRequest(
      accessToken,
      'GET',
      new URL(options.url ?? PHOTOS_URL),
      new Headers({ Accept: 'application/json' }),
      null,
      overWire(lab, options.label, options.from),
    )
    // A refusal with a Bearer challenge is an answer the flow shows, not a failure of the call.
    .catch((error: unknown) => {
      if (error instanceof oauth.WWWAuthenticateChallengeError) return error.response
      throw error
    })
  const text = await response.text()
  let body: unknown = text.length > 0 ? text : null
  if ((response.headers.get('content-type') ?? '').includes('json'))
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
  const challenge = response.headers.get('www-authenticate')
  return {
    status: response.status,
    body,
    ...(challenge === null ? {} : { wwwAuthenticate: challenge }),
  }
}
