import { describe, expect, it } from 'vitest'
import type { AnyStateMachine } from 'xstate'
import { ATTACKER_ORIGIN, ISSUER } from '../../protocol/demo-world'
import { pathsTo, pathsToEnds, settledSteps, type WalkOptions } from '../kit/testing/graph-walk'
import { stepIdOf } from '../kit/testing/run-flow'
import { flow } from './attack-redirect-uri.flow'
import { redirectUriMachine } from './attack-redirect-uri.machine'
import type { RedirectUriContext } from './attack-redirect-uri.setup'

const machine: AnyStateMachine = redirectUriMachine
const gallery = 'https://spa.printshop.example/gallery/mallory?code=C&state=S'

const WALK: WalkOptions = {
  outcomes: {
    craft: [{ url: `${ISSUER}/authorize?x`, issuer: ISSUER, state: 'S', codeVerifier: 'V' }],
    openLink: [
      {
        url: `${ISSUER}/authorize`,
        status: 400,
        redirectTo: null,
        said: { code: 'invalid_request' },
      },
      { url: `${ISSUER}/authorize`, status: 302, redirectTo: `${ISSUER}/login`, said: {} },
      { url: `${ISSUER}/authorize`, status: 500, redirectTo: null, said: {} },
    ],
    signInAndAllow: [{ url: `${ISSUER}/consent`, status: 303, redirectTo: gallery }],
    browserFollow: [{ url: gallery, status: 200, redirectTo: null }],
    loadImages: [
      {
        images: [{ url: `${ATTACKER_ORIGIN}/p.svg`, status: 200, referer: gallery }],
        leaked: gallery,
      },
      { images: [{ url: `${ATTACKER_ORIGIN}/p.svg`, status: 200, referer: null }] },
    ],
    redeem: [{ ok: true, accessToken: 'AT', tokenType: 'bearer' }],
    callApi: [{ status: 200, body: { owner: 'alice' } }],
  },
}

describe('every path of the redirect URI scenario', () => {
  it('ends refused by the server, with Alice’s photos, or failed', () => {
    const ends = new Set(pathsToEnds(machine, WALK).map((path) => stepIdOf(path.state)))
    expect([...ends].sort()).toEqual(['alicesPhotos', 'failed', 'refused'])
  })

  it('is refused right after /authorize, with an error page and no redirect, on the plan', () => {
    for (const path of pathsTo(machine, WALK, (s) => s.matches('refused'))) {
      expect((path.state.context as RedirectUriContext).authorize?.status).toBe(400)
      expect(settledSteps(path)).toEqual(flow.plan)
    }
  })

  it('lets Mallory redeem only a code her site received in a Referer', () => {
    const stolen = pathsTo(machine, WALK, (s) => s.matches('mallorysTokenRequest'))
    expect(stolen.length).toBeGreaterThan(0)
    for (const path of stolen)
      expect((path.state.context as RedirectUriContext).leaked).toBe(gallery)
    const noLeak = pathsTo(machine, WALK, (s) => s.matches('failed')).filter(
      (path) => (path.state.context as RedirectUriContext).images?.[0]?.referer === null,
    )
    expect(noLeak.length).toBeGreaterThan(0)
    for (const path of noLeak) expect(settledSteps(path)).not.toContain('mallorysTokenRequest')
  })
})
