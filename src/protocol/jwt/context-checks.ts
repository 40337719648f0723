/**
 * Checks a token against the request that produced it: what a client does with an ID token
 * (OIDC Core §3.1.3.7) and what a resource server does with an access token (RFC 9068 §4), plus the
 * scope the client asked for against the scope it got (RFC 6749 §3.3; more than asked is a
 * warning, least privilege RFC 9700 §2.3, not a failure). Each line says why.
 */
import { quote, type ContextCheck } from './context-check-result'
import { atHashCheck, azpCheck, nonceCheck } from './id-token-checks'
import { oidcCore, rfc, type SpecRef } from './spec-ref'
import type { TokenContext } from './token-context'

export type { ContextCheck } from './context-check-result'

const words = (scope: unknown) =>
  typeof scope === 'string' ? scope.split(' ').filter(Boolean) : []
const isAccessTyp = (typ: unknown) =>
  typeof typ === 'string' && /^(application\/)?at\+jwt$/i.test(typ)

/** Runs every check that the context allows; checks that need a value the context lacks are skipped with a reason. */
export async function checkAgainstContext(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  context: TokenContext,
): Promise<ContextCheck[]> {
  const kind = context.kind
  const checks: ContextCheck[] = []
  const add = (check: ContextCheck) => checks.push(check)

  if (kind === 'access_token') {
    add(
      isAccessTyp(header.typ)
        ? {
            id: 'typ',
            label: 'typ is at+jwt',
            status: 'pass',
            reason: `The header says typ ${String(header.typ)}: this JWT declares itself an access token.`,
            spec: rfc(9068, '2.1'),
          }
        : {
            id: 'typ',
            label: 'typ is at+jwt',
            status: 'fail',
            reason: `The header typ is ${quote(header.typ)}, not at+jwt; without it an ID token could be passed off as an access token (RFC 9068 §5).`,
            spec: rfc(9068, '4'),
          },
    )
  } else if (kind === 'id_token') {
    add(
      isAccessTyp(header.typ)
        ? {
            id: 'typ',
            label: 'Not an access token',
            status: 'fail',
            reason:
              'The header says typ at+jwt: this is an access token, not an ID token; a client must not log a user in with it (RFC 9068 §5).',
            spec: rfc(9068, '5'),
          }
        : {
            id: 'typ',
            label: 'Not an access token',
            status: 'pass',
            reason: `typ is ${quote(header.typ)}, not at+jwt, so this cannot be an access token offered as an ID token.`,
            spec: rfc(9068, '5'),
          },
    )
  }

  if (context.issuer !== undefined) {
    add(
      payload.iss === context.issuer
        ? {
            id: 'iss',
            label: 'iss is the issuer',
            status: 'pass',
            reason: `iss is ${context.issuer}, exactly the issuer the client talked to.`,
            spec: issAndAudSpec(kind),
          }
        : {
            id: 'iss',
            label: 'iss is the issuer',
            status: 'fail',
            reason: `iss is ${quote(payload.iss)}, but the client talked to ${context.issuer}; they must match exactly.`,
            spec: issAndAudSpec(kind),
          },
    )
  }

  const aud =
    typeof payload.aud === 'string'
      ? [payload.aud]
      : Array.isArray(payload.aud)
        ? (payload.aud as unknown[])
        : []
  const expectedAud =
    kind === 'id_token' ? context.clientId : kind === 'access_token' ? context.audience : undefined
  if (expectedAud !== undefined) {
    const who = kind === 'id_token' ? `the client ${expectedAud}` : `the API ${expectedAud}`
    add(
      aud.includes(expectedAud)
        ? {
            id: 'aud',
            label: kind === 'id_token' ? 'aud holds the client' : 'aud holds the API',
            status: 'pass',
            reason: `aud includes ${who}.`,
            spec: issAndAudSpec(kind),
          }
        : {
            id: 'aud',
            label: kind === 'id_token' ? 'aud holds the client' : 'aud holds the API',
            status: 'fail',
            reason: `aud is ${quote(payload.aud)}; it must include ${who}.`,
            spec: issAndAudSpec(kind),
          },
    )
  }

  if (kind === 'id_token' && context.clientId !== undefined)
    add(azpCheck(payload.azp, aud, context.clientId))
  if (kind === 'access_token' && context.clientId !== undefined) {
    add(
      payload.client_id === context.clientId
        ? {
            id: 'client_id',
            label: 'client_id is the client',
            status: 'pass',
            reason: `client_id is ${context.clientId}, the client that asked.`,
            spec: rfc(9068, '2.2'),
          }
        : {
            id: 'client_id',
            label: 'client_id is the client',
            status: 'fail',
            reason: `client_id is ${quote(payload.client_id)}, but ${context.clientId} asked for this token.`,
            spec: rfc(9068, '2.2'),
          },
    )
  }

  if (kind === 'id_token') add(nonceCheck(payload.nonce, context.nonce))
  if (kind === 'id_token') add(await atHashCheck(header.alg, payload.at_hash, context.accessToken))
  const scope = scopeCheck(payload.scope, kind, context)
  if (scope) add(scope)
  return checks
}

/** Where iss and aud are checked: by the client for an ID token, by the API for an access token. */
function issAndAudSpec(kind: TokenContext['kind']): SpecRef {
  return kind === 'id_token' ? oidcCore('3.1.3.7', 'IDTokenValidation') : rfc(9068, '4')
}

function scopeCheck(
  claim: unknown,
  kind: TokenContext['kind'],
  context: TokenContext,
): ContextCheck | undefined {
  const requested = context.requestedScope === undefined ? undefined : words(context.requestedScope)
  const granted =
    context.grantedScope === undefined
      ? kind === 'access_token' && claim !== undefined
        ? words(claim)
        : undefined
      : words(context.grantedScope)
  if (requested === undefined || granted === undefined) return undefined
  const base = { id: 'scope' as const, label: 'Scope requested vs granted', spec: rfc(6749, '3.3') }
  const extra = granted.filter((scope) => !requested.includes(scope))
  const dropped = requested.filter((scope) => !granted.includes(scope))
  const inToken = kind === 'access_token' && claim !== undefined ? words(claim) : undefined
  const mismatch =
    inToken &&
    (inToken.length !== granted.length || inToken.some((scope) => !granted.includes(scope)))
  if (mismatch)
    return {
      ...base,
      status: 'fail',
      reason: `The token's scope (${inToken.join(' ')}) differs from the scope the token response granted (${granted.join(' ')}).`,
    }
  if (extra.length > 0)
    return {
      ...base,
      status: 'warn',
      spec: rfc(9700, '2.3'),
      reason: `Granted ${extra.join(', ')}, which the client never asked for. The server may grant more than requested if its response says so (RFC 6749 §3.3), but a token that carries more than the client needs breaks least privilege (RFC 9700 §2.3).`,
    }
  if (dropped.length > 0) {
    return {
      ...base,
      status: 'pass',
      reason: `Asked for ${requested.join(' ')}; granted ${granted.join(' ') || 'nothing'}: the server or the user left out ${dropped.join(', ')}, which the response must then say (RFC 6749 §5.1).`,
    }
  }
  return {
    ...base,
    status: 'pass',
    reason: `Granted exactly what was asked: ${granted.join(' ') || '(no scope)'}.`,
  }
}
