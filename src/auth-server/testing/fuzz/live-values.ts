import { PHOTO_SPA_CLIENT, PRINTSHOP_CLIENT } from '../../../protocol/demo-world.ts'
import { atConsent, atLogin } from '../bad-requests/setups.ts'
import type { AuthorizationServer } from '../../index.ts'
import { ROUTES } from '../../routes.ts'
import { obtainCode, postForm, redeemCode } from '../test-kit.ts'
import type { LiveValues } from './request-arbitrary.ts'

/** Live values by kind, plus, for each pending request id, the redirect URIs its client registered. */
export interface LiveState extends LiveValues {
  named: {
    /** Unused photo-spa codes with their verifiers. */
    codes: [code: string, verifier: string][]
    accessTokens: string[]
    refreshTokens: string[]
    deviceCodes: string[]
    userCodes: string[]
    /** request_id of a device verification waiting on /device/login. */
    deviceRequestIds: string[]
  }
  redirectsByRequestId: ReadonlyMap<string, readonly string[]>
}

const UNUSED_CODES = 3

async function seedDevice(server: AuthorizationServer, named: LiveState['named']) {
  if (!ROUTES.some((route) => route.path === '/device_authorization')) return
  const device = await postForm(
    server,
    { client_id: 'frame-tv', scope: 'openid photos.read' },
    { path: '/device_authorization' },
  )
  if (device.status !== 200) return
  const body = (await device.json()) as { device_code: string; user_code: string }
  named.deviceCodes.push(body.device_code)
  named.userCodes.push(body.user_code)
  const verify = await postForm(server, { user_code: body.user_code }, { path: '/device' })
  const requestId = new URL(verify.headers.get('location') ?? server.issuer).searchParams.get(
    'request_id',
  )
  if (requestId) named.deviceRequestIds.push(requestId)
}

/**
 * Puts real state into a server through its own endpoints (codes, tokens, a sign-in waiting on
 * consent, a request waiting on login, a device authorization when the server has one) and
 * returns the values, for the fuzzer to mix into its requests.
 */
export async function seedLiveState(server: AuthorizationServer): Promise<LiveState> {
  const named: LiveState['named'] = {
    codes: [],
    accessTokens: [],
    refreshTokens: [],
    deviceCodes: [],
    userCodes: [],
    deviceRequestIds: [],
  }
  for (let i = 0; i < UNUSED_CODES; i++) {
    const run = await obtainCode(server, 'photo-spa')
    named.codes.push([run.code, run.verifier])
  }
  const redeemed = await obtainCode(server, 'photo-spa')
  const tokens = (await (await redeemCode(server, redeemed)).json()) as {
    access_token: string
    refresh_token: string
    id_token: string
  }
  named.accessTokens.push(tokens.access_token)
  named.refreshTokens.push(tokens.refresh_token)
  await seedDevice(server, named)

  const consent = await atConsent(server)
  const login = await atLogin(server)
  const redirectsByRequestId = new Map<string, readonly string[]>([
    [consent.requestId!, [PHOTO_SPA_CLIENT.redirectUri]],
    [login.requestId!, [PRINTSHOP_CLIENT.redirectUri]],
  ])
  const strings = [
    ...named.codes.flat(),
    redeemed.code,
    tokens.id_token,
    ...named.accessTokens,
    ...named.refreshTokens,
    ...named.deviceCodes,
    ...named.userCodes,
    ...named.deviceRequestIds,
    ...redirectsByRequestId.keys(),
  ]
  return {
    strings,
    accessTokens: named.accessTokens,
    cookies: [consent.cookie!],
    named,
    redirectsByRequestId,
  }
}
