import * as client from 'openid-client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FRAME_TV_CLIENT, ISSUER } from '../../protocol/demo-world.ts'
import type { AuthorizationServer } from '../index.ts'
import { runDeviceVerification } from '../testing/run-device-verification.ts'
import { FIXED_NOW } from '../testing/test-kit.ts'
import { createInteropServer, discover, verifyAccessToken } from './interop-kit.ts'

/**
 * The device flow (RFC 8628) with openid-client's own polling loop. Its waits are setTimeout
 * calls, so Vitest's fake timers run them; Date is faked too, and the server reads Date.now(),
 * so the server's clock and the client's move together.
 */

/** Every token endpoint answer the device saw while polling: the error code, or 'tokens'. */
function recordingServer(
  server: AuthorizationServer,
  polls: string[],
): Pick<AuthorizationServer, 'issuer' | 'fetch'> {
  return {
    issuer: server.issuer,
    async fetch(request) {
      const response = await server.fetch(request)
      if (new URL(request.url).pathname === '/token') {
        const body = (await response.clone().json()) as { error?: string }
        polls.push(body.error ?? 'tokens')
      }
      return response
    },
  }
}

/**
 * Runs fake time forward until `promise` settles, one timer at a time, letting real async work
 * (the server signs tokens with Web Crypto) finish in between. `between` runs after each step.
 */
async function driveTimers<T>(
  promise: Promise<T>,
  between: () => Promise<void> = async () => {},
): Promise<T> {
  let settled = false
  const watched = promise.finally(() => {
    settled = true
  })
  watched.catch(() => {})
  for (let step = 0; !settled && step < 10_000; step++) {
    if (vi.getTimerCount() > 0) await vi.advanceTimersToNextTimerAsync()
    else await new Promise((resolve) => setImmediate(resolve))
    await between()
  }
  return watched
}

let lagMs = 0
let server: AuthorizationServer
const polls: string[] = []

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: FIXED_NOW })
  lagMs = 0
  polls.length = 0
  server = createInteropServer({ now: () => Date.now() - lagMs })
})

afterEach(() => {
  vi.useRealTimers()
})

async function startDevice(scope = 'openid profile photos.read') {
  const config = await discover(recordingServer(server, polls), FRAME_TV_CLIENT.clientId)
  const response = await client.initiateDeviceAuthorization(config, { scope })
  return { config, response }
}

describe('openid-client: device authorization grant (RFC 8628)', () => {
  it('starts with a user code, polls while the user approves on /device, then gets tokens', async () => {
    const { config, response } = await startDevice()
    expect(config.serverMetadata().device_authorization_endpoint).toBe(
      `${ISSUER}/device_authorization`,
    )
    expect(response.user_code).toMatch(/^[B-DF-HJ-NP-TV-Z]{4}-[B-DF-HJ-NP-TV-Z]{4}$/)
    expect(response.verification_uri).toBe(`${ISSUER}/device`)
    expect(response.verification_uri_complete).toBe(
      `${ISSUER}/device?user_code=${response.user_code}`,
    )
    expect(response).toMatchObject({ expires_in: 600, interval: 5 })

    const controller = new AbortController()
    const polling = client.pollDeviceAuthorizationGrant(config, response, undefined, {
      signal: controller.signal,
    })
    let approved = false
    const tokens = await driveTimers(polling, async () => {
      if (approved || polls.length < 2) return
      approved = true
      const run = await runDeviceVerification(server, response.user_code, {
        complete: response.verification_uri_complete,
      })
      expect(run.page.status).toBe(200)
    })
    controller.abort()
    expect(polls).toEqual(['authorization_pending', 'authorization_pending', 'tokens'])
    expect(tokens.scope).toBe('openid profile photos.read')
    expect(tokens.claims()).toMatchObject({
      iss: ISSUER,
      sub: 'alice',
      aud: FRAME_TV_CLIENT.clientId,
    })
    const { payload } = await verifyAccessToken(server, config, tokens.access_token)
    expect(payload).toMatchObject({
      sub: 'alice',
      client_id: FRAME_TV_CLIENT.clientId,
      scope: 'openid profile photos.read',
    })
    expect(await client.fetchUserInfo(config, tokens.access_token, 'alice')).toMatchObject({
      sub: 'alice',
      name: 'Alice Liddell',
    })
  })

  it('a poll that arrives early gets slow_down; openid-client adds 5 seconds and the flow still completes', async () => {
    const { config, response } = await startDevice('photos.read')
    const polling = client.pollDeviceAuthorizationGrant(config, response)
    let approved = false
    const tokens = await driveTimers(polling, async () => {
      // After the first poll, the server's clock falls 1 s behind: the next poll looks 1 s early.
      if (polls.length === 1) lagMs = 1000
      if (!approved && polls.includes('slow_down')) {
        approved = true
        await runDeviceVerification(server, response.user_code)
      }
    })
    expect(polls).toEqual(['authorization_pending', 'slow_down', 'tokens'])
    expect(tokens.access_token).toEqual(expect.any(String))
  })

  it('a denial stops the polling with access_denied', async () => {
    const { config, response } = await startDevice()
    const polling = client.pollDeviceAuthorizationGrant(config, response)
    let denied = false
    const error = await driveTimers(polling, async () => {
      if (denied || polls.length < 1) return
      denied = true
      await runDeviceVerification(server, response.user_code, { decision: 'deny' })
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.ResponseBodyError)
    expect((error as client.ResponseBodyError).error).toBe('access_denied')
    expect(polls.at(-1)).toBe('access_denied')
  })

  it('an unapproved device code ends with expired_token after expires_in', async () => {
    const { config, response } = await startDevice()
    const controller = new AbortController()
    const error = await driveTimers(
      client.pollDeviceAuthorizationGrant(config, response, undefined, {
        signal: controller.signal,
      }),
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(client.ResponseBodyError)
    expect((error as client.ResponseBodyError).error).toBe('expired_token')
    expect(polls.filter((poll) => poll === 'authorization_pending').length).toBe(119)
    expect(Date.now() - FIXED_NOW).toBe(600_000)
  })
})
