import { createLocalJWKSet, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { API_ORIGIN, DEMO_USER, ISSUER, PHOTO_SPA_CLIENT } from '../protocol/demo-world.ts'
import { computeCodeChallenge, createCodeVerifier } from '../protocol/pkce.ts'
import { SnapshotError } from '../protocol/snapshot-data.ts'
import { createLab, restoreLab, type Lab, type LabSnapshot } from './lab.ts'

/** What a page reload does to a saved lab: JSON out of session storage, and back. */
const throughStorage = (lab: Lab): LabSnapshot => JSON.parse(JSON.stringify(lab.snapshot()))

const paths = (lab: Lab) =>
  lab.wire.exchanges().map((e) => `${e.seq} ${e.request.method} ${new URL(e.request.url).pathname}`)

/** Alice signs in and approves; the browser stops on the consent's redirect, not followed yet. */
async function toConsentRedirect(lab: Lab) {
  const verifier = createCodeVerifier()
  const url = `${ISSUER}/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: PHOTO_SPA_CLIENT.clientId,
    redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
    scope: 'photos.read',
    state: 'st-1',
    code_challenge: await computeCodeChallenge(verifier),
    code_challenge_method: 'S256',
  })}`
  const browser = lab.browser()
  await browser.navigate(url, { initiator: null })
  const login = await browser.followRedirect()
  await browser.submitForm(login, 0, { username: DEMO_USER.username, password: DEMO_USER.password })
  const consent = await browser.followRedirect()
  const redirect = await browser.submitForm(consent, 0, { decision: 'approve' })
  expect(redirect.status).toBe(303)
  return verifier
}

describe('a lab restored from its snapshot', () => {
  it('goes on where it was: the redirect to follow, the code, the numbering, the cached keys', async () => {
    const lab = createLab()
    const verifier = await toConsentRedirect(lab)
    const keysBefore = await lab.authorizationServer.jwks()
    const saved = throughStorage(lab)
    const restored = await restoreLab(saved)
    expect(restored.snapshot()).toEqual(saved)
    expect(restored.clock.now()).toBe(lab.clock.now())
    expect(paths(restored)).toEqual(paths(lab))
    expect(restored.browser().cookies()).toEqual(lab.browser().cookies())

    // The browser follows the redirect it was shown before the reload, to the client's callback.
    const callback = await restored.browser().followRedirect({ follow: true })
    expect(callback.servedBy).toBe('client')
    const code = new URL(restored.callbacks['photo-spa']?.lastCallback() ?? '').searchParams.get(
      'code',
    )
    const token = await restored.wire.fetchAs('client')(`${ISSUER}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: code ?? '',
        redirect_uri: PHOTO_SPA_CLIENT.redirectUri,
        client_id: PHOTO_SPA_CLIENT.clientId,
        code_verifier: verifier,
      }),
    })
    expect(token.status).toBe(200)
    const { access_token: accessToken } = (await token.json()) as { access_token: string }
    // Signed with a key the lab had made before the reload: the old JWKS verifies it.
    await jwtVerify(accessToken, createLocalJWKSet(keysBefore), {
      currentDate: new Date(lab.clock.now()),
    })
    const photos = await restored.wire.fetchAs('client')(`${API_ORIGIN}/photos`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    })
    expect(photos.status).toBe(200)
    expect(paths(restored).slice(saved.wire.exchanges.length)).toEqual([
      '6 GET /callback',
      '7 POST /token',
      '8 GET /photos',
      '9 GET /.well-known/oauth-authorization-server',
      '10 GET /jwks',
    ])
    // After a second reload, the API checks tokens with the keys it fetched: no new fetch.
    const again = await restoreLab(throughStorage(restored))
    await again.wire.fetchAs('client')(`${API_ORIGIN}/photos`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    })
    expect(paths(again).slice(-1)).toEqual(['11 GET /photos'])
  })

  it('keeps the lab clock where it stood, with what was skipped, however late the reload', async () => {
    const lab = createLab({ now: () => Date.UTC(2026, 0, 1) })
    lab.clock.advance(3600)
    const restored = await restoreLab(throughStorage(lab))
    expect(restored.clock.now()).toBe(Date.UTC(2026, 0, 1) + 3600_000)
    expect(restored.clock.offsetSeconds()).toBe(3600)
  })

  it('refuses a snapshot of another format or a damaged part', async () => {
    const lab = createLab()
    await toConsentRedirect(lab)
    const saved = throughStorage(lab)
    const change = (edit: (copy: LabSnapshot) => void) => {
      const copy = structuredClone(saved)
      edit(copy)
      return restoreLab(copy)
    }
    await expect(change((copy) => Object.assign(copy, { format: 9 }))).rejects.toThrow(
      SnapshotError,
    )
    await expect(
      change((copy) => Object.assign(copy.wire.exchanges[2] ?? {}, { channel: 'side' })),
    ).rejects.toThrow(/exchange 3's channel is side/)
    await expect(change((copy) => Object.assign(copy.wire, { lastSeq: 2 }))).rejects.toThrow(
      /behind its last exchange/,
    )
    await expect(
      change((copy) => Object.assign(copy.browsers, { mallory: copy.browsers['user-agent'] })),
    ).rejects.toThrow(/No browser role mallory/)
    await expect(
      change((copy) => Object.assign(copy.browsers['user-agent']?.cookies[0] ?? {}, { path: 3 })),
    ).rejects.toThrow(/cookie 0's path/)
  })
})
