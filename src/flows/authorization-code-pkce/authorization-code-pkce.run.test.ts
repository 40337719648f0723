import { describe, expect, it } from 'vitest'
import { createActor, toPromise } from 'xstate'
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { API_AUDIENCE } from '../../protocol/demo-world'
import { createLab } from '../../wire/lab'
import type { FlowLab } from '../flow-lab'
import { authorizationCodePkceMachine } from './authorization-code-pkce.machine'

/** Fresh, real servers on a fresh wire (the app's lab): nothing shared between tests. */
const freshLab = (): FlowLab => createLab()

/** Drives the actor with `step.next` (or the given events, in order, where they apply) until it stops. */
async function run(
  lab: FlowLab,
  events: Record<string, { type: string; [key: string]: unknown }> = {},
) {
  const actor = createActor(authorizationCodePkceMachine, { input: { lab } })
  const visited: string[] = []
  actor.subscribe((snapshot) => {
    if (snapshot.hasTag('settled')) {
      const id = Object.keys(snapshot.getMeta()).sort((a, b) => b.length - a.length)[0] ?? ''
      const step = id.split('.')[1] ?? ''
      if (visited.at(-1) !== step) {
        visited.push(step)
        if (snapshot.status === 'active')
          queueMicrotask(() => actor.send((events[step] ?? { type: 'step.next' }) as never))
      }
    }
  })
  actor.start()
  const output = await toPromise(actor).then(() => actor.getSnapshot())
  return { snapshot: output, visited }
}

describe('authorization code + PKCE against real servers', () => {
  it('runs every step to the photos, with an RFC 9068 token for the photo API', async () => {
    const lab = freshLab()
    const { snapshot, visited } = await run(lab)
    expect(visited).toEqual([
      'pkce',
      'authorizationRequest',
      'loginPage',
      'credentials',
      'consentPage',
      'approval',
      'callback',
      'tokenRequest',
      'tokenResponse',
      'apiRequest',
      'photos',
    ])
    expect(snapshot.value).toBe('photos')
    const { tokens, api, pkce } = snapshot.context
    if (!tokens?.ok) throw new Error(`no tokens: ${JSON.stringify(tokens)}`)
    const claims = decodeJwt(tokens.accessToken)
    expect(claims.aud).toBe(API_AUDIENCE)
    expect(claims.scope).toBe('photos.read')
    expect(claims.client_id).toBe('photo-spa')
    expect(claims.sub).toBe('alice')
    expect(decodeProtectedHeader(tokens.accessToken).typ).toBe('at+jwt')
    expect(api?.status).toBe(200)
    const photos = api?.body as { photos: { owner: string; title: string }[] }
    expect(photos.photos.length).toBeGreaterThan(0)
    expect(photos.photos.every((photo) => photo.owner === 'alice')).toBe(true)

    const exchanges = lab.wire.exchanges()
    const lines = exchanges.map(
      (e) =>
        `${e.from} ${e.request.method} ${new URL(e.request.url).pathname} ${e.response.status}`,
    )
    expect(lines.slice(0, 7)).toEqual([
      'user-agent GET /authorize 302',
      'user-agent GET /login 200',
      'user-agent POST /login 303',
      'user-agent GET /consent 200',
      'user-agent POST /consent 303',
      'user-agent GET /callback 200',
      'client POST /token 200',
    ])
    const tokenBody = new URLSearchParams(exchanges[6]?.request.body ?? '')
    expect(tokenBody.get('code_verifier')).toBe(pkce?.codeVerifier)
    expect(lines).toContain('client GET /photos 200')
    // The API fetched the issuer's keys over the wire to check the token's signature.
    expect(
      lines.some((line) => line.startsWith('resource-server GET') && line.endsWith(' 200')),
    ).toBe(true)
  })

  it('ends in accessDenied when Alice denies, with no token request', async () => {
    const lab = freshLab()
    const { snapshot, visited } = await run(lab, { consentPage: { type: 'user.consent.deny' } })
    expect(visited.slice(-4)).toEqual(['consentPage', 'denial', 'deniedCallback', 'accessDenied'])
    expect(snapshot.context.callback?.error).toBe('access_denied')
    expect(snapshot.context.callback?.state).toBe(snapshot.context.pkce?.state)
    expect(lab.wire.exchanges().some((e) => e.request.url.endsWith('/token'))).toBe(false)
  })

  it('shows the login form again after a wrong password, then continues with typed credentials', async () => {
    const lab = freshLab()
    const { snapshot, visited } = await run(lab, {
      loginPage: { type: 'user.login.submit', username: 'alice', password: 'wrong' },
      loginRejected: { type: 'user.login.submit', username: 'alice', password: 'wonderland' },
    })
    expect(visited.slice(0, 6)).toEqual([
      'pkce',
      'authorizationRequest',
      'loginPage',
      'loginRejected',
      'credentials',
      'consentPage',
    ])
    expect(snapshot.value).toBe('photos')
  })
})
