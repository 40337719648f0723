/**
 * The checks only an ID token has, as its client makes them (OIDC Core §3.1.3.6, §3.1.3.7): who it
 * was issued to (azp), which login it answers (nonce), and which access token came with it
 * (at_hash).
 */
import { computeHalfHash } from './at-hash'
import { quote, type ContextCheck } from './context-check-result'
import { oidcCore } from './spec-ref'

/**
 * azp, when present, names this client; with several audiences it may be absent (OIDC Core
 * §3.1.3.7, errata set 2).
 */
export function azpCheck(azp: unknown, aud: unknown[], clientId: string): ContextCheck {
  const base = { id: 'azp' as const, label: 'azp', spec: oidcCore('3.1.3.7', 'IDTokenValidation') }
  if (azp === undefined) {
    return aud.length > 1
      ? {
          ...base,
          status: 'skip',
          reason: `No azp, and aud names ${aud.length} audiences. That is no failure: since errata set 2, OIDC Core §3.1.3.7 no longer asks for azp when there are several audiences; the client checks that aud contains it, and azp only when present.`,
        }
      : {
          ...base,
          status: 'skip',
          reason: 'No azp, and aud holds a single audience, so none is needed.',
        }
  }
  return azp === clientId
    ? { ...base, status: 'pass', reason: `azp is ${clientId}, the client that asked.` }
    : {
        ...base,
        status: 'fail',
        reason: `azp is ${quote(azp)}, but the client is ${clientId}: this ID token was issued to another party.`,
      }
}

/**
 * The nonce the client sent comes back unchanged, binding the token to this login (OIDC Core
 * §3.1.3.7, §15.5.2).
 */
export function nonceCheck(nonce: unknown, sent: string | undefined): ContextCheck {
  const base = {
    id: 'nonce' as const,
    label: 'nonce is the one sent',
    spec: oidcCore('3.1.3.7', 'IDTokenValidation'),
  }
  if (sent === undefined) {
    return nonce === undefined
      ? {
          ...base,
          status: 'skip',
          reason:
            'The client sent no nonce, and the token carries none (it is optional in the code flow).',
        }
      : {
          ...base,
          status: 'skip',
          reason: `The token carries nonce ${quote(nonce)}, but this link does not say which nonce the client sent.`,
        }
  }
  if (nonce === sent)
    return {
      ...base,
      status: 'pass',
      reason: `nonce is ${sent}, exactly the value the client sent; the token was minted for this login.`,
    }
  return {
    ...base,
    status: 'fail',
    reason:
      nonce === undefined
        ? `The client sent nonce ${sent} but the token has none; the server must echo it.`
        : `nonce is ${quote(nonce)}, but the client sent ${sent}: a replayed or injected ID token.`,
  }
}

/**
 * at_hash is the left half of the access token's hash, so the two came together (OIDC Core
 * §3.1.3.6, §3.1.3.8).
 */
export async function atHashCheck(
  alg: unknown,
  atHash: unknown,
  accessToken: string | undefined,
): Promise<ContextCheck> {
  const base = {
    id: 'at_hash' as const,
    label: 'at_hash matches the access token',
    spec: oidcCore('3.1.3.6', 'CodeIDToken'),
  }
  if (atHash === undefined)
    return {
      ...base,
      status: 'skip',
      reason:
        'No at_hash in the token; it is optional in the code flow, so there is nothing to compare.',
    }
  if (accessToken === undefined)
    return {
      ...base,
      status: 'skip',
      reason: 'The token has at_hash, but this link carries no access token to recompute it from.',
    }
  const steps = typeof alg === 'string' ? await computeHalfHash(accessToken, alg) : undefined
  if (!steps)
    return {
      ...base,
      status: 'fail',
      reason: `at_hash cannot be recomputed: alg ${quote(alg)} names no hash function.`,
    }
  return atHash === steps.value
    ? {
        ...base,
        status: 'pass',
        reason: `Recomputed ${steps.value} from the access token: equal to at_hash, so the two tokens were issued together.`,
        atHash: steps,
      }
    : {
        ...base,
        status: 'fail',
        reason: `Recomputed ${steps.value} from the access token, but at_hash is ${quote(atHash)}: this access token was not issued with this ID token.`,
        atHash: steps,
      }
}
