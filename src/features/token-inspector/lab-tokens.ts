import { createActor } from 'xstate'
import { authorizationCodePkceMachine } from '../../flows/authorization-code-pkce/authorization-code-pkce.machine'
import { REQUESTED_SCOPE } from '../../flows/authorization-code-pkce/pkce-client'
import { API_AUDIENCE, API_ORIGIN, ISSUER, PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import { keysFromJwks, type KeyParse } from '../../protocol/jwt/keys'
import { presentToken, type ReplayResult } from '../../protocol/jwt/replay'
import type { TokenContext } from '../../protocol/jwt/token-context'
import type { Lab } from '../../wire/lab'

export interface MintedToken {
  token: string
  context: TokenContext
}

/**
 * A fresh access token from the lab, by a real grant: the Authorization Code + PKCE machine runs
 * over the lab's wire and browser (Alice signs in and approves) until the token response arrives.
 */
export function mintLabAccessToken(lab: Lab): Promise<MintedToken> {
  return new Promise((resolve, reject) => {
    const actor = createActor(authorizationCodePkceMachine, { input: { lab } })
    const stop = (settle: () => void) => {
      subscription.unsubscribe()
      queueMicrotask(() => actor.stop())
      settle()
    }
    const subscription = actor.subscribe({
      next(snapshot) {
        const { tokens, error } = snapshot.context
        if (tokens?.ok) {
          const context: TokenContext = {
            kind: 'access_token',
            issuer: ISSUER,
            audience: API_AUDIENCE,
            clientId: PHOTO_SPA_CLIENT.clientId,
            requestedScope: REQUESTED_SCOPE,
            grantedScope: tokens.scope ?? REQUESTED_SCOPE,
            source: 'Authorization Code + PKCE, run by the inspector',
          }
          stop(() => resolve({ token: tokens.accessToken, context }))
        } else if (tokens && !tokens.ok) {
          stop(() => reject(new Error(`The token request failed: ${tokens.error}${tokens.errorDescription ? `, ${tokens.errorDescription}` : ''}`)))
        } else if (snapshot.status !== 'active') {
          stop(() => reject(new Error(error ?? 'The flow ended before a token was issued.')))
        } else if (snapshot.hasTag('settled')) {
          queueMicrotask(() => actor.send({ type: 'step.next' }))
        }
      },
      error: (error) => stop(() => reject(error instanceof Error ? error : new Error(String(error)))),
    })
    actor.start()
  })
}

/** The lab authorization server's published keys, read from its jwks_uri (RFC 8414 §2). */
export async function fetchLabKeys(lab: Lab): Promise<KeyParse> {
  const jwksUri = String(lab.authorizationServer.metadata().jwks_uri ?? `${ISSUER}/jwks`)
  const response = await lab.authorizationServer.fetch(new Request(jwksUri))
  if (!response.ok) return { ok: false, message: `The lab authorization server answered ${response.status} at ${jwksUri}.` }
  return keysFromJwks(await response.json(), 'lab')
}

export const PHOTOS_URL = `${API_ORIGIN}/photos`

/** Presents `token` to the photo API over the lab's wire, recorded as a client request. */
export function sendToPhotoApi(lab: Lab, token: string, label: string): Promise<ReplayResult> {
  return presentToken((request) => lab.wire.send(request, { from: 'client', channel: 'back', label }), PHOTOS_URL, token)
}
