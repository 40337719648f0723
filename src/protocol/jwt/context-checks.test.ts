import { describe, expect, it } from 'vitest'
import { checkAgainstContext } from './context-checks'

const ISSUER = 'https://auth.photos.example'
const AT = 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y'
const idHeader = { alg: 'RS256', kid: 'k' }
const idClaims = {
  iss: ISSUER,
  sub: 'alice',
  aud: 'photo-spa',
  nonce: 'n-0S6_WzA2Mj',
  at_hash: '77QmUPtjPfzWtF2AnpK9RQ',
  exp: 1,
  iat: 0,
}
const idContext = {
  kind: 'id_token' as const,
  issuer: ISSUER,
  clientId: 'photo-spa',
  nonce: 'n-0S6_WzA2Mj',
  accessToken: AT,
  requestedScope: 'openid photos.read',
  grantedScope: 'openid photos.read',
}

const summary = (checks: { id: string; status: string }[]) =>
  checks.map((c) => `${c.id}:${c.status}`)

describe('checkAgainstContext: ID tokens (OIDC Core §3.1.3.7)', () => {
  it('passes every check for a matching ID token, showing the at_hash computation', async () => {
    const checks = await checkAgainstContext(idHeader, idClaims, idContext)
    expect(summary(checks)).toEqual([
      'typ:pass',
      'iss:pass',
      'aud:pass',
      'azp:skip',
      'nonce:pass',
      'at_hash:pass',
      'scope:pass',
    ])
    const atHash = checks.find((c) => c.id === 'at_hash')
    expect(atHash?.reason).toBe(
      'Recomputed 77QmUPtjPfzWtF2AnpK9RQ from the access token: equal to at_hash, so the two tokens were issued together.',
    )
    expect(atHash?.atHash).toMatchObject({
      hash: 'SHA-256',
      inputOctets: 43,
      leftHalfOctets: 16,
      value: '77QmUPtjPfzWtF2AnpK9RQ',
    })
  })

  it('fails each check with its reason when the token does not fit the request', async () => {
    const checks = await checkAgainstContext(
      { alg: 'RS256', typ: 'at+jwt' },
      {
        iss: 'https://evil.example',
        aud: ['photo-spa', 'printshop'],
        azp: 'printshop',
        nonce: 'other',
        at_hash: 'AAAAAAAAAAAAAAAAAAAAAA',
      },
      { ...idContext, grantedScope: 'openid photos.read photos.write' },
    )
    expect(checks.map((c) => [c.id, c.status, c.reason])).toEqual([
      [
        'typ',
        'fail',
        'The header says typ at+jwt: this is an access token, not an ID token; a client must not log a user in with it (RFC 9068 §5).',
      ],
      [
        'iss',
        'fail',
        'iss is "https://evil.example", but the client talked to https://auth.photos.example; they must match exactly.',
      ],
      ['aud', 'pass', 'aud includes the client photo-spa.'],
      [
        'azp',
        'fail',
        'azp is "printshop", but the client is photo-spa: this ID token was issued to another party.',
      ],
      [
        'nonce',
        'fail',
        'nonce is "other", but the client sent n-0S6_WzA2Mj: a replayed or injected ID token.',
      ],
      [
        'at_hash',
        'fail',
        'Recomputed 77QmUPtjPfzWtF2AnpK9RQ from the access token, but at_hash is "AAAAAAAAAAAAAAAAAAAAAA": this access token was not issued with this ID token.',
      ],
      [
        'scope',
        'warn',
        'Granted photos.write, which the client never asked for. The server may grant more than requested if its response says so (RFC 6749 §3.3), but a token that carries more than the client needs breaks least privilege (RFC 9700 §2.3).',
      ],
    ])
    expect(checks.find((c) => c.id === 'scope')?.spec.label).toBe('RFC 9700 §2.3')
  })

  it('skips what the context cannot decide, saying why', async () => {
    const checks = await checkAgainstContext(
      idHeader,
      { ...idClaims, aud: ['photo-spa', 'x'] },
      { kind: 'id_token', clientId: 'photo-spa' },
    )
    expect(checks.map((c) => [c.id, c.status, c.reason])).toEqual([
      [
        'typ',
        'pass',
        'typ is missing, not at+jwt, so this cannot be an access token offered as an ID token.',
      ],
      ['aud', 'pass', 'aud includes the client photo-spa.'],
      [
        'azp',
        'skip',
        'No azp, and aud names 2 audiences. That is no failure: since errata set 2, OIDC Core §3.1.3.7 no longer asks for azp when there are several audiences; the client checks that aud contains it, and azp only when present.',
      ],
      [
        'nonce',
        'skip',
        'The token carries nonce "n-0S6_WzA2Mj", but this link does not say which nonce the client sent.',
      ],
      [
        'at_hash',
        'skip',
        'The token has at_hash, but this link carries no access token to recompute it from.',
      ],
    ])
  })
})

describe('checkAgainstContext: access tokens (RFC 9068 §4)', () => {
  const context = {
    kind: 'access_token' as const,
    issuer: ISSUER,
    audience: 'https://api.photos.example',
    clientId: 'printshop',
    requestedScope: 'photos.read photos.write',
  }
  it('checks typ, iss, aud, client_id and a narrowed scope', async () => {
    const checks = await checkAgainstContext(
      { alg: 'ES256', typ: 'at+jwt' },
      {
        iss: ISSUER,
        aud: 'https://api.photos.example',
        client_id: 'printshop',
        scope: 'photos.read',
      },
      context,
    )
    expect(checks.map((c) => [c.id, c.status, c.reason])).toEqual([
      ['typ', 'pass', 'The header says typ at+jwt: this JWT declares itself an access token.'],
      [
        'iss',
        'pass',
        'iss is https://auth.photos.example, exactly the issuer the client talked to.',
      ],
      ['aud', 'pass', 'aud includes the API https://api.photos.example.'],
      ['client_id', 'pass', 'client_id is printshop, the client that asked.'],
      [
        'scope',
        'pass',
        'Asked for photos.read photos.write; granted photos.read: the server or the user left out photos.write, which the response must then say (RFC 6749 §5.1).',
      ],
    ])
  })

  it('catches an ID token used as an access token, and a scope that differs from the response', async () => {
    const checks = await checkAgainstContext(
      { alg: 'ES256', typ: 'JWT' },
      { iss: ISSUER, aud: 'printshop', client_id: 'printshop', scope: 'photos.read photos.write' },
      { ...context, grantedScope: 'photos.read' },
    )
    expect(checks.filter((c) => c.status === 'fail').map((c) => c.reason)).toEqual([
      'The header typ is "JWT", not at+jwt; without it an ID token could be passed off as an access token (RFC 9068 §5).',
      'aud is "printshop"; it must include the API https://api.photos.example.',
      "The token's scope (photos.read photos.write) differs from the scope the token response granted (photos.read).",
    ])
  })
})
